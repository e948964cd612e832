/** Splits a label into lines that fit `width` px (≈6.2 px per Latin character, 11 px per CJK character). */
export function wrapLabel(text: string, width: number): string[] {
  const cw = (ch: string) => (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 11 : 6.2);
  const avail = width - 8;
  if (avail < 20) return [];
  const tokens = /[\u3000-\u9fff]/.test(text) ? [...text] : text.split(/(\s+)/);
  const lines: string[] = [];
  let cur = '';
  const w = (s: string) => [...s].reduce((n, ch) => n + cw(ch), 0);
  for (const t of tokens) {
    if (w(cur + t) <= avail || cur.trim() === '') cur += t;
    else {
      lines.push(cur.trim());
      cur = t.trimStart();
    }
  }
  if (cur.trim()) lines.push(cur.trim());
  if (lines.length <= 2) return lines.map((l) => clip(l, avail, w));
  return [lines[0]!, clip(`${lines.slice(1).join(' ')}`, avail, w, true)];
}

function clip(s: string, avail: number, w: (s: string) => number, force = false): string {
  if (!force && w(s) <= avail) return s;
  let out = s;
  while (out.length > 1 && w(`${out}…`) > avail) out = out.slice(0, -1);
  return out === s ? s : `${out.trimEnd()}…`;
}
