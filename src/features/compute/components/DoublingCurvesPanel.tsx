import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { broadcastHover, SyncCursor } from '../../../shared/charts/hoverSync';
import { useViewStore } from '../../../shared/filters/store';
import { useLang, useT } from '../../../shared/i18n/i18n';
import { timeDomain, yearOfMs, yearTicks } from '../../../shared/charts/time';
import { vendorColor } from '../../../shared/charts/palette';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useSourceIndex } from '../../../shared/ui/useSources';
import type { LegendItem } from '../../../shared/ui/legend';
import { computeQueries } from '../api/queries';
import {
  defaultBaseYear,
  doublingCurves,
  doublingTable,
  formatIndex,
  indexTicks,
  sampleCurves,
  shownCurves,
  spanMultiples,
  type CurvePoint,
} from '../model/doubling';
import { fill, kindLookup } from '../model/sourceKind';
import { computeMessages } from '../messages';
import { StableReferenceLine } from '../../../shared/charts/stableReference';

/** Industry-wide claims: vendor and region do not apply; the time range sets the axis. */
const USES = { vendor: false, region: false, time: true };
/** The claims are read unfiltered: a claimed rate holds for the whole axis, whenever it was made. */
const NO_FILTERS = {};
const HEIGHT = 300;

export function DoublingCurvesPanel() {
  const lang = useLang();
  const t = useT();
  const m = computeMessages[lang];
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const query = useQuery(computeQueries.claims(NO_FILTERS));
  const sources = useSourceIndex();
  const [picked, setPicked] = useState<number | null>(null);

  const curves = useMemo(
    () => doublingCurves(query.data?.data ?? [], lang, kindLookup(sources, 'claim'), m),
    [query.data, lang, sources, m],
  );
  /** The curves drawn: all at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const capped = useMemo(() => shownCurves(curves), [curves]);
  const shown = capped.shown;
  const baseYear = picked !== null && picked >= from && picked <= to ? picked : defaultBaseYear(curves, from, to);
  const points = useMemo(
    () => sampleCurves(shown, { from, to, baseYear, lang, words: m }),
    [shown, from, to, baseYear, lang, m],
  );
  const values = points.flatMap((p) => Object.values(p.index));
  const ticks = indexTicks(Math.min(...values, 1), Math.max(...values, 1));
  const spans = spanMultiples(shown, baseYear, to);
  const years: number[] = [];
  for (let y = from; y <= to; y++) years.push(y);

  const colorOf = (vendorIds: string[]) => vendorColor(vendorIds[0] ?? null);
  const legend: LegendItem[] = shown.map((c) => ({
    key: c.claimId,
    label: c.label,
    color: colorOf(c.vendorIds),
    shape: c.atLeast ? 'dashed' : 'line',
  }));
  const last = points.length - 1;

  return (
    <Panel
      id="doubling-curves"
      title={m.doublingTitle}
      subtitle={fill(m.doublingSubtitle, { base: baseYear, from, to })}
      uses={USES}
      status={query}
      isEmpty={curves.length === 0}
      table={() =>
        doublingTable(curves, {
          from,
          to,
          baseYear,
          lang,
          words: m,
          h: {
            claim: m.hClaim,
            date: m.hDate,
            index: m.hIndex,
            doubling: m.hDoubling,
            derived: m.hDerived,
            kind: m.kind,
            source: m.source,
          },
        })
      }
      legend={legend}
      chartHeight={HEIGHT}
      controls={
        <label className="compute-control">
          {m.baseYear}{' '}
          <select value={baseYear} onChange={(e) => setPicked(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      }
      notes={
        <>
          {capped.thinned ? (
            <ThinnedNote shown={shown.length} total={capped.total} what={m.doublingThinnedWhat} />
          ) : null}
          <p>
            {fill(m.spanNote, { base: baseYear, to, years: spans[0]?.years ?? to + 1 - baseYear })}{' '}
            {spans.map((s) => `${s.label}: ${s.atLeast ? '≥ ' : ''}${formatIndex(s.multiple, lang)}×`).join(' · ')}{' '}
            <span className="kind kind--derived">{t('derived')}</span>
          </p>
          {shown.some((c) => c.atLeast) ? <p>{m.lowerCurveNote}</p> : null}
          <p>{m.industryNote}</p>
        </>
      }
    >
      <ChartBox height={HEIGHT} scale="log" mark="line">
        <LineChart
          data={points}
          {...broadcastHover('doubling-curves')}
          margin={{ top: 12, right: 56, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={timeDomain(from, to)}
            ticks={yearTicks(from, to)}
            tickFormatter={(ms: number) => String(yearOfMs(ms))}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            scale="log"
            type="number"
            domain={[ticks[0]!, ticks[ticks.length - 1]!]}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(v: number) => `${formatIndex(v, lang)}×`}
            tick={{ fontSize: 12 }}
            width={60}
            label={{ value: m.indexAxis, angle: -90, position: 'insideLeft', fontSize: 12, dy: 30 }}
          />
          <StableReferenceLine y={1} stroke="#868e96" strokeDasharray="2 2" />
          <StableReferenceLine
            x={Date.UTC(baseYear, 0, 1)}
            stroke="#868e96"
            strokeDasharray="2 2"
            label={{ value: m.baseLine, position: 'insideTopLeft', fontSize: 11, fill: '#495057' }}
          />
          <Tooltip content={<SourceTooltip />} />
          <SyncCursor panelId="doubling-curves" />
          {shown.map((c) => (
            <Line
              key={c.claimId}
              type="monotone"
              dataKey={(d: CurvePoint) => d.index[c.claimId]}
              name={c.label}
              stroke={colorOf(c.vendorIds)}
              strokeWidth={2}
              strokeDasharray={c.atLeast ? '7 4' : undefined}
              dot={false}
              isAnimationActive={false}
              // The end value only; nothing for the other samples (an empty element per sample was most of the SVG).
              label={(props: { index?: number; x?: number | string; y?: number | string; value?: unknown }) =>
                props.index === last && typeof props.value === 'number' ? (
                  <text
                    key={`end-${c.claimId}`}
                    x={Number(props.x) + 4}
                    y={Number(props.y)}
                    dy={4}
                    fontSize={11}
                    fill={colorOf(c.vendorIds)}
                  >
                    {`${c.atLeast ? '≥ ' : ''}${formatIndex(props.value, lang)}×`}
                  </text>
                ) : null
              }
            />
          ))}
        </LineChart>
      </ChartBox>
    </Panel>
  );
}
