import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang, useT } from '../../../shared/i18n/i18n';
import { vendorColor } from '../../../shared/charts/palette';
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
  priceDomain,
  priceMarks,
  priceRatios,
  priceRows,
  priceTable,
  pricedModels,
  type PriceRow,
  type PricedModel,
} from '../model/tokenPrice';
import { fill, kindLookup, yearSpan } from '../model/sourceKind';
import { computeMessages } from '../messages';

const USES = { vendor: true, region: true, time: true };
const HEIGHT = 280;
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
  const toggleVendor = useViewStore((s) => s.toggleVendor);
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
  const rows = priceRows(shown, marks.ratios, lang, cnyPerUsd, words);
  const domain = priceDomain(shown);
  const ticks: number[] = [];
  for (let v = domain[0]; v <= domain[1] * 1.0001; v *= 10) ticks.push(v);

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
      <ChartBox height={HEIGHT}>
        <BarChart data={rows} margin={{ top: 20, right: 16, bottom: 8, left: 8 }} barCategoryGap="24%">
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            scale="log"
            type="number"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(v: number) => formatPrice(v, currency, lang)}
            tick={{ fontSize: 12 }}
            width={72}
            label={{ value: m.priceAxis, angle: -90, position: 'insideLeft', fontSize: 12, dy: 70 }}
          />
          <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          {shown.map((p: PricedModel) => (
            <Bar
              key={p.id}
              dataKey={(r: PriceRow) => r.price[p.id]}
              name={p.name}
              fill={colorOf.get(p.id)}
              stroke={vendorColor(p.vendorId)}
              isAnimationActive={false}
              cursor="pointer"
              onClick={() => toggleVendor(p.vendorId)}
            >
              <LabelList
                position="top"
                fontSize={11}
                fill="#212529"
                formatter={(v: unknown) => (typeof v === 'number' ? formatPrice(v, currency, lang) : '')}
              />
            </Bar>
          ))}
        </BarChart>
      </ChartBox>
    </Panel>
  );
}
