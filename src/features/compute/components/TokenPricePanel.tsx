import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang, useT } from '../../../shared/i18n/i18n';
import { vendorColor } from '../../../shared/charts/palette';
import { DotMark, type DotSpec } from '../../../shared/charts/DotMark';
import { rowChartHeight, rowLayout } from '../../../shared/charts/layout';
import { DOT_PAD, logScale, moneyTick } from '../../../shared/charts/scale';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useSourceIndex } from '../../../shared/ui/useSources';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import type { LegendItem } from '../../../shared/ui/legend';
import { computeQueries } from '../api/queries';
import {
  formatPrice,
  formatRatio,
  priceDots,
  priceMarks,
  priceRatios,
  priceTable,
  pricedModels,
  type PriceDot,
} from '../model/tokenPrice';
import { fill, kindLookup, yearSpan } from '../model/sourceKind';
import { computeMessages } from '../messages';

const USES = { vendor: true, region: true, time: true };
/** The desktop layout: model names on a category axis, prices beside their dots. */
const WIDE = { categoryWidth: 120, right: 16, rowHeight: 48 };
const dotOf = (p: unknown) => (p as { dot?: DotSpec }).dot;
/** Shades of one vendor's colour, so its models stay in its colour and apart from each other. */
const SHADE = ['', 'a6', '66', '40'];

export function TokenPricePanel() {
  const lang = useLang();
  const t = useT();
  const m = computeMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(computeQueries.models(filters));
  const vendors = useVendorIndex();
  const sources = useSourceIndex();
  const currency = useViewStore((s) => s.currency);
  const cnyPerUsd = useViewStore((s) => s.cnyPerUsd);
  const priced = pricedModels(query.data?.data ?? [], {
    vendors,
    currency,
    cnyPerUsd,
    lang,
    kindOf: kindLookup(sources, 'reported'),
  });
  const ratios = priceRatios(priced);
  /** The models drawn: all at the article's scale, thinned over the price range beyond the cap (the table keeps all). */
  const marks = priceMarks(priced, ratios);
  const shown = marks.shown;
  const words = {
    side: { input: m.sideInput, output: m.sideOutput },
    perMillion: m.perMillion,
    ratioTitle: m.ratioTitle,
    ratioHow: m.ratioHow,
    converted: m.converted,
  };

  const seen = new Map<string, number>();
  const colorOf = new Map<string, string>();
  for (const p of shown) {
    const i = seen.get(p.vendorId) ?? 0;
    seen.set(p.vendorId, i + 1);
    colorOf.set(p.id, `${vendorColor(p.vendorId)}${SHADE[Math.min(i, SHADE.length - 1)]}`);
  }
  const legend: LegendItem[] = shown.map((p) => ({
    key: p.id,
    label: `${p.name} (${p.vendorName})`,
    color: colorOf.get(p.id)!,
    vendorId: p.vendorId,
  }));
  const converted = priced.find((p) => p.statedCurrency !== p.currency);
  // 0.15 to 15 per million tokens: dots on a log axis, one row per model (input left, output right).
  const dots = priceDots(shown, marks.ratios, lang, cnyPerUsd, words, (p) => colorOf.get(p.id)!);
  const heightAt = (width: number) => rowChartHeight(rowLayout(width, WIDE), shown.length, 140);

  return (
    <Panel
      id="token-price"
      title={m.priceTitle}
      subtitle={fill(currency === 'CNY' ? m.priceSubtitleCny : m.priceSubtitle, {
        rate: cnyPerUsd,
        periods: yearSpan(priced.map((p) => p.released)),
      })}
      uses={USES}
      status={query}
      isEmpty={priced.length === 0}
      emptyProbe={{ endpoint: 'models' }}
      table={() =>
        priceTable(priced, ratios, lang, words, {
          model: m.hModel,
          vendor: m.vendor,
          side: m.hSide,
          price: m.hPrice,
          currency: m.hCurrency,
          derived: m.hDerived,
          kind: m.kind,
          source: m.source,
        })
      }
      legend={legend}
      notes={
        <>
          {marks.thinned ? <ThinnedNote shown={shown.length} total={marks.total} what={m.priceThinnedWhat} /> : null}
          {marks.ratios.length > 0 ? (
            <p>
              {m.ratioNote}{' '}
              {marks.ratios
                .map(
                  (r) =>
                    `${fill(m.ratioTitle, { high: r.high.name, low: r.low.name, side: words.side[r.side] })} ${formatRatio(r.ratio, lang)} (${fill(m.ratioHow, { a: formatPrice(r.high[r.side], r.high.currency, lang), b: formatPrice(r.low[r.side], r.low.currency, lang) })})`,
                )
                .join(' · ')}{' '}
              <span className="kind kind--derived">{t('derived')}</span>
            </p>
          ) : null}
          {converted ? (
            <p>{fill(m.converted, { rate: cnyPerUsd, from: converted.statedCurrency, to: currency })}</p>
          ) : null}
        </>
      }
    >
      <ChartBox height={heightAt} scale="log" mark="dot">
        {(width) => {
          const layout = rowLayout(width, WIDE);
          const x = logScale(
            dots.map((d) => d.dot.value),
            { max: layout.ticks + 1, pad: DOT_PAD },
          );
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
                label={{ value: m.priceAxis, position: 'insideBottom', offset: -14, fontSize: 12 }}
              />
              <YAxis
                type="number"
                dataKey="row"
                domain={[-0.5, shown.length - 0.5]}
                ticks={shown.map((_, i) => i)}
                reversed
                interval={0}
                tickFormatter={(i: number) => shown[i]?.name ?? ''}
                width={layout.categoryWidth}
                hide={layout.namesAbove}
                tick={{ fontSize: 12 }}
              />
              <Tooltip content={<SourceTooltip />} cursor={false} />
              <Scatter
                data={dots}
                isAnimationActive={false}
                shape={(p: { cx?: number; cy?: number; payload?: unknown }) => (
                  <DotMark
                    {...p}
                    spec={dotOf}
                    nameAbove={layout.namesAbove && (p.payload as PriceDot)?.side === 'output'}
                  />
                )}
              />
            </ScatterChart>
          );
        }}
      </ChartBox>
    </Panel>
  );
}
