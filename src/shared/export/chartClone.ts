/**
 * DOM glue: turns a panel's live chart (laid out at the export width by
 * exportLayout) into clean, standalone SVG strings: each `<svg>` is cloned with
 * the computed styles that matter inlined as attributes and every `var(--…)`
 * resolved; and rasterises the composed SVG to PNG.
 */
import type { ChartPart } from './svgCompose';
import { FONT_STACK } from './svgCompose';
import { chartHeading, chartSvgs } from './exportLayout';
import { measurePhase } from './phases';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
] as const;
const TEXT_PROPS = ['font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;
/** Interactive-only pieces that do not belong in an exported picture. */
const DROP =
  '.recharts-tooltip-cursor, .recharts-brush, .recharts-active-dot, .recharts-tooltip-wrapper, foreignObject, [data-export="skip"]';
const DROP_ATTRS = [
  'style',
  'tabindex',
  'role',
  'focusable',
  'aria-label',
  'aria-hidden',
  'aria-describedby',
  'aria-labelledby',
  'cursor',
  'data-testid',
];

const DEFAULTS: Record<string, string> = {
  opacity: '1',
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
};

/** Resolves `var(--x, fallback)` against the document's custom properties. */
export function resolveVars(value: string, root: Element = document.documentElement): string {
  // Computed values never hold var(): the clone calls this for every style of every element.
  if (!value.includes('var(')) return value;
  const cs = getComputedStyle(root);
  let out = value;
  for (let i = 0; i < 5 && out.includes('var('); i++) {
    out = out.replace(
      /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
      (_, name: string, fb?: string) => cs.getPropertyValue(name).trim() || (fb ?? '').trim() || 'currentColor',
    );
  }
  return out;
}

/** A CSS colour (possibly a var()) as the browser computes it. */
export function resolveColor(color: string): string {
  if (!color.includes('var(')) return color;
  return resolveVars(color);
}

/** Clone of one live `<svg>` with styles inlined; the live chart is left untouched. */
export function cloneSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const t0 = performance.now();
  const rect = svg.getBoundingClientRect();
  const width = Math.round(Number(svg.getAttribute('width')) || rect.width);
  const height = Math.round(Number(svg.getAttribute('height')) || rect.height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const live = [svg, ...svg.querySelectorAll('*')];
  const copy = [clone, ...clone.querySelectorAll('*')];
  const drop: Element[] = [];
  live.forEach((el, i) => {
    const c = copy[i];
    if (!c) return;
    if (el.matches(DROP)) return void drop.push(c);
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') return void drop.push(c);
    for (const p of STYLE_PROPS) {
      const v = cs.getPropertyValue(p);
      if (v && v !== DEFAULTS[p]) c.setAttribute(p, resolveVars(v));
      else if (c.hasAttribute(p)) c.removeAttribute(p);
    }
    if (el.tagName === 'text' || el.tagName === 'tspan') {
      for (const p of TEXT_PROPS) {
        const v = cs.getPropertyValue(p);
        if (v && v !== 'auto' && !(p === 'text-anchor' && v === 'start' && el.tagName === 'tspan'))
          c.setAttribute(p, v);
      }
      c.setAttribute('font-family', FONT_STACK);
    }
    for (const a of DROP_ATTRS) c.removeAttribute(a);
    for (const a of [...c.attributes]) {
      if (a.name.startsWith('on')) c.removeAttribute(a.name);
      else if (a.value.includes('var(')) c.setAttribute(a.name, resolveVars(a.value));
    }
  });
  for (const d of drop) d.remove();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('overflow', 'visible');
  clone.removeAttribute('class');
  const markup = new XMLSerializer()
    .serializeToString(clone)
    .replace(/\sxmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ' xmlns="http://www.w3.org/2000/svg"');
  measurePhase('clone', t0);
  return { markup, width, height };
}

/** The chart(s) of a panel, as laid out now, as export parts: vector when it is SVG, else a raster snapshot via html-to-image. */
export async function captureCharts(chartEl: HTMLElement | null): Promise<ChartPart[]> {
  if (!chartEl) return [];
  const svgs = chartSvgs(chartEl);
  if (svgs.length > 0) return svgs.map((s) => ({ kind: 'svg' as const, ...cloneSvg(s), heading: chartHeading(s) }));
  const { toPng } = await import('html-to-image');
  const rect = chartEl.getBoundingClientRect();
  const href = await toPng(chartEl, {
    pixelRatio: 2,
    backgroundColor: 'transparent',
    filter: (n) =>
      !(
        n instanceof HTMLElement &&
        (n.matches('.legend, button, [role="tooltip"], [data-export="skip"]') || n.tagName === 'BUTTON')
      ),
  });
  return [{ kind: 'image' as const, href, width: Math.round(rect.width), height: Math.round(rect.height) }];
}

/** Text width with the export font, for wrapping. */
export function canvasMeasure(): (text: string, size: number, bold: boolean) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, bold) => {
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${bold ? '700 ' : ''}${size}px ${FONT_STACK}`;
    return ctx.measureText(text).width;
  };
}

/** Rasterises a standalone SVG string at a pixel ratio, through an <img> and a canvas. */
export async function svgToPng(svg: string, width: number, height: number, ratio: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    let t = performance.now();
    const img = new Image();
    img.src = url;
    await img.decode();
    measurePhase('decode', t);
    t = performance.now();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    measurePhase('draw', t);
    t = performance.now();
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    measurePhase('encode', t);
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Lets the page breathe between panels of a long export. */
export const yieldToEventLoop = () => new Promise<void>((r) => setTimeout(r, 0));
