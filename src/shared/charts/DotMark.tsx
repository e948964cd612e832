import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { Bound } from '../api/contract';
import { labelSide } from './layout';
import { measureText } from './measure';

/**
 * One figure of a dot plot, as its mark draws it. Dot plots are what a log axis
 * holds (a bar's length there is measured from an arbitrary baseline): a dot
 * at a stated value, a line between the ends of a range, an open circle with
 * an arrow at a lower ("more than") or upper bound.
 */
export interface DotSpec {
  /** Where the mark sits: the figure, or its bound for a lower/upper bound. */
  value: number;
  /** The ends of a range (equal to value otherwise). */
  low: number;
  high: number;
  bound: Bound;
  color: string;
  /** Fill strength by the kind of the sentence (reported solid, guidance lighter, forecasts faint). */
  fillOpacity: number;
  /** A derived figure: dashed outline, lighter fill. */
  dashed: boolean;
  /** The figure as text, written beside the mark. */
  label: string;
  /** The row's name, written above the mark when the chart is narrow. */
  name?: string;
  /** The side the label prefers; the other side where it does not fit. */
  labelSide?: 'left' | 'right';
  /**
   * Another figure on the same row (a model's input price beside its output
   * price): a thin line joins the two dots and the label clears both.
   */
  reach?: number;
}

export interface DotMarkProps {
  cx?: number;
  cy?: number;
  payload?: unknown;
  /** The mark of a datum (several series can draw different marks of one row). */
  spec: (payload: unknown) => DotSpec | undefined;
  /** 'row': the value runs along x (rows of figures); 'column': along y (one column per figure). */
  orientation?: 'row' | 'column';
  /** Write the row's name above the mark (narrow charts, no category axis). */
  nameAbove?: boolean;
  fontSize?: number;
}

const R = 6;
const ARROW = 16;
/** Ranges and open markers are at least this wide, so a narrow range still reads as a line. */
const MIN_RANGE = 6;

/** The value axis's pixel position of a figure, or null off the axis. */
function useValueScale(orientation: 'row' | 'column'): (v: number) => number | null {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const scale = orientation === 'row' ? x : y;
  return (v) => {
    const p = scale?.(v);
    return typeof p === 'number' && Number.isFinite(p) ? p : null;
  };
}

/**
 * A Scatter shape: the figure's dot, range or bound marker, its label beside it
 * and (narrow) its name above. Its labels may reach into the chart's margins, so
 * a dot plot's axis must not set allowDataOverflow (Recharts then clips every
 * mark, labels included, to the plot area); its domain holds every figure anyway.
 */
export function DotMark({
  cx,
  cy,
  payload,
  spec,
  orientation = 'row',
  nameAbove = false,
  fontSize = 11,
}: DotMarkProps) {
  const at = useValueScale(orientation);
  const plot = usePlotArea();
  const chartWidth = useChartWidth() ?? 0;
  const s = payload === undefined ? undefined : spec(payload);
  if (cx === undefined || cy === undefined || !s || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const row = orientation === 'row';
  const pos = row ? cx : cy;
  const open = s.bound === 'lower' || s.bound === 'upper';
  const range = s.bound === 'range' && s.high > s.low;
  let lowPx = range ? (at(s.low) ?? pos) : pos;
  let highPx = range ? (at(s.high) ?? pos) : pos;
  if (lowPx > highPx) [lowPx, highPx] = [highPx, lowPx];
  if (range && highPx - lowPx < MIN_RANGE) {
    const mid = (lowPx + highPx) / 2;
    lowPx = mid - MIN_RANGE / 2;
    highPx = mid + MIN_RANGE / 2;
  }
  // On a row the arrow points to larger values (right); on a column, up (smaller y).
  const arrowDir = s.bound === 'lower' ? 1 : s.bound === 'upper' ? -1 : 0;
  const towardLarger = row ? 1 : -1;
  const reachPx = s.reach === undefined ? null : at(s.reach);
  const markStart = Math.min(lowPx, pos, reachPx ?? pos) - R - (arrowDir * towardLarger < 0 ? ARROW : 0);
  const markEnd = Math.max(highPx, pos, reachPx ?? pos) + R + (arrowDir * towardLarger > 0 ? ARROW : 0);
  const color = s.color;
  const fillOpacity = s.dashed ? s.fillOpacity * 0.5 : s.fillOpacity;
  const stroke = { stroke: color, strokeWidth: 2, strokeDasharray: s.dashed ? '3 2' : undefined };

  const label = (() => {
    const w = measureText(s.label, fontSize);
    if (!row) {
      // Columns: the figure above its mark (below it where the top is too close).
      const top = Math.min(lowPx, pos) - R - (arrowDir * towardLarger > 0 ? ARROW : 0);
      const y = plot && top - 8 - fontSize < plot.y ? Math.max(lowPx, highPx, pos) + R + fontSize + 4 : top - 6;
      return { x: cx, y, anchor: 'middle' as const };
    }
    const limit = { start: plot?.x ?? 0, end: chartWidth > 0 ? chartWidth - 8 : Infinity };
    const mark = { start: markStart, end: markEnd };
    const side =
      s.labelSide === 'left' && labelSide(mark, w, { ...limit, end: -Infinity }, 6) === 'left'
        ? 'left'
        : labelSide(mark, w, limit, 6);
    if (side === 'right') return { x: markEnd + 6, y: cy + fontSize / 3, anchor: 'start' as const };
    if (side === 'left') return { x: markStart - 6, y: cy + fontSize / 3, anchor: 'end' as const };
    // Neither side: centred on the mark, below it when the row's name is above it.
    const x = Math.min(Math.max(cx, limit.start + w / 2), limit.end - w / 2);
    return { x, y: nameAbove ? cy + R + fontSize + 3 : cy - R - 6, anchor: 'middle' as const };
  })();

  const arrow = (() => {
    if (!arrowDir) return null;
    const d = arrowDir * towardLarger;
    const from = pos + d * R;
    const to = from + d * ARROW;
    const head = 5;
    const path = row
      ? `M${from} ${cy} L${to} ${cy} M${to - d * head} ${cy - head} L${to} ${cy} L${to - d * head} ${cy + head}`
      : `M${cx} ${from} L${cx} ${to} M${cx - head} ${to - d * head} L${cx} ${to} L${cx + head} ${to - d * head}`;
    return <path d={path} stroke={color} strokeWidth={2} fill="none" />;
  })();

  return (
    <g className="dot-mark" data-bound={s.bound} data-derived={s.dashed ? 'true' : 'false'}>
      {reachPx !== null && row && Math.abs(reachPx - pos) > 2 * R ? (
        <line
          x1={reachPx + Math.sign(pos - reachPx) * R}
          y1={cy}
          x2={pos - Math.sign(pos - reachPx) * R}
          y2={cy}
          stroke={color}
          strokeOpacity={0.5}
          strokeWidth={2}
        />
      ) : null}
      {/* A finger-sized target around the mark, so a tap on a phone finds it. */}
      <circle cx={cx} cy={cy} r={16} fill="transparent" />
      {range ? (
        <g>
          {row ? (
            <line x1={lowPx} y1={cy} x2={highPx} y2={cy} {...stroke} strokeWidth={4} strokeLinecap="round" />
          ) : (
            <line x1={cx} y1={lowPx} x2={cx} y2={highPx} {...stroke} strokeWidth={4} strokeLinecap="round" />
          )}
          {[lowPx, highPx].map((p, i) =>
            row ? (
              <line key={i} x1={p} y1={cy - R} x2={p} y2={cy + R} stroke={color} strokeWidth={2} />
            ) : (
              <line key={i} x1={cx - R} y1={p} x2={cx + R} y2={p} stroke={color} strokeWidth={2} />
            ),
          )}
        </g>
      ) : (
        <circle cx={cx} cy={cy} r={R} fill={open ? '#fff' : color} fillOpacity={open ? 1 : fillOpacity} {...stroke} />
      )}
      {arrow}
      {s.label ? (
        <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={fontSize} fill="#343a40">
          {s.label}
        </text>
      ) : null}
      {nameAbove && s.name && row ? (
        <text x={plot?.x ?? 0} y={cy - R - 8} fontSize={12} fill="#495057">
          {s.name}
        </text>
      ) : null}
    </g>
  );
}
