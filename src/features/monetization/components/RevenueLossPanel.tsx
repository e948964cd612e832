import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { useViewStore } from '../../../shared/filters/store';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { formatMoney, formatPartialDate, formatPercent, formatPlain } from '../../../shared/format/number';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { MoreNote, NOTE_LIST_CAP } from '../../../shared/ui/MoreNote';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { nameAbove } from '../../../shared/charts/NameAbove';
import { nameLines, rowChartHeight, rowLayout } from '../../../shared/charts/layout';
import { linearScale, moneyTick } from '../../../shared/charts/scale';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { capLossCases } from '../model/caps';
import { formatSpan, spanOf } from '../model/figures';
import { formatRatio, LOSS_METRICS, lossBars, lossCases, lossRatio, lossTable, type LossCase } from '../model/loss';
import { fill, periodList } from '../model/text';
import { monetizationMessages } from '../messages';
import { combineStatus } from '../../../shared/ui/status';
import { CurrencySwitch } from './RevenueControls';
import { useMetricPanel } from './useMetricPanel';
import { KindBar, markLegend } from './KindBar';

const USES = { vendor: true, region: true, time: true };
const LOSS_COLOR = '#c92a2a';
/** The desktop layout: names on a category axis, figures beside the bars. */
const WIDE = { categoryWidth: 170, right: 150, rowHeight: 44 };

export function RevenueLossPanel() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const filters = useListFilters(USES);
  const { metrics, sources, vendors, queries } = useMetricPanel(filters, LOSS_METRICS);
  const currency = useViewStore((s) => s.currency);
  const rate = useViewStore((s) => s.cnyPerUsd);

  const cases = useMemo(() => lossCases(metrics), [metrics]);
  const vendorName = (id: string) => vendors.get(id)?.name[lang] ?? id;
  const many = cases.length > 1;
  const barsOf = (c: LossCase) =>
    lossBars(c, currency, rate, lang, sources, {
      revenue: m.lossRevenue,
      consumer: m.lossConsumer,
      loss: m.lossLoss,
      derivedConsumer: m.derivedConsumer,
      converted: m.converted,
    }).map((b) => ({
      ...b,
      label: many ? `${vendorName(b.vendorId)} · ${b.label}` : b.label,
      color: b.role === 'loss' ? LOSS_COLOR : undefined,
      barLabel: `${b.display} · ${kindLabel(b.kind, lang)}${b.derived ? ` · ${m.computed}` : ''}`,
    }));
  // The table lists every case's bars; the chart draws whole cases, largest loss first, up to LOSS_CASE_CAP.
  const bars = cases.flatMap(barsOf);
  const chart = capLossCases(cases, rate);
  const shown = chart.thinned ? chart.shown.flatMap(barsOf) : bars;
  const converted = cases.some((c) => c.revenue.currency !== currency || c.loss.currency !== currency);
  const periods = periodList(
    cases.map((c) => c.period),
    (p) => formatPartialDate(p, lang),
  );
  const subtitle = fill(m.lossSubtitle, {
    currency,
    periods,
    rateText: converted ? fill(m.lossRateText, { rate: formatPlain(rate, lang, 4) }) : '',
  });
  // Revenue, its consumer part and the loss are one order of magnitude: bars from zero on a linear axis.
  const values = shown.flatMap((b) => [b.span.low, b.span.high]);
  const rows = shown.map((b) => ({ ...b, nameLine: `${b.label} — ${b.barLabel}` }));
  const layoutAt = (width: number) =>
    rowLayout(
      width,
      WIDE,
      nameLines(
        rows.map((r) => r.nameLine),
        width,
      ),
    );
  const heightAt = (width: number) => rowChartHeight(layoutAt(width), rows.length, 160);
  const height = heightAt(654);
  const legend = [
    ...chart.shown.map((c) => ({
      key: c.vendorId,
      label: vendorName(c.vendorId),
      color: vendorColor(c.vendorId),
      vendorId: c.vendorId,
    })),
    { key: 'loss', label: m.lossLoss, color: LOSS_COLOR },
    ...markLegend(lang, {
      kinds: shown.map((b) => b.kind),
      derived: shown.some((b) => b.derived),
      range: shown.some((b) => b.error),
    }),
  ];

  return (
    <Panel
      id="revenue-loss"
      title={m.lossTitle}
      subtitle={subtitle}
      uses={USES}
      status={combineStatus(queries)}
      isEmpty={bars.length === 0}
      emptyProbe={{ endpoint: 'metrics', query: { metric: [...LOSS_METRICS] } }}
      table={() => lossTable(bars, vendorName, lang, m)}
      legend={legend}
      controls={<CurrencySwitch />}
      chartHeight={height}
      notes={
        <>
          {chart.thinned ? <ThinnedNote shown={shown.length} total={bars.length} what={m.thinnedBars} /> : null}
          {cases.slice(0, NOTE_LIST_CAP).map((c) => {
            const r = lossRatio(c);
            const share = c.consumerShare ? spanOf(c.consumerShare) : null;
            return (
              <p key={c.key}>
                {many ? `${vendorName(c.vendorId)} — ` : ''}
                {r ? (
                  <>
                    {m.ratioNote}
                    {m.colon}
                    <strong>{formatRatio(r, lang)}</strong>
                    {` (${formatSpan(spanOf(c.loss)!, (n) => formatMoney(n, c.loss.currency!, lang))} ÷ ${formatSpan(spanOf(c.revenue)!, (n) => formatMoney(n, c.revenue.currency!, lang))})`}
                  </>
                ) : null}
                {share ? (
                  <>
                    {' · '}
                    {m.shareNote}
                    {m.colon}
                    {formatSpan(share, (n) => formatPercent(n, lang))} (
                    {kindLabel(sources.get(c.consumerShare!.sourceId)?.kind ?? 'reported', lang)})
                  </>
                ) : null}
              </p>
            );
          })}
          <MoreNote hidden={cases.length - NOTE_LIST_CAP} />
          {converted ? <p>{fill(m.rateNote, { rate: formatPlain(rate, lang, 4) })}</p> : null}
        </>
      }
    >
      <ChartBox height={heightAt} scale="linear" mark="bar">
        {(width) => {
          const layout = layoutAt(width);
          const x = linearScale(values, { target: layout.ticks });
          return (
            <BarChart
              data={rows}
              layout="vertical"
              margin={layout.margin}
              barCategoryGap="24%"
              barSize={layout.namesAbove ? 18 : undefined}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                domain={x.domain}
                ticks={x.ticks}
                tickFormatter={moneyTick(currency, lang)}
                tick={{ fontSize: 11 }}
                label={{ value: fill(m.axisMoney, { currency }), position: 'insideBottom', offset: -14, fontSize: 12 }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={layout.categoryWidth}
                hide={layout.namesAbove}
                tick={{ fontSize: 12 }}
                interval={0}
              />
              <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(28,37,65,0.06)' }} />
              <Bar dataKey="value" isAnimationActive={false} shape={<KindBar />}>
                <ErrorBar dataKey="error" direction="x" width={8} stroke="#1c2541" />
                {layout.namesAbove ? (
                  <LabelList dataKey="nameLine" content={nameAbove(width)} />
                ) : (
                  <LabelList
                    dataKey="barLabel"
                    position="right"
                    offset={10}
                    style={{ fontSize: 11, fill: '#343a40' }}
                  />
                )}
              </Bar>
            </BarChart>
          );
        }}
      </ChartBox>
    </Panel>
  );
}
