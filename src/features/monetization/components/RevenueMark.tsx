import { useXAxisScale } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { markStyle } from '../model/kinds';
import type { ChartRow } from '../model/revenueMarks';

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ChartRow;
  /** The row's full-width background (Recharts passes it): a dot plot's guide line. */
  background?: { x?: number; width?: number };
}

const safe = (s: string) => s.replace(/[^a-zA-Z0-9_-]/g, '_');

/**
 * One mark of the revenue comparison. As a bar (linear axis) its length is its
 * value from zero; as a dot (log axis, where a bar's length means nothing) it
 * sits at the value on a faint guide line. Fill strength by kind (guidance
 * lighter, forecasts faint), dashed and hatched when derived, open with an
 * arrow for a lower bound ("more than").
 */
export function RevenueMark({ as, ...props }: ShapeProps & { as: 'bar' | 'dot' }) {
  const { payload } = props;
  // The value axis, to place a range's ends (Recharts' ErrorBar slips onto other rows past a
  // row without a value, and on a log axis).
  const scale = useXAxisScale();
  if (!payload || payload.type !== 'mark') return null;
  let x = props.x ?? 0;
  let width = props.width ?? 0;
  const y = props.y ?? 0;
  const height = props.height ?? 0;
  if (!Number.isFinite(x) || !Number.isFinite(width) || !Number.isFinite(y)) return null;
  if (width < 0) {
    x += width;
    width = -width;
  }
  const color = payload.color ?? vendorColor(payload.vendorId);
  const st = markStyle(payload.kind, payload.derived !== null, payload.span.bound);
  const cy = y + height / 2;
  const px = (v: number) => {
    const p = scale?.(v);
    return typeof p === 'number' && Number.isFinite(p) ? p : null;
  };
  const lowPx = payload.span.bound === 'range' ? px(payload.span.low) : null;
  const highPx = payload.span.bound === 'range' ? px(payload.span.high) : null;
  const whisker =
    lowPx !== null && highPx !== null ? (
      <g className="rev-mark__range" stroke="#1c2541" strokeWidth={1.5}>
        <line x1={lowPx} x2={highPx} y1={cy} y2={cy} />
        <line x1={lowPx} x2={lowPx} y1={cy - 5} y2={cy + 5} />
        <line x1={highPx} x2={highPx} y1={cy - 5} y2={cy + 5} />
      </g>
    ) : null;
  const common = {
    className: 'rev-mark',
    'data-mark-item': as,
    'data-kind': payload.kind,
    'data-bound': payload.span.bound,
    'data-figure': payload.figureId,
  };
  if (as === 'dot') {
    // The value is where the dot is: at a negative value the bar's start, else its end.
    const at = payload.value < 0 ? x : x + width;
    const r = Math.min(7, Math.max(4, height / 2));
    const guideX = props.background?.x ?? x;
    const guideW = props.background?.width ?? width;
    return (
      <g {...common}>
        <line x1={guideX} x2={guideX + guideW} y1={cy} y2={cy} stroke="#dee2e6" strokeWidth={1} />
        <circle
          cx={at}
          cy={cy}
          r={r}
          fill={st.open ? '#fff' : color}
          fillOpacity={st.open ? 1 : Math.max(st.fillOpacity, 0.35)}
          stroke={color}
          strokeWidth={st.dashed || st.open ? 1.5 : 1}
          strokeDasharray={st.dashed ? '3 2' : undefined}
        />
        {st.arrow === 'right' ? (
          <polygon points={`${at + r + 1},${cy - 4} ${at + r + 8},${cy} ${at + r + 1},${cy + 4}`} fill={color} />
        ) : null}
        {whisker}
      </g>
    );
  }
  const pid = `rev-hatch-${safe(payload.key)}`;
  const arrowW = Math.min(10, height / 2);
  return (
    <g {...common}>
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
        <polygon points={`${x + width},${y} ${x + width + arrowW},${cy} ${x + width},${y + height}`} fill={color} />
      ) : null}
      {st.arrow === 'left' ? (
        <polygon points={`${x},${y} ${x - arrowW},${cy} ${x},${y + height}`} fill={color} />
      ) : null}
      {whisker}
    </g>
  );
}
