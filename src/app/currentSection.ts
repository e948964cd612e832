/**
 * The section a reader is in: the last one whose top has passed the reading
 * line (just under the sticky bar), in page order; null above the first one.
 */
export function currentSection(tops: readonly { id: string; top: number }[], line: number): string | null {
  let current: string | null = null;
  for (const s of tops) if (s.top <= line) current = s.id;
  return current;
}
