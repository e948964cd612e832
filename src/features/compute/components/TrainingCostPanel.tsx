import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Metric } from '../../../shared/api/contract';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang } from '../../../shared/i18n/i18n';
import { vendorColor } from '../../../shared/charts/palette';
import { DotMark, type DotSpec } from '../../../shared/charts/DotMark';
import { rowChartHeight, rowLayout } from '../../../shared/charts/layout';
import { DOT_PAD, logScale, moneyTick } from '../../../shared/charts/scale';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { useSourceIndex } from '../../../shared/ui/useSources';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import type { LegendItem } from '../../../shared/ui/legend';
import { computeQueries } from '../api/queries';
import { costBars, costDot, costTable, costValues, shownCostBars } from '../model/trainingCost';
import { fill, kindLookup, yearSpan } from '../model/sourceKind';
import { computeMessages } from '../messages';

const USES = { vendor: true, region: true, time: true };
const ROW = 64;

/** The desktop layout of the rows: names on a category axis, figures beside the marks. */
const WIDE = { categoryWidth: 170, right: 16, rowHeight: ROW, bottom: 18 };
const dotOf = (p: unknown) => (p as { dot?: DotSpec }).dot;

export function TrainingCostPanel() {
  const lang = useLang();
  const m = computeMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(computeQueries.trainingCost(filters));
  const vendors = useVendorIndex();
  const sources = useSourceIndex();
  const currency = useViewStore((s) => s.currency);
  const cnyPerUsd = useViewStore((s) => s.cnyPerUsd);
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
  // From tens of millions to billions: dots on a log axis, a lower bound open with an arrow.
  const rows = shown.map((b, row) => ({ ...b, row, dot: costDot(b, vendorColor(b.vendorId)) }));
  const heightAt = (width: number) => rowChartHeight(rowLayout(width, WIDE), rows.length, 120);
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
      ? [{ key: 'lower', label: m.legendLower, color: '#495057', shape: 'open-circle' as const }]
      : []),
  ];

  const chartHeight = heightAt(654);
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
      <ChartBox height={heightAt} scale="log" mark="dot">
        {(width) => {
          const layout = rowLayout(width, WIDE);
          const x = logScale(costValues(shown), { max: layout.ticks + 1, pad: DOT_PAD });
          return (
            <ScatterChart margin={layout.margin}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                dataKey="dot.value"
                scale="log"
                domain={x.domain}
                ticks={x.ticks}
                tickFormatter={moneyTick(currency, lang)}
                tick={{ fontSize: 12 }}
                label={{ value: m.costAxis, position: 'insideBottom', offset: -12, fontSize: 12 }}
              />
              <YAxis
                type="number"
                dataKey="row"
                domain={[-0.5, rows.length - 0.5]}
                ticks={rows.map((r) => r.row)}
                reversed
                interval={0}
                tickFormatter={(i: number) => rows[i]?.label ?? ''}
                width={layout.categoryWidth}
                hide={layout.namesAbove}
                tick={{ fontSize: 12 }}
              />
              <Tooltip content={<SourceTooltip />} cursor={false} />
              <Scatter
                data={rows}
                isAnimationActive={false}
                shape={(p: { cx?: number; cy?: number; payload?: unknown }) => (
                  <DotMark {...p} spec={dotOf} nameAbove={layout.namesAbove} fontSize={12} />
                )}
              />
            </ScatterChart>
          );
        }}
      </ChartBox>
    </Panel>
  );
}
