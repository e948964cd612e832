import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Metric } from '../../../shared/api/contract';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang } from '../../../shared/i18n/i18n';
import { formatMoney } from '../../../shared/format/number';
import { vendorColor } from '../../../shared/charts/palette';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { useSourceIndex } from '../../../shared/ui/useSources';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import type { LegendItem } from '../../../shared/ui/legend';
import { computeQueries } from '../api/queries';
import { costBars, costDomain, costTable, shownCostBars, type CostBar } from '../model/trainingCost';
import { fill, kindLookup, yearSpan } from '../model/sourceKind';
import { computeMessages } from '../messages';

const USES = { vendor: true, region: true, time: true };
const ROW = 64;

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: CostBar;
}

/** A stated figure is a filled bar; a lower bound an open, dashed bar with an arrow and "≥"; a range a floating bar. */
function CostShape({ x = 0, y = 0, width = 0, height = 0, payload }: ShapeProps) {
  if (!payload) return null;
  const color = vendorColor(payload.vendorId);
  const midY = y + height / 2;
  const end = x + width;
  const open = payload.style === 'open-lower' || payload.style === 'open-upper';
  return (
    <g className="compute-cost-bar" style={{ cursor: 'pointer' }}>
      <rect
        x={x}
        y={y}
        width={Math.max(width, 1)}
        height={height}
        fill={open ? `${color}22` : payload.style === 'range' ? `${color}88` : color}
        stroke={color}
        strokeWidth={open ? 2 : 1}
        strokeDasharray={open ? '5 3' : undefined}
      />
      {payload.style === 'open-lower' ? (
        <g stroke={color} fill={color} aria-hidden="true">
          <line x1={end} y1={midY} x2={end + 18} y2={midY} strokeWidth={2} />
          <path d={`M${end + 18},${midY - 6} L${end + 28},${midY} L${end + 18},${midY + 6} Z`} />
        </g>
      ) : null}
      <text
        x={end + (payload.style === 'open-lower' ? 34 : 6)}
        y={midY}
        dy={4}
        fontSize={12}
        fontWeight={600}
        fill="#212529"
      >
        {payload.text}
      </text>
    </g>
  );
}

export function TrainingCostPanel() {
  const lang = useLang();
  const m = computeMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(computeQueries.trainingCost(filters));
  const vendors = useVendorIndex();
  const sources = useSourceIndex();
  const currency = useViewStore((s) => s.currency);
  const cnyPerUsd = useViewStore((s) => s.cnyPerUsd);
  const toggleVendor = useViewStore((s) => s.toggleVendor);
  const metrics = query.data?.data ?? [];
  const bars = costBars(metrics, {
    vendors,
    currency,
    cnyPerUsd,
    lang,
    kindOf: kindLookup(sources, 'reported'),
    words: { converted: m.converted, lowerNote: m.lowerNote, upperNote: m.upperNote },
  });
  const converted = bars.find((b) => b.converted);
  /** The bars drawn: all at the article's scale, the costliest beyond the cap (the table keeps all). */
  const capped = shownCostBars(bars);
  const shown = capped.shown;
  const domain = costDomain(shown);
  const ticks: number[] = [];
  for (let v = domain[0]; v <= domain[1] * 1.0001; v *= 10) ticks.push(v);
  const periods = yearSpan(bars.map((b) => b.period));
  const boundLabel: Record<Metric['bound'], string> = {
    exact: m.boundExact,
    approx: m.boundApprox,
    range: m.boundRange,
    lower: m.boundLower,
    upper: m.boundUpper,
  };

  const legend: LegendItem[] = [
    ...[...new Map(shown.filter((b) => b.vendorId).map((b) => [b.vendorId!, b.vendorName]))].map(([id, name]) => ({
      key: id,
      label: name,
      color: vendorColor(id),
      vendorId: id,
    })),
    ...(shown.some((b) => b.style === 'solid')
      ? [{ key: 'stated', label: m.legendStated, color: '#495057', shape: 'square' as const }]
      : []),
    ...(shown.some((b) => b.style === 'open-lower')
      ? [{ key: 'lower', label: m.legendLower, color: '#495057', shape: 'dashed' as const }]
      : []),
  ];

  const chartHeight = ROW * shown.length + 60;
  return (
    <Panel
      id="training-cost"
      title={m.costTitle}
      subtitle={fill(currency === 'CNY' ? m.costSubtitleCny : m.costSubtitle, { rate: cnyPerUsd, periods })}
      uses={USES}
      status={query}
      isEmpty={bars.length === 0}
      emptyProbe={{ endpoint: 'metrics', query: { metric: ['training-cost'] } }}
      table={() =>
        costTable(
          bars,
          lang,
          {
            subject: m.hSubject,
            vendor: m.vendor,
            period: m.hPeriod,
            amount: m.hAmount,
            bound: m.hBound,
            currency: m.hCurrency,
            kind: m.kind,
            source: m.source,
          },
          (b) => boundLabel[b],
        )
      }
      legend={legend}
      chartHeight={chartHeight}
      notes={
        <>
          {capped.thinned ? <ThinnedNote shown={shown.length} total={capped.total} what={m.costThinnedWhat} /> : null}
          {shown.some((b) => b.style === 'open-lower') ? <p>{m.lowerNote}</p> : null}
          {converted ? (
            <p>{fill(m.converted, { rate: cnyPerUsd, from: converted.statedCurrency, to: currency })}</p>
          ) : null}
        </>
      }
    >
      <ChartBox height={chartHeight}>
        <BarChart
          data={shown}
          layout="vertical"
          margin={{ top: 8, right: 96, bottom: 18, left: 8 }}
          barCategoryGap="28%"
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            scale="log"
            domain={domain}
            ticks={ticks}
            tickFormatter={(v: number) => formatMoney(v, currency, lang, 2)}
            tick={{ fontSize: 12 }}
            label={{ value: m.costAxis, position: 'insideBottom', offset: -12, fontSize: 12 }}
          />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
          <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          <Bar
            dataKey="bar"
            isAnimationActive={false}
            shape={(p: ShapeProps) => <CostShape {...p} />}
            cursor="pointer"
            onClick={(d: { payload?: CostBar }) => d.payload?.vendorId && toggleVendor(d.payload.vendorId)}
          />
        </BarChart>
      </ChartBox>
    </Panel>
  );
}
