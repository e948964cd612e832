import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { rowLayout, rowChartHeight, type RowLayout } from '../../../shared/charts/layout';
import { linearScale, logScale } from '../../../shared/charts/scale';
import { StableReferenceLine } from '../../../shared/charts/stableReference';
import type { Lang } from '../../../shared/filters/state';
import { linearTickLabels, logTickLabel } from '../../../shared/format/axis';
import { kindLabel } from '../../../shared/i18n/i18n';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { wrapLabel } from '../model/labelWrap';
import type { ChartRow, RevenueMark as Mark } from '../model/revenueMarks';
import { RevenueMark } from './RevenueMark';

export type AxisScale = 'linear' | 'log';

const FONT = 12;
/** The desktop layout: names beside the rows, the value written after each mark. */
const WIDE = { categoryWidth: 210, right: 170, rowHeight: 34 };

/** The chart's layout at its width: on a phone each name (and value) is written above its mark. */
export function compareLayout(width: number): RowLayout {
  return rowLayout(width, WIDE);
}

/** The chart's height for its rows at its width (the panel holds it while loading). */
export function compareChartHeight(rows: number, width: number): number {
  return rowChartHeight(compareLayout(width), rows, 140);
}

/** Words a value label may add. */
export interface ValueWords {
  computed: string;
  quarterUnstated: string;
}

/** What a mark's value label says: the value, "computed" if derived, its kind if not a result, an unnamed quarter. */
function valueText(m: Mark, lang: Lang, w: ValueWords): string {
  return [
    m.display,
    ...(m.derived ? [w.computed] : []),
    ...(m.forward ? [kindLabel(m.kind, lang)] : []),
    ...(m.quarterUnstated ? [w.quarterUnstated] : []),
  ].join(' · ');
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  index?: number;
}

/**
 * Bars on a linear axis from zero, or dots on a log axis (never a bar on a
 * log axis: its length would start at an arbitrary floor). The wrapper states
 * which (data-scale, data-mark) for tests and for the reader in the axis title.
 */
export function RevenueCompareChart({
  rows,
  scale,
  width,
  lang,
  axisTitle,
  percent,
  words,
}: {
  rows: readonly ChartRow[];
  scale: AxisScale;
  /** The chart's width: names beside the rows, or above each mark on a phone (compareLayout). */
  width: number;
  lang: Lang;
  axisTitle: string;
  /** Growth in percent (ticks end in %, a zero line is drawn). */
  percent: boolean;
  words: ValueWords;
}) {
  const marks = rows.filter((r): r is Mark => r.type === 'mark');
  const values = marks.flatMap((m) => [m.span.low, m.span.high, m.value]);
  const layout = compareLayout(width);
  const narrow = layout.namesAbove;
  // A lower bound's arrow points past its value: room for it inside the axis.
  const headroom = marks.some((m) => m.span.bound === 'lower') ? 0.1 : 0;
  const axis =
    scale === 'log'
      ? logScale(values, { max: layout.ticks + 1 })
      : linearScale(values, { target: layout.ticks, headroom });
  const tickLabels =
    scale === 'log'
      ? axis.ticks.map((t) => logTickLabel(t, lang))
      : linearTickLabels(axis.ticks, lang, percent ? '%' : '');
  const tickText = new Map(axis.ticks.map((t, i) => [t, tickLabels[i] ?? String(t)]));
  const height = compareChartHeight(rows.length, width);
  const as = scale === 'log' ? 'dot' : 'bar';
  const data = rows.map((r) => ({ ...r, valueLabel: r.type === 'mark' ? valueText(r, lang, words) : '' }));

  // Category labels. Wide: beside the row, right-aligned, wrapped to two lines.
  // Narrow: above the mark, from the plot's left edge, with the value after the name.
  const categoryTick = (props: TickProps) => {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    const row = data[props.index ?? 0];
    if (!row) return null;
    const heading = row.type === 'heading';
    // A section title says which section it opens (tests read it; "forward": guidance and forecasts).
    const section = heading ? row.section : undefined;
    const style = {
      fontSize: heading ? 11 : FONT,
      fontWeight: heading ? 600 : 400,
      fill: heading ? '#495057' : '#343a40',
      // A white halo keeps a name above its bar readable across the gridlines.
      ...(narrow ? { stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke' as const } : {}),
    };
    if (narrow) {
      const text = heading ? row.label : `${row.label} · ${row.valueLabel}`;
      const lines = wrapLabel(text, width - layout.margin.left - layout.margin.right - 4, FONT, 1);
      return (
        <text x={x + 4} y={heading ? y + 4 : y - 12} textAnchor="start" style={style} data-section={section}>
          {lines[0]}
        </text>
      );
    }
    const lines = wrapLabel(row.label, layout.categoryWidth - 12, FONT, 2);
    const top = y - ((lines.length - 1) * 14) / 2;
    return (
      <text x={x - 6} y={top} textAnchor="end" dominantBaseline="central" style={style} data-section={section}>
        {lines.map((l, i) => (
          <tspan key={i} x={x - 6} dy={i === 0 ? 0 : 14}>
            {l}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <ChartBox height={height} scale={scale} mark={as}>
      <BarChart
        data={data}
        layout="vertical"
        // On a phone the last tick's label (1,000亿) needs room past the plot's end.
        margin={{ ...layout.margin, right: layout.margin.right + (narrow ? 16 : 0), bottom: layout.margin.bottom + 6 }}
        barSize={narrow ? 14 : 18}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          scale={scale}
          domain={axis.domain}
          ticks={axis.ticks}
          interval={0}
          allowDataOverflow
          tickFormatter={(v: number) => tickText.get(v) ?? String(v)}
          tick={{ fontSize: 11 }}
          label={{ value: axisTitle, position: 'insideBottom', offset: -16, fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={narrow ? 1 : layout.categoryWidth}
          tick={categoryTick}
          tickLine={false}
          axisLine={!narrow}
          interval={0}
        />
        {percent ? <StableReferenceLine x={0} stroke="#868e96" /> : null}
        <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(28,37,65,0.06)' }} />
        <Bar dataKey="value" isAnimationActive={false} shape={<RevenueMark as={as} />}>
          {narrow ? null : (
            <LabelList dataKey="valueLabel" position="right" offset={14} style={{ fontSize: 11, fill: '#343a40' }} />
          )}
        </Bar>
      </BarChart>
    </ChartBox>
  );
}
