import { useId } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { LANE_LINE, laneLabel, type StageLane } from '../model/stageLanes';
import type { LaneGeometry } from '../model/laneLayout';

/** A stage's colours by its order: the bar, and its ticks and label accent (darker, for contrast on white). */
export const STAGE_COLORS = [
  { bar: '#a5d8ff', ink: '#1864ab' },
  { bar: '#ffc078', ink: '#c2410c' },
  { bar: '#8ce99a', ink: '#2b8a3e' },
  { bar: '#e5dbff', ink: '#5f3dc4' },
] as const;
export const stageColor = (order: number) => STAGE_COLORS[(order - 1) % STAGE_COLORS.length]!;
const UNDATED = { fill: '#f1f3f5', hatch: '#868e96', ink: '#495057' };

/**
 * The stage lanes above the timeline's rows, inside its chart: one bar per
 * stage over the time its section tells (an ongoing stage continues dashed to
 * the axis end), a hatched bar for the stage the article does not date, each
 * with its label above it. A child of the ScatterChart: it reads the chart's
 * scales, so its bars line up with the dots and the year ticks.
 */
export function StageLanes({
  lanes,
  geometry,
  notDated,
}: {
  lanes: readonly StageLane[];
  geometry: readonly LaneGeometry[];
  /** Written under the tag of a stage the article does not date. */
  notDated: string;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const hatchId = `stage-hatch-${useId().replace(/:/g, '')}`;
  if (!x || !y || !plot) return null;
  const px = (v: number) => Number(x(v));
  const py = (v: number) => Number(y(v));
  return (
    <g className="stage-lanes" data-testid="stage-lanes">
      <defs>
        <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill={UNDATED.fill} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={UNDATED.hatch} strokeWidth={1.5} />
        </pattern>
      </defs>
      {lanes.map((l) => {
        const g = geometry[l.lane];
        if (!g) return null;
        const x1 = px(l.x1);
        const x2 = px(l.x2);
        const told = px(l.toldEnd);
        const top = py(g.barTop);
        const h = Math.max(py(g.barBottom) - top, 2);
        const color = stageColor(l.order);
        const label = laneLabel(l.name, x1, { left: plot.x, right: plot.x + plot.width });
        const mid = top + h / 2;
        const ink = l.dated ? color.ink : UNDATED.ink;
        return (
          <g
            key={l.id}
            className="stage-lane"
            data-stage={l.id}
            data-lane={l.lane}
            data-dated={String(l.dated)}
            data-x1={l.x1}
            data-x2={l.x2}
          >
            {l.dated ? (
              <>
                <rect x={x1} y={top} width={Math.max(told - x1, 2)} height={h} fill={color.bar} rx={2} />
                {l.ongoing && x2 - told > 1 ? (
                  <rect
                    x={told}
                    y={top + 0.5}
                    width={x2 - told}
                    height={h - 1}
                    fill="none"
                    stroke={color.ink}
                    strokeDasharray="3 3"
                  />
                ) : null}
              </>
            ) : (
              <rect
                x={x1}
                y={top}
                width={x2 - x1}
                height={h}
                fill={`url(#${hatchId})`}
                stroke={UNDATED.hatch}
                strokeDasharray="4 3"
              />
            )}
            {l.clippedStart ? (
              <path
                d={`M${x1 + 6} ${top - 1} L${x1 + 1} ${top + h / 2} L${x1 + 6} ${top + h + 1}`}
                stroke={ink}
                fill="none"
              />
            ) : null}
            <text x={plot.x - 8} textAnchor="end" fontSize={11} fontWeight={600} fill={ink}>
              <tspan x={plot.x - 8} y={l.dated ? mid + 4 : mid - 2}>
                {l.tag}
              </tspan>
              {l.dated ? null : (
                <tspan x={plot.x - 8} y={mid + 10} fontWeight={400} fontStyle="italic">
                  {notDated}
                </tspan>
              )}
            </text>
            <text
              x={label.x}
              textAnchor={label.anchor}
              fontSize={11}
              fill={l.dated ? '#212529' : UNDATED.ink}
              fontStyle={l.dated ? undefined : 'italic'}
            >
              {label.lines.map((line, i) => (
                <tspan key={i} x={label.x} y={top - 4 - (label.lines.length - 1 - i) * LANE_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** A tick on a stage's lane (a Scatter shape): the events its section tells on one date. */
export function StageTickMark(props: { cx?: number; cy?: number; payload?: { order?: number } }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  const ink = stageColor(payload?.order ?? 1).ink;
  return (
    <g className="stage-tick">
      <rect x={cx - 4} y={cy - 8} width={8} height={16} fill="transparent" />
      <line x1={cx} y1={cy - 6} x2={cx} y2={cy + 6} stroke={ink} strokeWidth={2} />
    </g>
  );
}
