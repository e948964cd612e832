import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { broadcastPoint, clearHover, SyncCursor } from '../../../shared/charts/hoverSync';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang, kindLabel } from '../../../shared/i18n/i18n';
import { formatPartialDate } from '../../../shared/format/number';
import { SourceQuoteInline } from '../../../shared/ui/SourceQuote';
import { timeDomain, yearOfMs, yearTicks } from '../../../shared/charts/time';
import { vendorColor } from '../../../shared/charts/palette';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useSourceIndex } from '../../../shared/ui/useSources';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import type { LegendItem } from '../../../shared/ui/legend';
import { computeQueries } from '../api/queries';
import {
  LANE_Y,
  LEVEL_STEP,
  listedUndated,
  shownMarks,
  timelineMarks,
  timelineTable,
  undatedClaims,
  type TimelineMark,
} from '../model/timeline';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { fill, kindLookup } from '../model/sourceKind';
import { computeMessages } from '../messages';

const USES = { vendor: true, region: true, time: true };
/** Claims are fetched without the time filter: undated ones stay listed, dated ones are kept to the range here. */
const CLAIM_USES = { vendor: true, region: true, time: false };
const HEIGHT = 220;

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TimelineMark;
}

/** Events are filled circles, claims open circles; each carries its number from the list below. */
function Marker({ cx = 0, cy = 0, payload }: DotProps) {
  if (!payload) return null;
  const color = vendorColor(payload.vendorId);
  const isEvent = payload.lane === 'event';
  return (
    <g style={{ cursor: 'pointer' }}>
      <circle cx={cx} cy={cy} r={10} fill={isEvent ? color : '#fff'} stroke={color} strokeWidth={2} />
      <text x={cx} y={cy} dy={4} textAnchor="middle" fontSize={11} fontWeight={700} fill={isEvent ? '#fff' : color}>
        {payload.n}
      </text>
    </g>
  );
}

export function ChipsTimelinePanel() {
  const lang = useLang();
  const m = computeMessages[lang];
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const filters = useListFilters(USES);
  const claimFilters = useListFilters(CLAIM_USES);
  const events = useQuery(computeQueries.events(filters));
  const claims = useQuery(computeQueries.claims(claimFilters));
  const vendors = useVendorIndex();
  const sources = useSourceIndex();
  const kindOf = kindLookup(sources, 'reported');

  const marks = timelineMarks(events.data?.data ?? [], claims.data?.data ?? [], { vendors, lang, from, to, kindOf });
  /** The marks drawn (and listed under the chart): all at the article's scale, evenly thinned beyond the cap. */
  const capped = shownMarks(marks);
  const drawn = capped.shown;
  const undated = undatedClaims(claims.data?.data ?? [], { vendors, lang, kindOf: kindLookup(sources, 'claim') });
  /** The undated claims listed under the chart: all at the article's scale, evenly thinned beyond the cap. */
  const listed = listedUndated(undated);
  const status = {
    isPending: events.isPending || claims.isPending,
    isError: events.isError || claims.isError,
    error: events.error ?? claims.error,
    refetch: () => Promise.all([events.isError ? events.refetch() : null, claims.isError ? claims.refetch() : null]),
    isPlaceholderData: events.isPlaceholderData || claims.isPlaceholderData,
  };
  const maxLevel = Math.max(0, ...drawn.filter((x) => x.lane === 'event').map((x) => x.level));
  const maxClaimLevel = Math.max(0, ...drawn.filter((x) => x.lane === 'claim').map((x) => x.level));
  const laneName = { event: m.laneEvent, claim: m.laneClaim };
  const vendorIds = [
    ...new Set(
      [...drawn.map((x) => x.vendorId), ...listed.shown.flatMap((c) => c.vendorIds)].filter((v): v is string => !!v),
    ),
  ];
  const legend: LegendItem[] = [
    ...vendorIds.map((id) => ({
      key: id,
      label: vendors.get(id)?.name[lang] ?? id,
      color: vendorColor(id),
      vendorId: id,
    })),
    { key: 'event', label: m.legendEvent, color: '#495057', shape: 'square' as const },
    { key: 'claim', label: m.legendClaim, color: '#495057', shape: 'open-circle' as const },
  ];
  // Lanes: chips at 1 (stacked upwards), claims above them.
  const claimBase = LANE_Y.event + (maxLevel + 1) * LEVEL_STEP + 0.4;
  const plotted = drawn.map((x) => (x.lane === 'claim' ? { ...x, y: claimBase + x.level * LEVEL_STEP } : x));
  const yMax = claimBase + maxClaimLevel * LEVEL_STEP + 0.5;

  return (
    <Panel
      id="chips-timeline"
      title={m.chipsTitle}
      subtitle={fill(m.chipsSubtitle, { from, to })}
      uses={USES}
      status={status}
      isEmpty={marks.length === 0 && undated.length === 0}
      emptyProbe={{ endpoint: 'events' }}
      chartHeight={HEIGHT}
      table={() =>
        timelineTable(
          marks,
          undated,
          lang,
          { n: m.hN, date: m.hDate, type: m.hType, item: m.hItem, vendor: m.vendor, kind: m.kind, source: m.source },
          { event: m.laneEvent, claim: m.laneClaim, undated: m.typeUndated },
        )
      }
      legend={legend}
      // The lists under the chart are not held with it: drawn in the panel's first render,
      // they leave the held placeholder exactly the chart's height.
      footer={
        <>
          {drawn.length > 0 ? (
            <div className="compute-list">
              <h4>{m.onTimeline}</h4>
              <ol>
                {drawn.map((x) => (
                  <li key={x.id} value={x.n}>
                    <span className="compute-list__date">{formatPartialDate(x.date, lang)}</span> {x.title}
                    {x.vendorNames ? <span className="compute-list__meta"> · {x.vendorNames}</span> : null}
                    <span className={`kind kind--${x.tip.kind}`}>{kindLabel(x.tip.kind, lang)}</span>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {listed.shown.length > 0 ? (
            <div className="compute-list">
              <h4>{m.undatedHeading}</h4>
              <ul>
                {listed.shown.map((c) => {
                  const src = sources.get(c.sourceId);
                  return (
                    <li key={c.id}>
                      <p>
                        {c.statement}{' '}
                        <span className="compute-list__meta">
                          — {c.speaker}
                          {c.vendorNames ? ` · ${c.vendorNames}` : ''}
                        </span>{' '}
                        <span className={`kind kind--${c.kind}`}>{kindLabel(c.kind, lang)}</span>
                      </p>
                      {src ? (
                        <p className="compute-list__quote">
                          {m.sourceLabel}: <SourceQuoteInline source={src} lang={lang} />
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
              {listed.thinned ? (
                <p className="panel__more">
                  {fill(m.undatedThinned, { shown: String(listed.shown.length), total: String(listed.total) })}
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      }
      notes={
        <>
          {capped.thinned ? <ThinnedNote shown={drawn.length} total={capped.total} what={m.chipsThinnedWhat} /> : null}
          <p>{m.doublingPointer}</p>
        </>
      }
    >
      <ChartBox height={HEIGHT} scale="linear" mark="dot">
        <ScatterChart onMouseLeave={clearHover} margin={{ top: 10, right: 20, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
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
            dataKey="y"
            type="number"
            domain={[0.5, yMax]}
            ticks={[LANE_Y.event, claimBase]}
            tickFormatter={(v: number) => (v === LANE_Y.event ? laneName.event : laneName.claim)}
            tick={{ fontSize: 12 }}
            width={104}
            allowDataOverflow
          />
          <Tooltip content={<SourceTooltip />} cursor={{ strokeDasharray: '3 3' }} />
          <SyncCursor panelId="chips-timeline" />
          <Scatter
            data={plotted}
            onMouseEnter={(d: { payload?: { x?: number } }) => broadcastPoint('chips-timeline', d.payload?.x)}
            isAnimationActive={false}
            shape={(p: DotProps) => <Marker {...p} />}
          />
        </ScatterChart>
      </ChartBox>
    </Panel>
  );
}
