import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { useViewStore } from '../../../shared/filters/store';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { formatCompact, formatPartialDate, formatPercent } from '../../../shared/format/number';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { MoreNote, NOTE_LIST_CAP } from '../../../shared/ui/MoreNote';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { byReach, capReachBars } from '../model/caps';
import { formatSpan, spanOf } from '../model/figures';
import { REACH_METRICS, reachBars, reachTable } from '../model/reach';
import { logDomain } from '../model/revenue';
import { fill, periodList } from '../model/text';
import { monetizationMessages } from '../messages';
import { combineStatus } from '../../../shared/ui/status';
import { useMetricPanel } from './useMetricPanel';
import { KindBar, markLegend } from './KindBar';

const USES = { vendor: true, region: true, time: true };

export function ReachPanel() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const filters = useListFilters(USES);
  const { metrics, sources, vendors, queries } = useMetricPanel(filters, REACH_METRICS);
  const toggleVendor = useViewStore((s) => s.toggleVendor);

  const { bars, targets } = reachBars(metrics, vendors, sources, lang, {
    metricNames: {
      'weekly-active-users': m.weeklyActives,
      'daily-active-users': m.dailyActives,
      'monthly-active-users': m.monthlyActives,
      'paying-conversion-target': m.conversionTarget,
      'advertisers-using-genai': m.advertisers,
    },
    payers: m.payers,
    derivedPayers: m.derivedPayers,
    usersUnit: m.usersUnit,
    advertisersUnit: m.advertisersUnit,
  });
  const data = byReach(bars).map((b) => ({
    ...b,
    barLabel: `${b.display} · ${kindLabel(b.kind, lang)}${b.derived ? ` · ${m.computed}` : ''}`,
  }));
  // The table lists every bar; the chart draws the largest REACH_BAR_CAP.
  const chart = capReachBars(data);
  const shown = chart.shown;
  const periods = periodList(
    bars.map((b) => b.period),
    (p) => formatPartialDate(p, lang),
  );
  const domain = logDomain(shown.flatMap((b) => [b.span.low, b.span.high]));
  const height = Math.max(160, shown.length * 44 + 60);
  // Vendors of the drawn bars, in the order the figures come (as before thinning).
  const drawn = new Set(shown.map((b) => b.key));
  const vendorIds = [...new Set(bars.filter((b) => drawn.has(b.key)).map((b) => b.vendorId))];
  const legend = [
    ...vendorIds.map((id) => ({
      key: id,
      label: vendors.get(id)?.name[lang] ?? id,
      color: vendorColor(id),
      vendorId: id,
    })),
    ...markLegend(lang, {
      kinds: shown.map((b) => b.kind),
      derived: shown.some((b) => b.derived),
      range: shown.some((b) => b.error),
      lower: shown.some((b) => b.span.bound === 'lower'),
    }),
  ];
  const hasCn = metrics.some((x) => x.vendorId && vendors.get(x.vendorId)?.region === 'cn');

  return (
    <Panel
      id="reach"
      title={m.reachTitle}
      subtitle={fill(m.reachSubtitle, { periods })}
      uses={USES}
      status={combineStatus(queries)}
      isEmpty={bars.length === 0}
      emptyProbe={{ endpoint: 'metrics', query: { metric: [...REACH_METRICS] } }}
      table={() => reachTable(data, lang, m)}
      legend={legend}
      chartHeight={height}
      notes={
        <>
          {chart.thinned ? <ThinnedNote shown={shown.length} total={chart.total} what={m.thinnedBars} /> : null}
          {targets.slice(0, NOTE_LIST_CAP).map((t) => {
            const s = spanOf(t);
            return s ? (
              <p key={t.id}>
                {fill(m.targetNote, {
                  vendor: vendors.get(t.vendorId!)?.name[lang] ?? t.vendorId!,
                  target: formatSpan(s, (n) => formatPercent(n, lang)),
                })}
              </p>
            ) : null;
          })}
          <MoreNote hidden={targets.length - NOTE_LIST_CAP} />
          {hasCn ? <p>{m.chinaNote}</p> : null}
        </>
      }
    >
      <ChartBox height={height}>
        <BarChart
          data={shown}
          layout="vertical"
          margin={{ top: 8, right: 170, bottom: 24, left: 8 }}
          barCategoryGap="24%"
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            scale="log"
            domain={domain}
            allowDataOverflow
            tickFormatter={(v: number) => formatCompact(v, lang)}
            tick={{ fontSize: 11 }}
            label={{ value: m.axisCount, position: 'insideBottom', offset: -14, fontSize: 12 }}
          />
          <YAxis type="category" dataKey="label" width={220} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(28,37,65,0.06)' }} />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            shape={<KindBar />}
            cursor="pointer"
            onClick={(d: { payload?: { vendorId?: string } }) => {
              const id = d.payload?.vendorId;
              if (id) toggleVendor(id);
            }}
          >
            <ErrorBar dataKey="error" direction="x" width={8} stroke="#1c2541" />
            <LabelList dataKey="barLabel" position="right" offset={14} style={{ fontSize: 11, fill: '#343a40' }} />
          </Bar>
        </BarChart>
      </ChartBox>
    </Panel>
  );
}
