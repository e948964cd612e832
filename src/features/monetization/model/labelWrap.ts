import { textWidth } from '../../../shared/charts/layout';

/*
 * Chart labels that fit: SVG text does not wrap, so a label longer than its
 * room is broken into lines here, by the shared estimate of each character's
 * width (a CJK character about one em, others about 0.6).
 */

/**
 * Breaks a label into at most `maxLines` lines of at most `room` px: at spaces
 * (and after CJK characters, which need none); the last line ends in "…" if
 * the text still does not fit.
 */
export function wrapLabel(text: string, room: number, fontSize: number, maxLines = 2): string[] {
  if (textWidth(text, fontSize) <= room) return [text];
  // Pieces a line may break after: words with their space, or single CJK characters.
  const pieces = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const p of pieces) {
    if (line && textWidth((line + p).trimEnd(), fontSize) > room) {
      lines.push(line.trimEnd());
      line = p.trimStart();
    } else line += p;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > room) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
