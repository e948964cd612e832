import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { StableReferenceLine } from '../../../shared/charts/stableReference';
import type { Lang } from '../../../shared/filters/state';
import { linearTickLabels } from '../../../shared/format/axis';
import { formatPartialDate, formatPlain } from '../../../shared/format/number';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import type { TipInfo } from '../../../shared/ui/tip';
import { formatSpan } from '../model/figures';
import { indexAxis, type IndexView } from '../model/revenueIndex';
import { isResult } from '../model/revenueFigures';

export const INDEX_CHART_HEIGHT = 260;

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

interface EndLabelProps {
  x?: number | string;
  y?: number | string;
  index?: number;
}

/**
 * Index lines over periods: each company's revenue ÷ its own revenue in the
 * base period × 100, on a linear axis with 100 marked. Points the article
 * states are filled; guidance or forecast points are open.
 */
export function RevenueIndexChart({
  view,
  labelOf,
  lang,
  narrow,
  axisTitle,
  tipOf,
}: {
  view: IndexView;
  labelOf: (series: string) => string;
  lang: Lang;
  narrow: boolean;
  axisTitle: string;
  tipOf: (series: string, period: string) => TipInfo | null;
}) {
  const data = view.periods.map((period) => {
    const row: Record<string, unknown> = { period, periodLabel: formatPartialDate(period, lang) };
    const tips: TipInfo[] = [];
    for (const l of view.lines) {
      const p = l.points.find((q) => q.period === period);
      if (!p) continue;
      row[l.series] = p.index.point;
      const tip = tipOf(l.series, period);
      if (tip) tips.push({ ...tip, value: `${formatSpan(p.index, (n) => formatPlain(n, lang, 1))} · ${tip.value}` });
    }
    row.tips = tips;
    return row;
  });
  const values = view.lines.flatMap((l) => l.points.flatMap((p) => [p.index.low, p.index.high]));
  const axis = indexAxis(values, narrow ? 4 : 5);
  const labels = linearTickLabels(axis.ticks, lang);
  const tickText = new Map(axis.ticks.map((t, i) => [t, labels[i] ?? String(t)]));
  const last = view.periods.length - 1;
  return (
    <ChartBox height={INDEX_CHART_HEIGHT} scale="linear" mark="line">
      <LineChart data={data} margin={{ top: 24, right: narrow ? 24 : 140, bottom: 28, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="periodLabel" tick={{ fontSize: 11 }} padding={{ left: 24, right: 24 }} interval={0} />
        <YAxis
          type="number"
          domain={axis.domain}
          ticks={axis.ticks}
          interval={0}
          width={44}
          tickFormatter={(v: number) => tickText.get(v) ?? String(v)}
          tick={{ fontSize: 11 }}
          label={{ value: axisTitle, angle: -90, position: 'insideLeft', offset: 8, fontSize: 11, dy: 60 }}
        />
        <StableReferenceLine y={100} stroke="#868e96" strokeDasharray="4 2" />
        <Tooltip content={<SourceTooltip />} />
        {view.lines.map((l) => {
          const color = vendorColor(l.points[0]?.figure.vendorId ?? null);
          const endLabel = (props: EndLabelProps) => {
            const x = Number(props.x ?? 0);
            const y = Number(props.y ?? 0);
            const index = props.index ?? 0;
            return index === last ? (
              <text
                x={narrow ? x : x + 10}
                y={narrow ? y - 12 : y}
                textAnchor={narrow ? 'end' : 'start'}
                dominantBaseline="central"
                fontSize={12}
                fill="#343a40"
              >
                {labelOf(l.series)} {formatPlain(Number(data[index]?.[l.series] ?? 0), lang, 1)}
              </text>
            ) : (
              <g />
            );
          };
          return (
            <Line
              key={l.series}
              dataKey={l.series}
              name={labelOf(l.series)}
              stroke={color}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls
              dot={({ cx, cy, index }: DotProps) => {
                const point = l.points.find((q) => q.period === view.periods[index ?? -1]);
                if (!point || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g key={`${l.series}-${index}`} />;
                const result = isResult(point.figure.kind);
                return (
                  <circle
                    key={`${l.series}-${index}`}
                    className="rev-mark"
                    data-mark-item="point"
                    data-kind={point.figure.kind}
                    cx={cx}
                    cy={cy}
                    r={4.5}
                    fill={result ? color : '#fff'}
                    stroke={color}
                    strokeWidth={1.5}
                  />
                );
              }}
              label={endLabel}
            />
          );
        })}
      </LineChart>
    </ChartBox>
  );
}
