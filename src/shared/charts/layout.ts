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

/**
 * The layout of a row chart `width` px wide. `wide` is the desktop layout; a
 * wide chart still never gives its category axis more than a third of its width.
 */
export function rowLayout(
  width: number,
  wide: { categoryWidth: number; right: number; rowHeight: number; top?: number; bottom?: number },
): RowLayout {
  const top = wide.top ?? 8;
  const bottom = wide.bottom ?? 24;
  if (isNarrow(width)) {
    const margin = { top: top + NAME_LINE, right: 14, bottom, left: 10 };
    return {
      narrow: true,
      categoryWidth: 0,
      namesAbove: true,
      margin,
      rowHeight: wide.rowHeight + NAME_LINE,
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

/** A chart's height for `rows` rows of a layout, with its margins and axis. */
export function rowChartHeight(layout: RowLayout, rows: number, min = 120): number {
  return Math.max(min, rows * layout.rowHeight + layout.margin.top + layout.margin.bottom + 16);
}

/** Estimated width of a label in px: CJK and full-width characters about 1 em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.6;
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
