import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, LabelList, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { cappedTotals } from '../../../shared/charts/markCap';
import { vendorColor } from '../../../shared/charts/palette';
import { DotMark, type DotSpec } from '../../../shared/charts/DotMark';
import { nameAbove } from '../../../shared/charts/NameAbove';
import { nameLines, rowChartHeight, rowLayout } from '../../../shared/charts/layout';
import { DOT_PAD, linearScale, logScale, moneyTick } from '../../../shared/charts/scale';
import { useViewStore } from '../../../shared/filters/store';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { formatMoney, formatPlain } from '../../../shared/format/number';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { MoreNote, NOTE_LIST_CAP } from '../../../shared/ui/MoreNote';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { monetizationQueries } from '../api/queries';
import { capApiRows, capSubscriptionBars } from '../model/caps';
import { apiPriceRows, PRICE_METRICS, pricingTable, subscriptionLadder, type LadderStep } from '../model/pricing';
import { apiDots, type ApiDot } from '../model/dots';
import { fill } from '../model/text';
import { monetizationMessages } from '../messages';
import { combineStatus } from '../../../shared/ui/status';
import { CurrencySwitch } from './RevenueControls';
import { useMetricPanel } from './useMetricPanel';
import { KindBar } from './KindBar';
import { StableReferenceLine } from '../../../shared/charts/stableReference';

const USES = { vendor: true, region: true, time: true };
const NEUTRAL = '#495057';
/** Desktop layouts: names on a category axis, figures beside the marks. */
const SUB_WIDE = { categoryWidth: 120, right: 130, rowHeight: 40, top: 18, bottom: 20 };
const API_WIDE = { categoryWidth: 120, right: 16, rowHeight: 48, top: 4, bottom: 20 };
const dotOf = (p: unknown) => (p as { dot?: DotSpec }).dot;

export function PricingPanel() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const filters = useListFilters(USES);
  const { metrics, sources, vendors, queries } = useMetricPanel(filters, PRICE_METRICS);
  const modelsQ = useQuery(monetizationQueries.models(filters));
  const claimsQ = useQuery(monetizationQueries.claims(filters));
  const currency = useViewStore((s) => s.currency);
  const rate = useViewStore((s) => s.cnyPerUsd);

  const { steps, entry } = subscriptionLadder({
    metrics: metrics,
    claims: claimsQ.data?.data ?? [],
    sources,
    vendors,
    currency,
    cnyPerUsd: rate,
    lang,
  });
  const api = apiPriceRows(modelsQ.data?.data ?? [], currency, rate, lang, sources, {
    input: m.inputTokens,
    output: m.outputTokens,
    perMillion: m.perMillion,
  });
  const vendorName = (id: string | null) => (id ? (vendors.get(id)?.name[lang] ?? id) : '—');
  const priced = steps
    .filter((s): s is LadderStep & { price: NonNullable<LadderStep['price']> } => s.price !== null)
    .map((s) => ({
      ...s,
      value: s.price.point,
      derived: null,
      span: s.price,
      barLabel: `${s.display} ${m.perMonthShort} · ${kindLabel(s.kind, lang)}`,
      tip: { title: s.name, value: `${s.display} ${m.perMonthShort}`, kind: s.kind, sourceId: s.sourceId },
    }));
  // The table lists every tier and model, the ladder its first NOTE_LIST_CAP steps; the charts draw up to
  // SUBSCRIPTION_BAR_CAP tiers (ladder order) and API_ROW_CAP models (spread over cheapest-first).
  const subChart = capSubscriptionBars(priced);
  const apiChart = capApiRows(api);
  const subShown = subChart.shown;
  const apiShown = apiChart.shown;
  const thinned = cappedTotals(subChart, apiChart);
  const converted = [...metrics.map((x) => x.currency), ...api.map((a) => a.statedCurrency)].some(
    (c) => c && c !== currency,
  );
  const rateText = converted ? fill(m.lossRateText, { rate: formatPlain(rate, lang, 4) }) : '';
  // Subscriptions ($20 and $200: one order of magnitude) are bars from zero on a linear axis;
  // API prices ($0.15 to $15: two orders) are dots on a log axis.
  const subValues = [...subShown.map((p) => p.value), ...(entry?.price ? [entry.price.point] : [])];
  const subRows = subShown.map((p) => ({ ...p, nameLine: `${p.name} — ${p.barLabel}` }));
  const apiMarks = apiDots(apiShown, vendorColor, (r) =>
    [
      `${m.inputTokens} ${formatMoney(r.input, currency, lang)}`,
      `${m.outputTokens} ${formatMoney(r.output, currency, lang)}`,
    ].join(' · '),
  );
  /** The ladder's steps on the page (the table lists all). */
  const listedSteps = steps.slice(0, NOTE_LIST_CAP);
  const subLayoutAt = (width: number) =>
    rowLayout(
      width,
      SUB_WIDE,
      nameLines(
        subRows.map((r) => r.nameLine),
        width,
      ),
    );
  const subHeightAt = (width: number) => rowChartHeight(subLayoutAt(width), subShown.length, 110);
  const apiHeightAt = (width: number) => rowChartHeight(rowLayout(width, API_WIDE), apiShown.length, 120);
  const subHeight = subHeightAt(654);
  const apiHeight = apiHeightAt(654);
  // Height of everything the chart area holds: both charts, three captions (~26 px) and the ladder (~23 px a step).
  const chartHeight =
    (priced.length > 0 ? subHeight : 40) + (api.length > 0 ? apiHeight : 40) + 3 * 26 + listedSteps.length * 23;
  const isEmpty = steps.length === 0 && api.length === 0 && !entry;
  // Vendors of the steps and API models on the page: the ladder's first steps, the drawn models.
  const vendorIds = [
    ...new Set(
      [...listedSteps.map((s) => s.vendorId), ...apiShown.map((a) => a.vendorId)].filter((v): v is string => !!v),
    ),
  ];
  const legend = [
    ...vendorIds.map((id) => ({ key: id, label: vendorName(id), color: vendorColor(id), vendorId: id })),
    ...(api.length
      ? [
          { key: 'in', label: m.inputTokens, color: `${NEUTRAL}73`, shape: 'square' as const },
          { key: 'out', label: m.outputTokens, color: NEUTRAL, shape: 'square' as const },
        ]
      : []),
    ...(entry ? [{ key: 'entry', label: m.entryLine, color: NEUTRAL, shape: 'dashed' as const }] : []),
  ];
  const subHeading = fill(m.subChart, { currency });
  const apiHeading = fill(m.apiChart, { currency });

  return (
    <Panel
      id="pricing"
      title={m.pricingTitle}
      subtitle={fill(m.pricingSubtitle, { currency, rateText })}
      uses={USES}
      status={combineStatus([...queries, modelsQ, claimsQ])}
      isEmpty={isEmpty}
      emptyProbe={{ endpoint: 'metrics', query: { metric: [...PRICE_METRICS] } }}
      table={() =>
        pricingTable(steps, entry, api, currency, vendorName, lang, {
          item: m.item,
          vendor: m.vendor,
          type: m.type,
          price: m.price,
          unit: m.unit,
          kind: m.kind,
          statement: m.statement,
          source: m.source,
          perMonth: m.perMonth,
          perMillionInput: m.perMillionInput,
          perMillionOutput: m.perMillionOutput,
          noPrice: m.noPrice,
          reading: m.reading,
          types: {
            free: m.typeFree,
            unpriced: m.typeUnpriced,
            priced: m.typePriced,
            tipping: m.typeTipping,
            entry: m.typeEntry,
            api: m.typeApi,
          },
        })
      }
      legend={legend}
      controls={<CurrencySwitch />}
      chartHeight={chartHeight}
      notes={
        thinned.thinned || converted ? (
          <>
            {thinned.thinned ? (
              <ThinnedNote shown={thinned.shown} total={thinned.total} what={m.thinnedPrices} />
            ) : null}
            {converted ? <p>{fill(m.rateNote, { rate: formatPlain(rate, lang, 4) })}</p> : null}
          </>
        ) : null
      }
    >
      {priced.length > 0 ? (
        <ChartBox height={subHeightAt} scale="linear" mark="bar" heading={subHeading}>
          {(width) => {
            const layout = subLayoutAt(width);
            const x = linearScale(subValues, { target: layout.ticks });
            return (
              <BarChart
                data={subRows}
                layout="vertical"
                margin={layout.margin}
                barCategoryGap="26%"
                barSize={layout.namesAbove ? 18 : undefined}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis
                  type="number"
                  domain={x.domain}
                  ticks={x.ticks}
                  tickFormatter={moneyTick(currency, lang)}
                  tick={{ fontSize: 11 }}
                />
                <YAxis
                  type="category"
                  dataKey="name"
                  width={layout.categoryWidth}
                  hide={layout.namesAbove}
                  tick={{ fontSize: 12 }}
                  interval={0}
                />
                {entry?.price ? (
                  <StableReferenceLine
                    x={entry.price.point}
                    stroke={NEUTRAL}
                    strokeDasharray="5 3"
                    label={<StartLabel text={`${entry.display} · ${m.entryLine}`} />}
                  />
                ) : null}
                <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(28,37,65,0.06)' }} />
                <Bar dataKey="value" isAnimationActive={false} shape={<KindBar />}>
                  {layout.namesAbove ? (
                    <LabelList dataKey="nameLine" content={nameAbove(width)} />
                  ) : (
                    <LabelList
                      dataKey="barLabel"
                      position="right"
                      offset={8}
                      style={{ fontSize: 11, fill: '#343a40' }}
                    />
                  )}
                </Bar>
              </BarChart>
            );
          }}
        </ChartBox>
      ) : (
        <>
          <h4 className="chart-heading">{subHeading}</h4>
          <p className="panel__empty">{m.subNone}</p>
        </>
      )}
      <h4 className="chart-heading">{m.ladder}</h4>
      <ol style={{ margin: '0 0 6px', paddingLeft: '1.4em', fontSize: '0.85rem' }}>
        {listedSteps.map((s) => (
          <li key={s.key} style={{ margin: '2px 0' }}>
            <LadderText step={s} vendorName={vendorName} />
          </li>
        ))}
      </ol>
      <MoreNote hidden={steps.length - NOTE_LIST_CAP} />
      {api.length > 0 ? (
        <ChartBox height={apiHeightAt} scale="log" mark="dot" heading={apiHeading}>
          {(width) => {
            const layout = rowLayout(width, API_WIDE);
            const x = logScale(
              apiMarks.map((d) => d.dot.value),
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
                  tick={{ fontSize: 11 }}
                />
                <YAxis
                  type="number"
                  dataKey="row"
                  domain={[-0.5, apiShown.length - 0.5]}
                  ticks={apiShown.map((_, i) => i)}
                  reversed
                  interval={0}
                  tickFormatter={(i: number) => apiShown[i]?.model ?? ''}
                  width={layout.categoryWidth}
                  hide={layout.namesAbove}
                  tick={{ fontSize: 12 }}
                />
                <Tooltip content={<SourceTooltip />} cursor={false} />
                <Scatter
                  data={apiMarks}
                  isAnimationActive={false}
                  shape={(p: { cx?: number; cy?: number; payload?: unknown }) => (
                    <DotMark
                      {...p}
                      spec={dotOf}
                      nameAbove={layout.namesAbove && (p.payload as ApiDot | undefined)?.side === 'output'}
                    />
                  )}
                />
              </ScatterChart>
            );
          }}
        </ChartBox>
      ) : (
        <>
          <h4 className="chart-heading">{apiHeading}</h4>
          <p className="panel__empty">{m.apiNone}</p>
        </>
      )}
    </Panel>
  );
}

/** The entry-price line's label: above the plot, from the line rightwards (centred, it is cut off on a phone). */
function StartLabel({ text, viewBox }: { text: string; viewBox?: { x?: number; y?: number } }) {
  const x = viewBox?.x;
  const y = viewBox?.y;
  if (x === undefined || y === undefined) return null;
  return (
    <text x={x + 4} y={y - 6} fontSize={11} fill={NEUTRAL}>
      {text}
    </text>
  );
}

function LadderText({ step, vendorName }: { step: LadderStep; vendorName: (id: string | null) => string }) {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const badge = <span className={`kind kind--${step.kind}`}>{kindLabel(step.kind, lang)}</span>;
  switch (step.type) {
    case 'free':
      return (
        <>
          <strong>{m.freeTier}</strong> — {step.text} {badge}
        </>
      );
    case 'unpriced':
      return (
        <>
          <strong>{step.name}</strong> ({vendorName(step.vendorId)}) — <em>{m.noPrice}</em> {badge}{' '}
          <span style={{ color: 'var(--muted)' }}>({m.reading})</span>
        </>
      );
    case 'priced':
      return (
        <>
          <strong>{step.name}</strong> — {step.display} {m.perMonthShort} {badge}
        </>
      );
    case 'tipping':
      return (
        <>
          <strong>
            {step.name} · {m.typeTipping}
          </strong>{' '}
          — {step.text} {badge}
        </>
      );
  }
}
