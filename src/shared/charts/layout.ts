import { tickTarget } from './scale';

/*
 * Layout of a chart by the width it is drawn at (ChartBox measures it). On a
 * phone a chart is about 330 px wide: a 170–220 px category axis beside the
 * rows and a 150 px margin for labels left no room for the marks, so narrow
 * charts write each row's name above its mark and keep their labels inside.
 */

/** Charts this wide or narrower (a phone's panel, 320–430 px screens) use the narrow layout. */
export const NARROW_CHART_WIDTH = 480;

export function isNarrow(width: number): boolean {
  return width > 0 && width <= NARROW_CHART_WIDTH;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How a chart of horizontal rows (one mark per row, value along x) is laid out. */
export interface RowLayout {
  narrow: boolean;
  /** Width of the category axis beside the rows; 0 when each row's name is written above its mark. */
  categoryWidth: number;
  /** Whether each row's name (and, for bars, its value) is written above its mark. */
  namesAbove: boolean;
  margin: Margin;
  /** Height of one row, the name line included when names are above. */
  rowHeight: number;
  /** Tick intervals that fit along the value axis. */
  ticks: number;
}

/** The extra height of a row whose name is written above its mark. */
export const NAME_LINE = 18;
/** How far a name line can reach above its row's band (the chart's top margin keeps room for it). */
export const NAME_OVERHANG = 8;

/**
 * The layout of a row chart `width` px wide. `wide` is the desktop layout; a
 * wide chart still never gives its category axis more than a third of its width.
 */
export function rowLayout(
  width: number,
  wide: { categoryWidth: number; right: number; rowHeight: number; top?: number; bottom?: number },
  /** Lines each name above a mark takes on a phone (2 when one is too long for a line: see nameLines). */
  nameLines = 1,
): RowLayout {
  const top = wide.top ?? 8;
  const bottom = wide.bottom ?? 24;
  if (isNarrow(width)) {
    // A row's name sits in its row's own band, above the mark; the first one reaches a little above its band.
    const margin = { top: top + NAME_OVERHANG * nameLines, right: 14, bottom, left: 10 };
    return {
      narrow: true,
      categoryWidth: 0,
      namesAbove: true,
      margin,
      rowHeight: wide.rowHeight + NAME_LINE * nameLines,
      ticks: tickTarget(width - margin.left - margin.right),
    };
  }
  const categoryWidth = Math.min(wide.categoryWidth, Math.round(width / 3));
  const margin = { top, right: wide.right, bottom, left: 8 };
  return {
    narrow: false,
    categoryWidth,
    namesAbove: false,
    margin,
    rowHeight: wide.rowHeight,
    ticks: tickTarget(width - categoryWidth - margin.left - margin.right),
  };
}

/** Room a narrow chart's names have: its width less the margins of the narrow layout. */
const nameRoom = (width: number) => width - 10 - 14;

/**
 * A name line above a mark, split where it is too long for the chart's width:
 * "Revenue — ≈$3.4B · reported" stays one line, a longer one breaks before its
 * figure (at " — "). A line with no break point stays whole.
 */
export function splitNameLine(text: string, width: number, fontSize = 12): string[] {
  if (textWidth(text, fontSize) <= nameRoom(width)) return [text];
  const at = text.lastIndexOf(' — ');
  return at > 0 ? [text.slice(0, at), text.slice(at + 3)] : [text];
}

/** Lines the longest name line needs at this width (1 or 2). */
export function nameLines(texts: readonly string[], width: number, fontSize = 12): number {
  return texts.some((t) => splitNameLine(t, width, fontSize).length > 1) ? 2 : 1;
}

/** A chart's height for `rows` rows of a layout, with its margins and axis. */
export function rowChartHeight(layout: RowLayout, rows: number, min = 120): number {
  return Math.max(min, rows * layout.rowHeight + layout.margin.top + layout.margin.bottom + 16);
}

/** Estimated width of a label in px: CJK and full-width characters about 1 em, others about 0.62 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.62;
  return Math.ceil(w);
}

/**
 * Which side of a mark (spanning markStart–markEnd px) its label goes: right
 * while it fits before `limitEnd`, else left while it fits after `limitStart`,
 * else above the mark.
 */
export function labelSide(
  mark: { start: number; end: number },
  labelWidth: number,
  limit: { start: number; end: number },
  gap = 8,
): 'right' | 'left' | 'above' {
  if (mark.end + gap + labelWidth <= limit.end) return 'right';
  if (mark.start - gap - labelWidth >= limit.start) return 'left';
  return 'above';
}

/**
 * Splits a label into at most `maxLines` lines of about `maxWidth` px, at
 * spaces (Latin) or between characters (CJK). The last line keeps the rest,
 * even when it is wider: a label is never cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 11, maxLines = 2): string[] {
  const tokens = text.split(/(\s+)/).flatMap((t) => (/[\u3000-\u9fff]/.test(t) ? [...t] : [t]));
  const lines: string[] = [];
  let cur = '';
  for (const t of tokens) {
    const next = cur + t;
    if (cur.trim() !== '' && textWidth(next.trim(), fontSize) > maxWidth && lines.length < maxLines - 1) {
      lines.push(cur.trim());
      cur = t.trimStart();
    } else cur = next;
  }
  if (cur.trim()) lines.push(cur.trim());
  return lines;
}
