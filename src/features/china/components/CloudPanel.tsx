import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { parseRate } from '../../../shared/format/currency';
import { vendorColor } from '../../../shared/charts/palette';
import { useViewStore } from '../../../shared/filters/store';
import type { Currency } from '../../../shared/filters/state';
import { formatPercent } from '../../../shared/format/number';
import { useLang } from '../../../shared/i18n/i18n';
import type { LegendItem } from '../../../shared/ui/legend';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { nameAbove } from '../../../shared/charts/NameAbove';
import { nameLines, rowChartHeight, rowLayout } from '../../../shared/charts/layout';
import { linearScale, moneyTick } from '../../../shared/charts/scale';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { chinaQueries } from '../api/queries';
import {
  cloudTable,
  clouds,
  CN_CLOUD_METRICS,
  percentRows,
  revenueBars,
  revenuePeriods,
  shownClouds,
  US_CLOUD_METRICS,
  US_CLOUD_VENDORS,
  type Measure,
} from '../model/cloud';
import { comparisonFilters } from '../model/region';
import { combineStatus, IDLE_STATUS } from '../../../shared/ui/status';
import { fill } from '../model/text';
import {
  CHART_TITLE_HEIGHT,
  boundLabel,
  useChinaMessages,
  useChinaScope,
  useKindOf,
  type ChinaMessages,
} from './common';

const USES = { vendor: true, region: true, time: true };
const CURRENCIES: Currency[] = ['USD', 'CNY'];
const REVENUE_HEIGHT = 210;
/** The desktop layout of the growth and share rows: names on a category axis, figures beside the bars. */
const PCT_WIDE = { categoryWidth: 200, right: 70, rowHeight: 30, top: 4, bottom: 4 };

function measureLabel(x: Measure, m: ChinaMessages): string {
  return x === 'growth' ? m.measureGrowth : x === 'ai-growth' ? m.measureAiGrowth : m.measureAiShare;
}

interface GlyphProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  payload?: { isRange?: boolean; open?: number | null; comparison?: boolean };
}

/**
 * One bar glyph for exact figures (solid), ranges (light floating bar with
 * solid ends) and lower bounds (dashed stem, open circle at the bound, arrow
 * pointing on: "more than").
 */
function BarGlyph({ x = 0, y = 0, width = 0, height = 0, fill: color = '#868e96', payload }: GlyphProps) {
  if (payload?.open != null) {
    const cy = y + height / 2;
    const end = x + width;
    return (
      <g>
        <line x1={x} y1={cy} x2={end} y2={cy} stroke={color} strokeWidth={2} strokeDasharray="4 3" />
        <circle cx={end} cy={cy} r={6} fill="#fff" stroke={color} strokeWidth={2} />
        <path
          d={`M${end + 9} ${cy - 5} L${end + 17} ${cy} L${end + 9} ${cy + 5}`}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      </g>
    );
  }
  const dash = payload?.comparison ? '4 2' : undefined;
  if (payload?.isRange) {
    return (
      <rect
        x={x}
        y={y}
        width={Math.max(width, 3)}
        height={Math.max(height, 3)}
        fill={color}
        fillOpacity={0.35}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dash}
      />
    );
  }
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      fill={color}
      fillOpacity={payload?.comparison ? 0.6 : 1}
      stroke={payload?.comparison ? color : 'none'}
      strokeDasharray={dash}
    />
  );
}

function RateInput({ label }: { label: string }) {
  const rate = useViewStore((s) => s.cnyPerUsd);
  const setRate = useViewStore((s) => s.setRate);
  const [draft, setDraft] = useState<{ text: string; rate: number } | null>(null);
  const shown = draft && draft.rate === rate ? draft.text : String(rate);
  return (
    <label className="china-rate">
      {label}
      <input
        type="number"
        inputMode="decimal"
        min={0.01}
        step={0.01}
        value={shown}
        onChange={(e) => {
          const n = parseRate(e.target.value);
          if (n !== null) setRate(n);
          setDraft({ text: e.target.value, rate: n ?? rate });
        }}
      />
    </label>
  );
}

export function CloudPanel() {
  const lang = useLang();
  const m = useChinaMessages();
  const kindOf = useKindOf();
  const currency = useViewStore((s) => s.currency);
  const cnyPerUsd = useViewStore((s) => s.cnyPerUsd);
  const setCurrency = useViewStore((s) => s.setCurrency);
  const [compare, setCompare] = useState(false);
  const { shared, own, excluded } = useChinaScope(USES);
  const usFilters = comparisonFilters(shared, US_CLOUD_VENDORS, 'us');
  const cnQ = useQuery({ ...chinaQueries.metrics(own, CN_CLOUD_METRICS), enabled: !excluded });
  const usQ = useQuery({
    ...chinaQueries.metrics(usFilters ?? {}, US_CLOUD_METRICS),
    enabled: !excluded && compare && usFilters !== null,
  });
  const status = excluded ? IDLE_STATUS : combineStatus(compare && usFilters ? [cnQ, usQ] : [cnQ]);

  const cs = excluded
    ? []
    : [
        ...clouds(cnQ.data?.data ?? [], false, lang, kindOf),
        ...(compare && usFilters ? clouds(usQ.data?.data ?? [], true, lang, kindOf) : []),
      ];
  const display = { currency, cnyPerUsd, lang };
  const words = {
    measureLabel: (x: Measure) => measureLabel(x, m),
    guidance: m.guidance,
    converted: (reported: string, rate: string, op: '÷' | '×') => fill(m.converted, { reported, rate, op }),
  };
  // Every cloud at the article's scale; beyond the cap, the largest by revenue (the table keeps all).
  const drawn = shownClouds(cs, display);
  const bars = revenueBars(drawn.shown, display, words);
  const pct = percentRows(drawn.shown, lang, words);
  const pctRows = pct.map((r) => ({ ...r, v: r.bar ?? r.open, nameLine: `${r.label} — ${r.text}` }));
  const pctLayoutAt = (width: number) =>
    rowLayout(
      width,
      PCT_WIDE,
      nameLines(
        pctRows.map((r) => r.nameLine),
        width,
      ),
    );
  const pctHeightAt = (width: number) => rowChartHeight(pctLayoutAt(width), pct.length, 60);
  const pctHeight = pctHeightAt(654);
  // Both charts are bars from zero on linear axes with round 1-2-5 ticks (was 0/9.5/19/28.5/38亿).
  const revenueAxis = linearScale(bars.map((b) => (Array.isArray(b.value) ? b.value[1] : b.value)));
  const converted = bars.some((b) => b.tip.derived);
  const periods = revenuePeriods(drawn.shown, lang);
  const subtitle = `${fill(converted ? m.cloudSubtitleConverted : m.cloudSubtitleNative, { periods: periods || '—', currency, rate: cnyPerUsd })} · ${m.cloudSubtitlePct}`;
  const pctValues = [10, ...pct.map((r) => (Array.isArray(r.bar) ? r.bar[1] : (r.bar ?? r.open ?? 0)))];
  const legend: LegendItem[] = drawn.shown.map((c) => ({
    key: c.vendorId,
    label: c.comparison ? `${c.name} (${m.comparisonTag})` : c.name,
    color: vendorColor(c.vendorId),
    vendorId: c.vendorId,
  }));
  if (bars.some((b) => b.isRange) || pct.some((r) => Array.isArray(r.bar)))
    legend.push({ key: 'range', label: m.rangeLegend, color: '#868e96', shape: 'square' });
  if (pct.some((r) => r.open !== null))
    legend.push({ key: 'lower', label: m.lowerLegend, color: '#495057', shape: 'open-circle' });

  const controls = (
    <>
      <div className="seg" role="group" aria-label={m.currency}>
        {CURRENCIES.map((c) => (
          <button
            key={c}
            type="button"
            className="seg__btn"
            aria-pressed={currency === c}
            data-currency={c}
            onClick={() => setCurrency(c)}
          >
            {c}
          </button>
        ))}
      </div>
      <RateInput label={m.rate} />
      <button
        type="button"
        className="btn btn--small"
        aria-pressed={compare}
        onClick={() => setCompare((v) => !v)}
        disabled={excluded}
      >
        {m.compareUs}
      </button>
    </>
  );

  return (
    <Panel
      id="china-cloud"
      title={m.cloudTitle}
      subtitle={subtitle}
      uses={USES}
      status={status}
      isEmpty={cs.length === 0}
      emptyProbe={{ endpoint: 'metrics', query: { metric: CN_CLOUD_METRICS, region: 'cn' } }}
      table={() =>
        cloudTable(
          cs,
          display,
          {
            cloud: m.colCloud,
            measure: m.colMeasure,
            period: m.colPeriod,
            value: m.colValue,
            reported: m.colReported,
            bound: m.colBound,
            kind: m.colKind,
            derived: m.colDerived,
            source: m.colSource,
          },
          {
            ...words,
            revenueLabel: m.revenue,
            guidanceLabel: m.revenueGuidance,
            boundLabel: (b) => boundLabel(b, m),
            comparisonTag: m.comparisonTag,
          },
        )
      }
      legend={legend}
      controls={controls}
      chartHeight={2 * CHART_TITLE_HEIGHT + REVENUE_HEIGHT + pctHeight}
      notes={
        <>
          {drawn.thinned ? <ThinnedNote shown={drawn.shown.length} total={drawn.total} what={m.thinnedClouds} /> : null}
          {pct.some((r) => r.open !== null) ? <p>{m.cloudNote}</p> : null}
          {compare ? <p>{usFilters ? m.comparisonNote : m.comparisonFiltered}</p> : null}
        </>
      }
    >
      <ChartBox height={REVENUE_HEIGHT} scale="linear" mark="bar" heading={m.cloudRevenueTitle}>
        <BarChart data={bars} margin={{ top: 20, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis
            domain={revenueAxis.domain}
            ticks={revenueAxis.ticks}
            tickFormatter={moneyTick(currency, lang)}
            tick={{ fontSize: 11 }}
            width={64}
          />
          <Tooltip content={<SourceTooltip />} />
          <Bar dataKey="value" isAnimationActive={false} shape={(p: GlyphProps) => <BarGlyph {...p} />} maxBarSize={72}>
            {bars.map((b) => (
              <Cell key={b.key} fill={vendorColor(b.vendorId)} />
            ))}
            <LabelList dataKey="text" position="top" fontSize={11} fill="#212529" />
          </Bar>
        </BarChart>
      </ChartBox>
      <ChartBox height={pctHeightAt} scale="linear" mark="bar" heading={m.cloudPctTitle}>
        {(width) => {
          const layout = pctLayoutAt(width);
          // Room past the largest figure for a lower bound's arrow.
          const x = linearScale(pctValues, { target: layout.ticks, headroom: 0.08 });
          return (
            <BarChart data={pctRows} layout="vertical" margin={layout.margin}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                domain={x.domain}
                ticks={x.ticks}
                tickFormatter={(v: number) => formatPercent(v, lang, 0)}
                tick={{ fontSize: 11 }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={layout.categoryWidth}
                hide={layout.namesAbove}
                tick={{ fontSize: 10.5 }}
                interval={0}
              />
              <Tooltip content={<SourceTooltip />} />
              <Bar dataKey="v" isAnimationActive={false} shape={(p: GlyphProps) => <BarGlyph {...p} />} barSize={14}>
                {pct.map((r) => (
                  <Cell key={r.key} fill={vendorColor(r.vendorId)} />
                ))}
                {layout.namesAbove ? (
                  <LabelList dataKey="nameLine" content={nameAbove(width)} />
                ) : (
                  <LabelList dataKey="text" position="right" offset={22} fontSize={11} fill="#212529" />
                )}
              </Bar>
            </BarChart>
          );
        }}
      </ChartBox>
    </Panel>
  );
}
