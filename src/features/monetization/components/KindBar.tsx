import type { Bound, SourceKind } from '../../../shared/api/contract';
import { vendorColor } from '../../../shared/charts/palette';
import type { LegendItem } from '../../../shared/ui/legend';
import { markStyle } from '../model/kinds';
import { monetizationMessages } from '../messages';
import type { Lang } from '../../../shared/filters/state';

/** What a datum needs for KindBar to draw it. */
export interface KindDatum {
  key: string;
  vendorId: string | null;
  kind: SourceKind;
  derived: string | null;
  span: { bound: Bound };
  /** Override of the vendor colour (e.g. a loss bar). */
  color?: string;
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: KindDatum;
}

const safe = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '_');

/**
 * Bar shape of every chart in this slice (horizontal bars): fill strength by
 * kind, dashed and hatched when derived, open with an arrow when the figure is
 * a lower bound ("more than").
 */
export function KindBar(props: ShapeProps) {
  const { payload } = props;
  let x = props.x ?? 0;
  let width = props.width ?? 0;
  const y = props.y ?? 0;
  const height = props.height ?? 0;
  if (!payload || !Number.isFinite(x) || !Number.isFinite(width)) return null;
  if (width < 0) {
    x += width;
    width = -width;
  }
  const color = payload.color ?? vendorColor(payload.vendorId);
  const st = markStyle(payload.kind, payload.derived !== null, payload.span.bound);
  const pid = `mon-hatch-${safe(payload.key)}`;
  const arrowW = Math.min(10, height / 2);
  return (
    <g
      className="mon-bar"
      data-kind={payload.kind}
      data-derived={payload.derived ? 'true' : 'false'}
      data-bound={payload.span.bound}
      style={{ cursor: 'pointer' }}
    >
      {st.hatched ? (
        <defs>
          <pattern id={pid} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={color} fillOpacity={st.fillOpacity * 0.45} />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="6"
              stroke={color}
              strokeOpacity={Math.max(st.fillOpacity, 0.5)}
              strokeWidth="2.5"
            />
          </pattern>
        </defs>
      ) : null}
      <rect
        x={x}
        y={y}
        width={Math.max(width, 1)}
        height={height}
        fill={st.hatched ? `url(#${pid})` : color}
        fillOpacity={st.hatched ? 1 : st.fillOpacity}
        stroke={color}
        strokeWidth={st.dashed || st.open ? 1.5 : 1}
        strokeDasharray={st.dashed ? '4 3' : undefined}
      />
      {st.arrow === 'right' ? (
        <polygon
          points={`${x + width},${y} ${x + width + arrowW},${y + height / 2} ${x + width},${y + height}`}
          fill={color}
        />
      ) : null}
      {st.arrow === 'left' ? (
        <polygon points={`${x},${y} ${x - arrowW},${y + height / 2} ${x},${y + height}`} fill={color} />
      ) : null}
    </g>
  );
}

const NEUTRAL = '#495057';

/** Legend entries explaining the marks (not vendor toggles). */
export function markLegend(
  lang: Lang,
  opts: {
    range?: boolean;
    lower?: boolean;
    approx?: boolean;
    kinds: readonly SourceKind[];
    derived: boolean;
    /** The chart draws dots (a log axis), not bars: ranges are lines, derived dots dashed outlines. */
    dots?: boolean;
  },
): LegendItem[] {
  const m = monetizationMessages[lang];
  const out: LegendItem[] = [];
  const kinds = new Set(opts.kinds);
  if (kinds.has('reported') || kinds.has('estimate'))
    out.push({ key: 'k-reported', label: m.legendReported, color: NEUTRAL, shape: 'square' });
  if (kinds.has('guidance'))
    out.push({ key: 'k-guidance', label: m.legendGuidance, color: `${NEUTRAL}8c`, shape: 'square' });
  if (kinds.has('forecast') || kinds.has('target') || kinds.has('claim'))
    out.push({ key: 'k-forecast', label: m.legendForecast, color: `${NEUTRAL}52`, shape: 'square' });
  if (opts.derived)
    out.push({
      key: 'k-derived',
      label: opts.dots ? m.legendDerivedDot : m.legendDerived,
      color: NEUTRAL,
      shape: 'dashed',
    });
  if (opts.range)
    out.push({ key: 'k-range', label: opts.dots ? m.legendRangeLine : m.legendRange, color: NEUTRAL, shape: 'line' });
  if (opts.lower) out.push({ key: 'k-lower', label: m.legendLower, color: NEUTRAL, shape: 'open-circle' });
  if (opts.approx) out.push({ key: 'k-approx', label: m.legendApprox, color: 'transparent', shape: 'square' });
  return out;
}
