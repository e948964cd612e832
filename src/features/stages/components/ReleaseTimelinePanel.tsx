import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, pattern, patterns } from 'recharts';
import { broadcastPoint, clearHover, SyncCursor } from '../../../shared/charts/hoverSync';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang } from '../../../shared/i18n/i18n';
import { formatPartialDate } from '../../../shared/format/number';
import { vendorColor } from '../../../shared/charts/palette';
import { timeDomain, yearOfMs, yearTicks } from '../../../shared/charts/time';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import type { LegendItem } from '../../../shared/ui/legend';
import { stagesQueries } from '../api/queries';
import {
  releaseItems,
  stageBands,
  timelineLayout,
  timelineMarks,
  timelineTable,
  TIMELINE_ROW_CAP,
  type TimelineLabels,
  type TimelinePoint,
} from '../model/timeline';
import { stagesMessages } from '../messages';
import { BandLabel, LANE_H } from './BandLabel';
import { TimeBrush } from './TimeBrush';
import { useKindOf } from './useKindOf';
import { combineStatus } from '../../../shared/ui/status';
import { rangeLabel, withPeriod } from '../model/period';
import { StableReferenceArea } from '../../../shared/charts/stableReference';
import { fill } from '../../../shared/i18n/fill';

const USES = { vendor: true, region: true, time: true };
/**
 * Stage-label lanes the loading state holds room for: the article's stages
 * need two over the default range (overlapping stages take a lane each).
 */
const LOADING_LANES = 2;
const Y_AXIS_W = 96;
/** Right margin, shared with the brush strip (room for its end label). */
const RIGHT = 36;
/** Stage colours: the label strip above the rows, and the light shading behind them. */
const BAND_HEAD = ['#d0ebff', '#ffe8cc', '#d3f9d8', '#e5dbff'];
const BAND_BODY = ['#f1f8ff', '#fff8ef', '#f0fbf2', '#f6f3ff'];
const FUTURE_FILL = { color: '#dee2e6', definition: pattern({ ...patterns.diagonal, color: '#adb5bd', opacity: 0.6 }) };

export function ReleaseTimelinePanel() {
  const lang = useLang();
  const m = stagesMessages[lang];
  const filters = useListFilters(USES);
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const toggleVendor = useViewStore((s) => s.toggleVendor);
  const models = useQuery(stagesQueries.models(filters));
  const events = useQuery(stagesQueries.events(filters));
  const stages = useQuery(stagesQueries.stages({ from: filters.from, to: filters.to }));
  const vendors = useVendorIndex();
  const kindOf = useKindOf();

  const labels: TimelineLabels = useMemo(
    () => ({
      noVendor: m.noVendor,
      kinds: {
        model: m.kindModel,
        product: m.kindProduct,
        chip: m.kindChip,
        server: m.kindServer,
        platform: m.kindPlatform,
        event: m.kindEvent,
      },
    }),
    [m],
  );
  const domain = timeDomain(from, to);
  const items = releaseItems(models.data?.data ?? [], events.data?.data ?? [], vendors, lang, labels, kindOf);
  /** The rows and dots drawn: all at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const marks = timelineMarks(items, lang, labels);
  const { rows, points } = marks;
  const bands = stageBands(stages.data?.data ?? [], domain, lang);
  const status = combineStatus([models, events, stages]);
  const lanes = bands.reduce((n, b) => Math.max(n, b.lane + 1), 0);
  // While loading, the height of a full timeline: what the default view draws from 6 vendors up.
  const { headRoom, laneRows, height } = status.isPending
    ? timelineLayout(TIMELINE_ROW_CAP, LOADING_LANES, LANE_H)
    : timelineLayout(rows.length, lanes, LANE_H);
  /** The y domain starts above the first vendor row, with room for the band labels. */
  const top = -0.5 - headRoom;

  const legend: LegendItem[] = [
    ...rows
      .filter((r) => r.vendorId)
      .map((r) => ({ key: r.key, label: r.label, color: vendorColor(r.vendorId), vendorId: r.vendorId! })),
    { key: 'imprecise', label: m.imprecise, color: '#495057', shape: 'open-circle' as const },
    ...(bands.some((b) => b.future)
      ? [{ key: 'future', label: m.futureBand, color: '#adb5bd', shape: 'dashed' as const }]
      : []),
  ];

  return (
    <div className="panel--wide">
      <Panel
        id="release-timeline"
        title={m.timelineTitle}
        subtitle={withPeriod(m.timelineSubtitle, rangeLabel(from, to))}
        uses={USES}
        status={status}
        isEmpty={items.length === 0}
        emptyProbe={{ endpoint: 'models' }}
        chartHeight={height}
        table={() =>
          timelineTable(items, lang, labels, {
            name: m.release,
            date: m.date,
            vendor: m.vendor,
            kind: m.recordKind,
            sourceKind: m.kind,
            source: m.source,
          })
        }
        legend={legend}
        footer={<TimeBrush leftInset={Y_AXIS_W + 4} rightInset={RIGHT} />}
        notes={
          <>
            {marks.thinned ? (
              <ThinnedNote shown={marks.shown} total={marks.total} what={m.timelineThinnedWhat} />
            ) : null}
            {marks.rowsThinned ? <p>{fill(m.timelineRowsNote, { n: String(rows.length) })}</p> : null}
            {bands.length > 0 ? (
              <details>
                <summary>{m.stagesNote}</summary>
                <ul>
                  {bands.map((b) => (
                    <li key={b.id}>
                      <strong>{b.label}</strong> ({formatPartialDate(b.start, lang)}–
                      {b.end ? formatPartialDate(b.end, lang) : m.openEnded}
                      {b.future ? `, ${m.stagesNoteFuture}` : ''}): {b.datesBasis}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {points.some((p) => p.items.length > 1) ? <p>{m.sameDay}.</p> : null}
          </>
        }
      >
        <ChartBox height={height}>
          <ScatterChart onMouseLeave={clearHover} margin={{ top: 4, right: RIGHT, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            {bands.map((b, i) => (
              <StableReferenceArea
                key={`${b.id}-body`}
                x1={b.x1}
                x2={b.x2}
                y1={-0.5}
                y2={rows.length - 0.5}
                ifOverflow="hidden"
                fill={b.future ? FUTURE_FILL : BAND_BODY[i % BAND_BODY.length]}
                fillOpacity={b.future ? 0.35 : 0.7}
              />
            ))}
            {bands.map((b, i) => (
              <StableReferenceArea
                key={`${b.id}-head`}
                x1={b.x1}
                x2={b.x2}
                y1={top + b.lane * laneRows}
                y2={top + (b.lane + 1) * laneRows - 0.04}
                ifOverflow="hidden"
                fill={b.future ? FUTURE_FILL : BAND_HEAD[i % BAND_HEAD.length]}
                fillOpacity={b.future ? 0.6 : 1}
                stroke="#fff"
                strokeDasharray={b.future ? '4 3' : undefined}
                label={<BandLabel value={b.label} muted={b.future} />}
              />
            ))}
            <XAxis
              type="number"
              dataKey="x"
              domain={domain}
              ticks={yearTicks(from, to)}
              tickFormatter={(v: number) => String(yearOfMs(v))}
              allowDataOverflow
              tick={{ fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="row"
              domain={[-0.5 - headRoom, Math.max(rows.length - 0.5, 0.5)]}
              reversed
              ticks={rows.map((_, i) => i)}
              interval={0}
              tickFormatter={(v: number) => rows[v]?.label ?? ''}
              width={Y_AXIS_W}
              tick={{ fontSize: 11 }}
              allowDataOverflow
            />
            <Tooltip content={<SourceTooltip />} cursor={{ strokeDasharray: '3 3' }} />
            <SyncCursor panelId="release-timeline" />
            <Scatter
              data={points}
              onMouseEnter={(d: { payload?: { x?: number } }) => broadcastPoint('release-timeline', d.payload?.x)}
              isAnimationActive={false}
              cursor="pointer"
              shape={(p: unknown) => <ReleaseDot {...(p as DotProps)} />}
              onClick={(d: { payload?: TimelinePoint }) => {
                const v = d.payload?.vendorId;
                if (v) toggleVendor(v);
              }}
            />
          </ScatterChart>
        </ChartBox>
      </Panel>
    </div>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TimelinePoint;
}

function ReleaseDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const color = vendorColor(payload.vendorId);
  const n = payload.items.length;
  const r = Math.min(5 + (n - 1) * 1.5, 10);
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={r}
        fill={payload.precise ? color : '#fff'}
        fillOpacity={payload.precise ? 0.9 : 1}
        stroke={color}
        strokeWidth={payload.precise ? 1 : 2}
      />
      {n > 1 ? (
        <text
          x={cx}
          y={cy + 3.5}
          textAnchor="middle"
          fontSize={9}
          fontWeight={600}
          fill={payload.precise ? '#fff' : color}
          pointerEvents="none"
        >
          {n}
        </text>
      ) : null}
    </g>
  );
}
