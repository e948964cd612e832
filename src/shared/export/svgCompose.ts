/**
 * Pure composition of export images as standalone SVG strings: a header
 * (title, subtitle, filters), the chart (an already-cleaned `<svg>` string, or
 * a raster fallback), the legend as swatches + text, and a footer (source,
 * export date, link). Real `<text>` only — no foreignObject, no CSS variables.
 */
import { escapeXml, xmlSafe } from '../format/markup';

export const EXPORT_WIDTH = 960;
export const PAD = 24;
export const FONT_STACK = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
export const COLORS = { ink: '#1c2541', soft: '#4a5272', muted: '#6b7190', line: '#dfe3ee' } as const;

export interface LegendEntry {
  label: string;
  color: string;
  shape?: 'square' | 'line' | 'open-circle' | 'dashed';
}

/**
 * A chart drawn in the export: vector markup of a standalone `<svg>` element, or a raster image;
 * with its own heading when its panel has more than one chart (drawn above it).
 */
export type ChartPart = (
  | { kind: 'svg'; markup: string; width: number; height: number }
  | { kind: 'image'; href: string; width: number; height: number }
) & { heading?: string };

export interface PanelContent {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  charts: ChartPart[];
  /** Shown instead of a chart when there is none (e.g. the panel shows its table). */
  placeholder?: string;
}

export interface ExportFrame {
  lang: 'en' | 'zh';
  /** "Filters: Region: China · 2023–2024" */
  filters: string;
  source: string;
  /** "Exported 2025-01-31" */
  date: string;
  link: string;
  background: 'white' | 'transparent';
  width?: number;
}

/** Text width in px at a font size; the browser passes a canvas measure, tests use the estimate. */
export type Measure = (text: string, fontSize: number, bold: boolean) => number;

export const estimateWidth: Measure = (text, size, bold) => {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (
      (c >= 0x2e80 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x3000 && c <= 0x303f)
    )
      w += 1;
    else if (ch === ' ') w += 0.28;
    else if (/[A-Z0-9]/.test(ch)) w += 0.64;
    else if (/[ilj.,:;'|!]/.test(ch)) w += 0.3;
    else w += 0.54;
  }
  return w * size * (bold ? 1.06 : 1);
};

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Greedy line wrap: words for Latin text, characters for CJK. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: Measure): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let cur = '';
  for (const tok of tokens) {
    const next = cur + tok;
    if (cur && !/^\s+$/.test(tok) && measure(next.trimEnd(), size, bold) > maxWidth) {
      lines.push(cur.trimEnd());
      cur = /^\s+$/.test(tok) ? '' : tok;
    } else cur = next;
    if (!CJK.test(tok) && measure(cur, size, bold) > maxWidth) {
      // A single over-long word (a URL): break it by characters.
      let part = '';
      for (const ch of cur) {
        if (part && measure(part + ch, size, bold) > maxWidth) {
          lines.push(part);
          part = '';
        }
        part += ch;
      }
      cur = part;
    }
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  return lines.length ? lines : [''];
}

interface TextStyle {
  size: number;
  color: string;
  bold?: boolean;
}

/** Accumulates SVG elements top to bottom. */
class Column {
  parts: string[] = [];
  y: number;
  constructor(
    readonly x: number,
    readonly width: number,
    y: number,
    readonly measure: Measure,
  ) {
    this.y = y;
  }
  text(s: string, st: TextStyle, cls: string, gapAfter = 4): void {
    if (!s) return;
    const lh = Math.round(st.size * 1.35);
    for (const line of wrapText(s, this.width, st.size, !!st.bold, this.measure)) {
      this.y += lh;
      this.parts.push(
        `<text class="${cls}" x="${this.x}" y="${this.y - Math.round(st.size * 0.3)}" font-size="${st.size}"${st.bold ? ' font-weight="700"' : ''} fill="${st.color}">${escapeXml(line)}</text>`,
      );
    }
    this.y += gapAfter;
  }
  gap(n: number): void {
    this.y += n;
  }
  rule(): void {
    this.parts.push(
      `<line x1="${this.x}" x2="${this.x + this.width}" y1="${this.y}" y2="${this.y}" stroke="${COLORS.line}" stroke-width="1"/>`,
    );
  }
  chart(c: ChartPart): void {
    const scale = c.width > this.width ? this.width / c.width : 1;
    const w = Math.round(c.width * scale);
    const h = Math.round(c.height * scale);
    if (c.kind === 'svg') {
      // The clone's markup comes from XMLSerializer, which passes characters XML forbids through as they are.
      this.parts.push(
        `<g class="export-chart" transform="translate(${this.x} ${this.y})${scale !== 1 ? ` scale(${scale})` : ''}">${xmlSafe(c.markup)}</g>`,
      );
    } else {
      this.parts.push(
        `<image class="export-chart" x="${this.x}" y="${this.y}" width="${w}" height="${h}" href="${escapeXml(c.href)}"/>`,
      );
    }
    this.y += h;
  }
  legend(items: LegendEntry[]): void {
    if (items.length === 0) return;
    const size = 13;
    const lh = 22;
    let x = this.x;
    this.y += 6;
    let rowTop = this.y;
    for (const it of items) {
      const w = 18 + this.measure(it.label, size, false);
      if (x > this.x && x + w > this.x + this.width) {
        x = this.x;
        rowTop += lh;
      }
      const cy = rowTop + lh / 2;
      this.parts.push(
        `<g class="export-legend-item">${swatch(it, x, cy)}<text x="${x + 18}" y="${cy + 4.5}" font-size="${size}" fill="${COLORS.ink}">${escapeXml(it.label)}</text></g>`,
      );
      x += w + 16;
    }
    this.y = rowTop + lh + 4;
  }
}

function swatch(it: LegendEntry, x: number, cy: number): string {
  const c = escapeXml(it.color);
  switch (it.shape) {
    case 'line':
      return `<line x1="${x}" x2="${x + 12}" y1="${cy}" y2="${cy}" stroke="${c}" stroke-width="3"/>`;
    case 'dashed':
      return `<line x1="${x}" x2="${x + 12}" y1="${cy}" y2="${cy}" stroke="${c}" stroke-width="2" stroke-dasharray="3 2"/>`;
    case 'open-circle':
      return `<circle cx="${x + 6}" cy="${cy}" r="5" fill="none" stroke="${c}" stroke-width="2"/>`;
    default:
      return `<rect x="${x}" y="${cy - 6}" width="12" height="12" rx="2" fill="${c}"/>`;
  }
}

function panelBody(col: Column, p: PanelContent, titleSize: number): void {
  col.text(p.title, { size: titleSize, color: COLORS.ink, bold: true }, 'export-title', 2);
  col.text(p.subtitle, { size: 14, color: COLORS.soft }, 'export-subtitle', 6);
}

function chartsAndLegend(col: Column, p: PanelContent): void {
  if (p.charts.length === 0 && p.placeholder)
    col.text(p.placeholder, { size: 14, color: COLORS.muted }, 'export-placeholder', 8);
  for (const c of p.charts) {
    if (c.heading) col.text(c.heading, { size: 15, color: COLORS.soft, bold: true }, 'export-chart-heading', 4);
    col.chart(c);
    col.gap(4);
  }
  col.legend(p.legend);
}

function wrap(width: number, height: number, frame: ExportFrame, body: string): string {
  const bg = frame.background === 'white' ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_STACK}" xml:lang="${frame.lang === 'zh' ? 'zh-CN' : 'en'}">` +
    `${bg}${body}</svg>\n`
  );
}

function footer(col: Column, frame: ExportFrame): void {
  col.gap(6);
  col.rule();
  col.gap(2);
  col.text(frame.source, { size: 12, color: COLORS.soft }, 'export-source', 0);
  col.text(`${frame.date} · ${frame.link}`, { size: 12, color: COLORS.muted }, 'export-link', 0);
}

/** One panel as a standalone SVG. */
export function composePanelSvg(
  p: PanelContent,
  frame: ExportFrame,
  measure: Measure = estimateWidth,
): { svg: string; width: number; height: number } {
  const width = frame.width ?? EXPORT_WIDTH;
  const col = new Column(PAD, width - 2 * PAD, PAD - 6, measure);
  panelBody(col, p, 22);
  col.text(frame.filters, { size: 13, color: COLORS.muted }, 'export-filters', 10);
  chartsAndLegend(col, p);
  footer(col, frame);
  const height = Math.ceil(col.y + PAD);
  return { svg: wrap(width, height, frame, col.parts.join('')), width, height };
}

/** Every panel, in order, under one header and over one source line. */
export function composePageSvg(
  heading: { title: string; subtitle: string },
  panels: PanelContent[],
  frame: ExportFrame,
  measure: Measure = estimateWidth,
): { svg: string; width: number; height: number } {
  const width = frame.width ?? EXPORT_WIDTH;
  const col = new Column(PAD, width - 2 * PAD, PAD - 6, measure);
  col.text(heading.title, { size: 28, color: COLORS.ink, bold: true }, 'export-title', 2);
  col.text(heading.subtitle, { size: 14, color: COLORS.soft }, 'export-subtitle', 4);
  col.text(frame.filters, { size: 13, color: COLORS.muted }, 'export-filters', 2);
  col.text(`${frame.date} · ${frame.link}`, { size: 12, color: COLORS.muted }, 'export-link', 10);
  for (const p of panels) {
    col.rule();
    col.gap(12);
    panelBody(col, p, 20);
    col.gap(4);
    chartsAndLegend(col, p);
    col.gap(16);
  }
  col.gap(-4);
  col.rule();
  col.gap(2);
  col.text(frame.source, { size: 12, color: COLORS.soft }, 'export-source', 0);
  const height = Math.ceil(col.y + PAD);
  return { svg: wrap(width, height, frame, col.parts.join('')), width, height };
}
