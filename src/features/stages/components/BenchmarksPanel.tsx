import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useLang } from '../../../shared/i18n/i18n';
import { formatPercent } from '../../../shared/format/number';
import { vendorColor } from '../../../shared/charts/palette';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import { stagesQueries } from '../api/queries';
import {
  benchmarkBars,
  benchmarkDiffs,
  benchmarkTable,
  formatPp,
  shownBenchmarkBars,
  type BenchmarkBar,
} from '../model/benchmarks';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { stagesMessages } from '../messages';
import { useKindOf } from './useKindOf';
import { rangeLabel, withPeriod, yearSpan } from '../model/period';
import { YEAR_MAX, YEAR_MIN } from '../../../shared/filters/state';

/** The scores are not a time series: the time filter does not apply. */
const USES = { vendor: true, region: true, time: false };
const H = 260;

export function BenchmarksPanel() {
  const lang = useLang();
  const m = stagesMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(stagesQueries.models(filters));
  const vendors = useVendorIndex();
  const kindOf = useKindOf();
  const bars = benchmarkBars(query.data?.data ?? [], vendors, lang, kindOf);
  const diffsOf = (of: readonly BenchmarkBar[]) =>
    benchmarkDiffs(of, lang, (a, b) =>
      m.benchDiffHow
        .replace('{to}', `${b.model} ${formatPercent(b.value, lang)}`)
        .replace('{from}', `${a.model} ${formatPercent(a.value, lang)}`),
    );
  /** The bars drawn: all at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const capped = shownBenchmarkBars(bars);
  const shown = capped.shown;
  // The table lists every difference; the notes, those between the bars drawn side by side.
  const diffs = diffsOf(shown);
  const legend = [...new Map(shown.map((b) => [b.vendorId, b.vendorName]))].map(([id, name]) => ({
    key: id,
    label: name,
    color: vendorColor(id),
    vendorId: id,
  }));

  return (
    <Panel
      id="benchmarks"
      title={m.benchTitle}
      subtitle={withPeriod(m.benchSubtitle, yearSpan(bars.map((b) => b.released)) ?? rangeLabel(YEAR_MIN, YEAR_MAX))}
      uses={USES}
      status={query}
      isEmpty={bars.length === 0}
      emptyProbe={{ endpoint: 'models' }}
      table={() =>
        benchmarkTable(bars, diffsOf(bars), lang, {
          model: m.model,
          vendor: m.vendor,
          released: m.released,
          benchmark: m.benchmark,
          score: m.score,
          unit: m.unit,
          kind: m.kind,
          derived: m.derived,
          derivedYes: m.derivedYes,
          source: m.source,
        })
      }
      legend={legend}
      chartHeight={H}
      // Not held with the chart: drawn in the panel's first render, so the held chart is exactly H tall.
      footer={
        diffs.length > 0 ? (
          <p style={{ margin: '2px 0 0', fontSize: 13 }}>
            {diffs
              .map(
                (d) =>
                  `${d.benchmark} ${d.from} → ${d.to}: ${formatPp(d.pp, lang)} ${lang === 'zh' ? `（${m.derivedYes}）` : `(${m.derivedYes})`}`,
              )
              .join(' · ')}
          </p>
        ) : null
      }
      notes={
        <>
          {capped.thinned ? <ThinnedNote shown={shown.length} total={capped.total} what={m.benchThinnedWhat} /> : null}
          {diffs.map((d) => (
            <p key={`${d.from}|${d.to}`}>
              {m.benchDiff} {d.tip.title}: <strong>{d.tip.value}</strong>{' '}
              <span className="kind kind--derived">{m.derivedYes}</span> — {d.tip.derived}
            </p>
          ))}
          <p>{m.benchZero}</p>
        </>
      }
    >
      <ChartBox height={H} scale="linear" mark="bar">
        <BarChart data={shown} margin={{ top: 22, right: 16, bottom: 6, left: 6 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Every model named while they fit; beyond that Recharts leaves out the names that would overlap. */}
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={shown.length > 6 ? 'preserveStartEnd' : 0} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 20, 40, 60, 80, 100]}
            tickFormatter={(v: number) => formatPercent(v, lang, 0)}
            label={{ value: m.benchAxis, angle: -90, position: 'insideLeft', fontSize: 12 }}
            width={60}
          />
          <Tooltip content={<SourceTooltip />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          <Bar dataKey="value" isAnimationActive={false} maxBarSize={90}>
            {shown.map((b) => (
              <Cell key={b.key} fill={vendorColor(b.vendorId)} />
            ))}
            <LabelList
              dataKey="value"
              position="top"
              fontSize={12}
              formatter={(v: unknown) => (typeof v === 'number' ? formatPercent(v, lang) : '')}
            />
          </Bar>
        </BarChart>
      </ChartBox>
    </Panel>
  );
}
