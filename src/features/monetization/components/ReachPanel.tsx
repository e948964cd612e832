import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { formatPartialDate, formatPercent } from '../../../shared/format/number';
import { countTick, DOT_PAD, logScale } from '../../../shared/charts/scale';
import { rowChartHeight, rowLayout } from '../../../shared/charts/layout';
import { DotMark, type DotSpec } from '../../../shared/charts/DotMark';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { MoreNote, NOTE_LIST_CAP } from '../../../shared/ui/MoreNote';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { byReach, capReachBars } from '../model/caps';
import { formatSpan, spanOf } from '../model/figures';
import { REACH_METRICS, reachBars, reachTable } from '../model/reach';
import { kindDot } from '../model/dots';
import { fill, periodList } from '../model/text';
import { monetizationMessages } from '../messages';
import { combineStatus } from '../../../shared/ui/status';
import { useMetricPanel } from './useMetricPanel';
import { markLegend } from './KindBar';

const USES = { vendor: true, region: true, time: true };
/** The desktop layout of the rows: names on a category axis, labels beside the dots. */
const WIDE = { categoryWidth: 220, right: 16, rowHeight: 44 };

const dotOf = (p: unknown) => (p as { dot?: DotSpec }).dot;

export function ReachPanel() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const filters = useListFilters(USES);
  const { metrics, sources, vendors, queries } = useMetricPanel(filters, REACH_METRICS);

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
  // Users from 1M advertisers to 250M weekly actives: orders of magnitude apart, so dots on a log axis.
  const rows = shown.map((b, row) => ({
    ...b,
    row,
    dot: kindDot({ ...b, color: vendorColor(b.vendorId), label: b.barLabel, name: b.label }),
  }));
  const heightAt = (width: number) => rowChartHeight(rowLayout(width, WIDE), rows.length, 160);
  const height = heightAt(654);
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
      dots: true,
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
      <ChartBox height={heightAt} scale="log" mark="dot">
        {(width) => {
          const layout = rowLayout(width, WIDE);
          const x = logScale(
            rows.flatMap((b) => [b.span.low, b.span.high]),
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
                tickFormatter={countTick(lang)}
                tick={{ fontSize: 11 }}
                label={{ value: m.axisCount, position: 'insideBottom', offset: -14, fontSize: 12 }}
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
                  <DotMark {...p} spec={dotOf} nameAbove={layout.namesAbove} />
                )}
              />
            </ScatterChart>
          );
        }}
      </ChartBox>
    </Panel>
  );
}
