import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { useViewStore } from '../../../shared/filters/store';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { formatCompact, formatMoney, formatPartialDate, formatPlain } from '../../../shared/format/number';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { capRevenueBars } from '../model/caps';
import {
  linearDomain,
  logDomain,
  REVENUE_METRICS,
  revenueBars,
  revenueEntries,
  revenueTable,
  sortBars,
  type RevenueBar,
  type SortBy,
} from '../model/revenue';
import { fill, periodList } from '../model/text';
import { monetizationMessages } from '../messages';
import { combineStatus } from '../../../shared/ui/status';
import { useMetricPanel } from './useMetricPanel';
import { KindBar, markLegend } from './KindBar';
import { RevenueControls } from './RevenueControls';
import { StableReferenceLine } from '../../../shared/charts/stableReference';

const USES = { vendor: true, region: true, time: true };

export function RevenueGrowthPanel() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const filters = useListFilters(USES);
  const { metrics, sources, vendors, queries } = useMetricPanel(filters, REVENUE_METRICS);
  const mode = useViewStore((s) => s.growthMode);
  const currency = useViewStore((s) => s.currency);
  const rate = useViewStore((s) => s.cnyPerUsd);
  const region = useViewStore((s) => s.region);
  const toggleVendor = useViewStore((s) => s.toggleVendor);
  const [sortBy, setSortBy] = useState<SortBy>('value');

  const entries = useMemo(() => revenueEntries(metrics), [metrics]);
  const { bars, missing } = revenueBars(entries, { mode, currency, cnyPerUsd: rate, lang }, sources, vendors, {
    computed: m.computed,
    derivedGrowth: m.derivedGrowth,
    derivedMultiple: m.derivedMultiple,
    derivedIndexRevenues: m.derivedIndexRevenues,
    derivedIndexGrowth: m.derivedIndexGrowth,
    derivedIndexMultiple: m.derivedIndexMultiple,
    converted: m.converted,
    priorPeriod: m.priorPeriod,
  });
  const grouped = region === 'all';
  // The table lists every bar; the chart draws the first REVENUE_BAR_CAP of the reader's order.
  const sorted = sortBars(bars, sortBy, grouped, lang);
  const chart = capRevenueBars(bars, sortBy, grouped, lang);
  const shown = chart.shown;
  const tag = (b: RevenueBar) => (b.region === 'us' ? m.regionTagUs : b.region === 'cn' ? m.regionTagCn : '');
  const data = shown.map((b) => ({
    ...b,
    axisLabel: grouped && tag(b) ? `${tag(b)} · ${b.label}` : b.label,
    barLabel: `${b.display} · ${kindLabel(b.kind, lang)}${b.derived ? ` · ${m.computed}` : ''}`,
  }));

  const periods = periodList(
    sorted.map((b) => b.period),
    (p) => formatPartialDate(p, lang),
  );
  const subtitle =
    mode === 'yoy'
      ? fill(m.revSubtitleYoy, { periods })
      : mode === 'absolute'
        ? fill(m.revSubtitleAbs, { currency, rate: formatPlain(rate, lang, 4), periods })
        : fill(m.revSubtitleIdx, { periods });

  const extent = shown.flatMap((b) => [b.span.low, b.span.high]);
  const domain = mode === 'absolute' ? logDomain(extent) : linearDomain(extent);
  const tickFmt = (v: number) =>
    mode === 'absolute'
      ? formatMoney(v, currency, lang, 3)
      : mode === 'yoy'
        ? `${formatCompact(v, lang)}%`
        : formatCompact(v, lang);
  const axisName = mode === 'yoy' ? m.axisYoy : mode === 'absolute' ? fill(m.axisAbs, { currency }) : m.axisIdx;
  const height = Math.max(180, data.length * 38 + 60);

  const vendorLegend = [...new Map(shown.filter((b) => b.vendorId).map((b) => [b.vendorId!, b.vendorName]))].map(
    ([id, name]) => ({ key: id, label: name, color: vendorColor(id), vendorId: id }),
  );
  const legend = [
    ...vendorLegend,
    ...markLegend(lang, {
      kinds: shown.map((b) => b.kind),
      derived: shown.some((b) => b.derived),
      range: shown.some((b) => b.error),
      lower: shown.some((b) => b.span.bound === 'lower'),
      approx: shown.some((b) => b.span.bound === 'approx'),
    }),
  ];
  const missingLabel = mode === 'yoy' ? m.missingYoy : mode === 'absolute' ? m.missingAbs : m.missingIdx;
  const missingNames = missing.map((e) => `${e.subject[lang]} (${formatPartialDate(e.period, lang)})`);

  return (
    <div className="panel--wide">
      <Panel
        id="revenue-growth"
        title={m.revTitle}
        subtitle={subtitle}
        uses={USES}
        status={combineStatus(queries)}
        isEmpty={bars.length === 0}
        emptyProbe={{ endpoint: 'metrics', query: { metric: [...REVENUE_METRICS] } }}
        table={() =>
          revenueTable(sorted, lang, {
            subject: m.subject,
            vendor: m.vendor,
            region: m.region,
            period: m.period,
            value: m.value,
            stated: m.stated,
            kind: m.kind,
            derived: m.derived,
            source: m.source,
            regionNames: { us: m.regionUs, cn: m.regionCn },
          })
        }
        legend={legend}
        controls={<RevenueControls sortBy={sortBy} onSort={setSortBy} />}
        chartHeight={height}
        notes={
          <>
            {chart.thinned ? <ThinnedNote shown={shown.length} total={chart.total} what={m.thinnedBars} /> : null}
            {missingNames.length > 0 ? (
              <p>
                {missingLabel}
                {m.colon}
                {missingNames.join(', ')}
              </p>
            ) : null}
            {mode === 'absolute' ? (
              <>
                <p>{fill(m.rateNote, { rate: formatPlain(rate, lang, 4) })}</p>
                <p>{m.logNote}</p>
              </>
            ) : null}
            {mode === 'indexed' ? <p>{m.indexNote}</p> : null}
            <p>{m.usageNote}</p>
          </>
        }
      >
        <ChartBox height={height}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 20, right: 190, bottom: 24, left: 8 }}
            barCategoryGap="22%"
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              scale={mode === 'absolute' ? 'log' : 'linear'}
              domain={domain}
              allowDataOverflow
              tickFormatter={tickFmt}
              tick={{ fontSize: 11 }}
              label={{ value: axisName, position: 'insideBottom', offset: -14, fontSize: 12 }}
            />
            <YAxis type="category" dataKey="axisLabel" width={250} tick={{ fontSize: 12 }} interval={0} />
            {mode === 'yoy' ? <StableReferenceLine x={0} stroke="#868e96" /> : null}
            {mode === 'indexed' ? (
              <StableReferenceLine
                x={100}
                stroke="#868e96"
                strokeDasharray="4 2"
                label={{ value: '100', position: 'top', fontSize: 11 }}
              />
            ) : null}
            <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(28,37,65,0.06)' }} />
            <Bar
              dataKey="value"
              isAnimationActive={false}
              shape={<KindBar />}
              cursor="pointer"
              onClick={(d: { payload?: { vendorId?: string | null } }) => {
                const id = d.payload?.vendorId;
                if (id) toggleVendor(id);
              }}
            >
              <ErrorBar dataKey="error" direction="x" width={8} stroke="#1c2541" strokeWidth={1.5} />
              <LabelList dataKey="barLabel" position="right" offset={14} style={{ fontSize: 11, fill: '#343a40' }} />
            </Bar>
          </BarChart>
        </ChartBox>
      </Panel>
    </div>
  );
}
