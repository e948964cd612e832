import './revenue.css';
import { useMemo, useState } from 'react';
import { vendorColor } from '../../../shared/charts/palette';
import { useViewStore } from '../../../shared/filters/store';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { formatPartialDate, formatPlain } from '../../../shared/format/number';
import { useLang } from '../../../shared/i18n/i18n';
import type { LegendItem } from '../../../shared/ui/legend';
import { Panel } from '../../../shared/ui/Panel';
import { UNMEASURED_WIDTH } from '../../../shared/ui/ChartBox';
import { isNarrow } from '../../../shared/charts/layout';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { combineStatus } from '../../../shared/ui/status';
import { capRevenueBars } from '../model/caps';
import {
  activePreset,
  ALL_COMPANIES,
  basesWithFigures,
  companies,
  compare,
  familyBases,
  isChosen,
  periodsWithFigures,
  presetSelection,
  toggleCompany,
  type CompareSelection,
  type Company,
  type Family,
  type SortBy,
} from '../model/revenueCompare';
import { REVENUE_METRICS, revenueFigures, type RevenueBasis } from '../model/revenueFigures';
import { indexView } from '../model/revenueIndex';
import { chartRows, leftOutLines, markOf, type MarkUnits } from '../model/revenueMarks';
import { comparisonTable, indexTable, type TableWords } from '../model/revenueTable';
import { fill } from '../model/text';
import { monetizationMessages } from '../messages';
import { markLegend } from './KindBar';
import { CompanyPicker } from './CompanyPicker';
import { basisNames, basisShortNames, RevenueChartControls, RevenueControls } from './RevenueControls';
import { compareChartHeight, RevenueCompareChart, type AxisScale } from './RevenueCompareChart';
import { INDEX_CHART_HEIGHT, RevenueIndexChart } from './RevenueIndexChart';
import { useElementWidth } from './useElementWidth';
import { useMetricPanel } from './useMetricPanel';

const USES = { vendor: true, region: true, time: true };
/** Colours of the two sides in "US vs China". */
const REGION_COLOR = { us: '#1c7ed6', cn: '#e03131' } as const;
/** Below this width the company list sits above the chart, folded (a phone, a narrow window). */
const STACK_BELOW = 720;

export function RevenueGrowthPanel() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const filters = useListFilters(USES);
  const { metrics, sources, vendors, queries } = useMetricPanel(filters, REVENUE_METRICS);
  const mode = useViewStore((s) => s.growthMode);
  const currency = useViewStore((s) => s.currency);
  const rate = useViewStore((s) => s.cnyPerUsd);
  const [sortBy, setSortBy] = useState<SortBy>('value');
  // The comparison is the panel's own (not in the URL): which companies, basis, period, base, axis.
  const [selection, setSelection] = useState<CompareSelection>(ALL_COMPANIES);
  const [want, setWant] = useState<{ basis?: RevenueBasis; period?: string; base?: string }>({});
  const [scale, setScale] = useState<AxisScale>('linear');
  const [wrapRef, wrapWidth] = useElementWidth();
  const [chartRef, chartMeasured] = useElementWidth();
  const stacked = wrapWidth > 0 && wrapWidth < STACK_BELOW;
  // The chart column's width lays the chart out (names beside the rows, or above them on a phone).
  const chartWidth = chartMeasured || UNMEASURED_WIDTH;
  const narrow = isNarrow(chartWidth);

  const { figures } = useMemo(() => revenueFigures(metrics, sources, vendors), [metrics, sources, vendors]);
  const list = useMemo(() => companies(figures, lang, (id) => vendors.get(id)?.name[lang]), [figures, lang, vendors]);
  const labels = useMemo(() => new Map(list.map((c) => [c.series, c.label] as const)), [list]);
  const labelOf = (series: string) => labels.get(series) ?? series;
  const units: MarkUnits = { lang, currency, cnyPerUsd: rate };
  const grouped = selection.groupByRegion;
  const colorOf = (c: Pick<Company, 'vendorId' | 'region'>) =>
    grouped && (c.region === 'us' || c.region === 'cn') ? REGION_COLOR[c.region] : vendorColor(c.vendorId);
  const names = basisNames(m);
  const words: TableWords = { ...m, basisNames: names, regionNames: { us: m.regionUs, cn: m.regionCn } };

  const family: Family = mode === 'yoy' ? 'growth' : 'money';
  const cmp = compare(figures, family, selection, { basis: want.basis, period: want.period });
  const iv = indexView(figures, selection, { basis: want.basis, base: want.base });
  const indexed = mode === 'indexed';

  const marks = cmp.rows.map((f) => {
    const mark = markOf(f, labelOf(f.series), units, m);
    return grouped ? { ...mark, color: colorOf(f) } : mark;
  });
  const capped = capRevenueBars(marks, sortBy, grouped, lang);
  const rows = chartRows(capped.shown, grouped, m);
  const axisScale: AxisScale = family === 'growth' ? 'linear' : scale;
  // Which companies would show here if ticked (the list says "no figure here" of the others).
  const withFigure = new Set(
    indexed
      ? indexView(figures, ALL_COMPANIES, { basis: iv.basis, base: iv.base }).lines.map((l) => l.series)
      : compare(figures, family, ALL_COMPANIES, { basis: cmp.basis, period: cmp.period }).rows.map((f) => f.series),
  );
  const converted = !indexed && family === 'money' && cmp.rows.some((f) => f.currency && f.currency !== currency);

  const period = cmp.period ? formatPartialDate(cmp.period, lang) : '';
  // Figures of a quarter the article does not name, drawn with the chosen quarter of their year.
  const unstated = [...new Set(cmp.rows.filter((f) => f.period !== cmp.period).map((f) => labelOf(f.series)))];
  const base = iv.base ? formatPartialDate(iv.base, lang) : '';
  const basisName = (b: RevenueBasis | null) => (b ? names[b] : '');
  const subtitle = indexed
    ? iv.basis
      ? fill(m.revSubtitleIdx, { basis: basisName(iv.basis), base })
      : m.revSubtitleIdxNone
    : family === 'growth'
      ? fill(m.revSubtitleYoy, { period, scale: m.scaleBars })
      : fill(m.revSubtitleAbs, {
          basis: basisName(cmp.basis),
          currency,
          period,
          scale: axisScale === 'log' ? m.scaleDots : m.scaleBars,
          rateText: converted ? fill(m.revRateText, { rate: formatPlain(rate, lang, 4) }) : '',
        });
  const axisTitle = indexed
    ? fill(m.axisIdx, { base })
    : family === 'growth'
      ? m.axisYoy
      : fill(m.axisRevenue, {
          basis: basisName(cmp.basis),
          currency,
          scale: axisScale === 'log' ? m.axisLogWord : m.axisLinearWord,
        });

  const shownMarks = indexed ? [] : capped.shown;
  const legend: LegendItem[] = [
    ...(grouped
      ? [
          { key: 'r-us', label: m.legendRegionUs, color: REGION_COLOR.us },
          { key: 'r-cn', label: m.legendRegionCn, color: REGION_COLOR.cn },
        ]
      : []),
    ...markLegend(lang, {
      kinds: shownMarks.map((b) => b.kind),
      derived: shownMarks.some((b) => b.derived),
      range: shownMarks.some((b) => b.error),
      lower: shownMarks.some((b) => b.span.bound === 'lower'),
      approx: shownMarks.some((b) => b.span.bound === 'approx'),
    }),
  ];

  const leftOut = leftOutLines(cmp, labelOf, lang, { ...m, basisShort: basisShortNames(m) });
  const leftOutCount = leftOut.reduce((n, l) => n + l.count, 0);
  const chosenCount = list.filter((c) => isChosen(selection, c.series)).length;
  const showAll = () => setSelection(ALL_COMPANIES);
  const familyFigures = figures.filter((f) => familyBases(family).includes(f.basis));
  const basisChoices = indexed ? iv.bases : family === 'money' ? basesWithFigures(figures, 'money', selection) : [];
  const periodChoices = indexed
    ? iv.periods
    : cmp.basis
      ? periodsWithFigures(figures, cmp.basis, selection).map((p) => p.value)
      : [];

  const chart = indexed ? (
    iv.lines.length > 0 ? (
      <RevenueIndexChart
        view={iv}
        labelOf={labelOf}
        lang={lang}
        narrow={narrow}
        axisTitle={axisTitle}
        tipOf={(series, p) => {
          const f = iv.lines.find((l) => l.series === series)?.points.find((q) => q.period === p)?.figure;
          return f ? markOf(f, labelOf(series), units, m).tip : null;
        }}
      />
    ) : (
      <p className="rev-compare__none" role="status">
        {m.indexNone}
      </p>
    )
  ) : rows.length > 0 ? (
    <RevenueCompareChart
      rows={rows}
      scale={axisScale}
      width={chartWidth}
      lang={lang}
      axisTitle={axisTitle}
      percent={family === 'growth'}
      words={m}
    />
  ) : (
    <p className="rev-compare__none" role="status">
      {m.noneChosen}{' '}
      <button type="button" className="btn btn--small" onClick={showAll}>
        {m.showAll}
      </button>
    </p>
  );

  return (
    <div className="panel--wide">
      <Panel
        id="revenue-growth"
        title={m.revTitle}
        subtitle={subtitle}
        uses={USES}
        status={combineStatus(queries)}
        isEmpty={figures.length === 0}
        emptyProbe={{ endpoint: 'metrics', query: { metric: [...REVENUE_METRICS] } }}
        table={() =>
          indexed
            ? indexTable(iv, labelOf, units, words)
            : comparisonTable(
                familyFigures,
                cmp,
                capped.shown.map((b) => b.figureId),
                labelOf,
                (id) => (id ? (vendors.get(id)?.name[lang] ?? id) : '—'),
                (s) => isChosen(selection, s),
                units,
                words,
              )
        }
        legend={legend}
        controls={<RevenueControls sortBy={sortBy} onSort={setSortBy} />}
        chartHeight={(indexed ? INDEX_CHART_HEIGHT : compareChartHeight(Math.max(rows.length, 4), chartWidth)) + 48}
        notes={
          <>
            {chosenCount < list.length ? (
              <p className="rev-compare__chosen">
                {fill(m.chosenNote, { shown: String(chosenCount), total: String(list.length) })}{' '}
                <button type="button" className="btn btn--small" onClick={showAll}>
                  {m.showAll}
                </button>
              </p>
            ) : null}
            {!indexed && capped.thinned ? (
              <ThinnedNote shown={capped.shown.length} total={capped.total} what={m.thinnedBars} />
            ) : null}
            {!indexed && leftOut.length > 0 ? (
              <div className="rev-compare__left-out" data-left-out={leftOutCount}>
                <p>{leftOutCount === 1 ? m.leftOutTitleOne : fill(m.leftOutTitle, { count: String(leftOutCount) })}</p>
                <ul>
                  {leftOut.map((l) => (
                    <li key={l.text}>{l.text}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {!indexed && cmp.without.length > 0 ? (
              <p>
                {family === 'growth' ? m.withoutGrowth : m.withoutMoney}
                {m.colon}
                {cmp.without.map(labelOf).join(m.listSep)}
              </p>
            ) : null}
            {!indexed && unstated.length > 0 ? (
              <p data-quarter-unstated={unstated.length}>
                {fill(m.quarterUnstatedNote, { period })}
                {m.colon}
                {unstated.join(m.listSep)}
              </p>
            ) : null}
            {!indexed && cmp.unchosen > 0 ? <p>{fill(m.unchosenNote, { count: String(cmp.unchosen) })}</p> : null}
            {converted ? <p>{fill(m.rateNote, { rate: formatPlain(rate, lang, 4) })}</p> : null}
            {indexed && iv.basis ? <p>{fill(m.indexNote, { base })}</p> : null}
            {indexed && iv.single.length > 0 ? (
              <p data-index-single={iv.single.length}>
                {m.indexSingle}
                {m.colon}
                {iv.single.map((f) => `${labelOf(f.series)} (${formatPartialDate(f.period, lang)})`).join(m.listSep)}
              </p>
            ) : null}
            {indexed && iv.noBase.length > 0 ? (
              <p>
                {m.indexNoBase} ({base}){m.colon}
                {iv.noBase.map(labelOf).join(m.listSep)}
              </p>
            ) : null}
            <p>{m.usageNote}</p>
          </>
        }
      >
        <div ref={wrapRef} className={`rev-compare${stacked ? ' rev-compare--stacked' : ''}`}>
          <div ref={chartRef} className="rev-compare__chart">
            <RevenueChartControls
              bases={basisChoices}
              basis={indexed ? iv.basis : cmp.basis}
              onBasis={(b) => setWant((w) => ({ ...w, basis: b, period: undefined, base: undefined }))}
              periods={periodChoices}
              period={indexed ? iv.base : cmp.period}
              onPeriod={(p) => setWant((w) => (indexed ? { ...w, base: p } : { ...w, period: p }))}
              periodLabel={indexed ? m.baseLabel : m.periodLabel}
              {...(mode === 'absolute' ? { scale, onScale: setScale } : {})}
            />
            {chart}
          </div>
          <CompanyPicker
            list={list}
            selection={selection}
            active={activePreset(selection, figures)}
            withFigure={withFigure}
            noFigure={indexed ? m.companyNoLine : m.companyNoFigure}
            folded={stacked}
            colorOf={colorOf}
            onPreset={(p) => setSelection(presetSelection(p, figures))}
            onToggle={(s) =>
              setSelection((sel) =>
                toggleCompany(
                  sel,
                  list.map((c) => c.series),
                  s,
                ),
              )
            }
          />
        </div>
      </Panel>
    </div>
  );
}
