import { textWidth } from './layout';

/*
 * The width a label is drawn at, measured with the page's own font where a
 * canvas can measure it (so a label that "fits" is not cut at the chart's
 * edge), else estimated (jsdom, tests). One canvas, one cached width per text.
 */

let context: CanvasRenderingContext2D | null | undefined;
let family = '';
const widths = new Map<string, number>();

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    // jsdom has no canvas (and says so on the console): estimate there.
    const jsdom = typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom');
    context = typeof document === 'undefined' || jsdom ? null : document.createElement('canvas').getContext('2d');
    family = typeof document === 'undefined' ? '' : getComputedStyle(document.body).fontFamily;
  } catch {
    context = null;
  }
  return context;
}

/** The width in px of `text` at `fontSize` in the page's font (an estimate where no canvas measures). */
export function measureText(text: string, fontSize: number): number {
  const key = `${fontSize}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const ctx = canvasContext();
  let w = textWidth(text, fontSize);
  if (ctx && family) {
    ctx.font = `${fontSize}px ${family}`;
    const measured = ctx.measureText(text).width;
    if (measured > 0) w = Math.ceil(measured);
  }
  if (widths.size > 5000) widths.clear();
  widths.set(key, w);
  return w;
}
