import { useCallback, useMemo } from 'react';
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
import { useSourceIndex } from '../../../shared/ui/useSources';
import { isNarrow } from '../../../shared/charts/layout';
import { stageBySection, type StageId } from '../../../shared/api/contract';
import type { LegendItem } from '../../../shared/ui/legend';
import { stagesQueries } from '../api/queries';
import {
  releaseItems,
  timelineLayout,
  timelineMarks,
  timelineTable,
  TIMELINE_ROW_CAP,
  type TimelineLabels,
  type TimelinePoint,
} from '../model/timeline';
import { stagesMessages } from '../messages';
import { articleTimeMs, stageLanes, stageTicks, type StageTick } from '../model/stageLanes';
import { laneGeometry, laneLines, lanesPx } from '../model/laneLayout';
import { StageLanes, StageTickMark, stageColor } from './StageLanes';
import { TimeBrush } from './TimeBrush';
import { useKindOf } from './useKindOf';
import { combineStatus } from '../../../shared/ui/status';
import { rangeLabel, withPeriod } from '../model/period';
import { StableReferenceArea } from '../../../shared/charts/stableReference';
import { fill } from '../../../shared/i18n/fill';

const USES = { vendor: true, region: true, time: true };
/** Stage lanes the loading state holds room for: the article's four stages, each on a lane of its own. */
const LOADING_LANES = 4;
const Y_AXIS_W = 96;
/** Right margin, shared with the brush strip (room for its end label). */
const RIGHT = 36;
const LEFT = 4;
/** The rows after the article's time: nothing there is told, so they are hatched faintly. */
const AFTER_ARTICLE_FILL = {
  color: '#f1f3f5',
  definition: pattern({ ...patterns.diagonal, color: '#adb5bd', opacity: 0.45 }),
};
/** The article numbers its stages in words (第一阶段). */
const ZH_ORDINAL = ['一', '二', '三', '四', '五', '六'];

export function ReleaseTimelinePanel() {
  const lang = useLang();
  const m = stagesMessages[lang];
  const filters = useListFilters(USES);
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const models = useQuery(stagesQueries.models(filters));
  const events = useQuery(stagesQueries.events(filters));
  // Every stage, whatever the range: the lanes are clipped to it here, and the stage the article does not
  // date would never match a date range (undated records never do) yet belongs after the article's time.
  const stages = useQuery(stagesQueries.stages({}));
  const vendors = useVendorIndex();
  const sources = useSourceIndex();
  const kindOf = useKindOf();
  const stageList = stages.data?.data;
  const ordinal = useCallback((n: number) => (lang === 'zh' ? (ZH_ORDINAL[n - 1] ?? String(n)) : String(n)), [lang]);
  const orderOf = useMemo(() => new Map((stageList ?? []).map((s) => [s.id, s.order])), [stageList]);

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
      toldIn: (id: StageId | null) => {
        const n = id ? orderOf.get(id) : undefined;
        return n === undefined ? m.toldInNone : fill(m.toldIn, { n: ordinal(n) });
      },
    }),
    [m, orderOf, ordinal],
  );
  const toldStageOf = useMemo(() => {
    const bySection = stageBySection(stageList ?? []);
    return (sourceId: string) => {
      const section = sources.get(sourceId)?.section;
      return section === undefined ? null : (bySection.get(section) ?? null);
    };
  }, [stageList, sources]);
  const domain = timeDomain(from, to);
  const items = releaseItems(
    models.data?.data ?? [],
    events.data?.data ?? [],
    vendors,
    lang,
    labels,
    kindOf,
    toldStageOf,
  );
  /** The rows and dots drawn: all at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const marks = timelineMarks(items, lang, labels);
  const { rows, points } = marks;
  const lanes = stageLanes(stageList ?? [], domain, lang, {
    stage: (n) => fill(m.stageLabel, { n: ordinal(n) }),
    notDated: m.stageNotDated,
    undatedQuote: m.stageUndatedQuote,
  });
  const { ticks, unfiled } = stageTicks(events.data?.data ?? [], lanes, domain, vendors, lang);
  const articleTime = stageList ? articleTimeMs(stageList) : null;
  const afterArticle = articleTime !== null && articleTime < domain[1] ? Math.max(articleTime, domain[0]) : null;
  const status = combineStatus([models, events, stages]);
  /** The chart at a width: lanes (their label lines depend on the width), rows, and the y domain. */
  const geometryAt = (width: number) => {
    const plotWidth = width - LEFT - Y_AXIS_W - RIGHT;
    const narrow = isNarrow(width);
    if (status.isPending) {
      // While loading, a full timeline with the article's four lanes: what the default view draws.
      const lines = narrow ? 2 : 1;
      return { lines, layout: timelineLayout(TIMELINE_ROW_CAP, lanesPx(LOADING_LANES, lines)) };
    }
    const lines = laneLines(
      lanes.map((l) => l.name),
      plotWidth,
      narrow,
    );
    return { lines, layout: timelineLayout(rows.length, lanesPx(lanes.length, lines)) };
  };
  // The loading state's height: a desktop's, or a phone's where the window is one.
  const loadingWidth = typeof window === 'undefined' ? 1200 : Math.min(window.innerWidth, 1200);
  const height = (width: number) => geometryAt(width).layout.height;

  const legend: LegendItem[] = [
    ...rows
      .filter((r) => r.vendorId)
      .map((r) => ({ key: r.key, label: r.label, color: vendorColor(r.vendorId), vendorId: r.vendorId! })),
    { key: 'imprecise', label: m.imprecise, color: '#495057', shape: 'open-circle' as const },
    ...(lanes.length > 0
      ? [{ key: 'lanes', label: m.lanesLegend, color: stageColor(1).ink, shape: 'line' as const }]
      : []),
    ...(lanes.some((l) => !l.dated)
      ? [{ key: 'undated', label: m.undatedLegend, color: '#868e96', shape: 'dashed' as const }]
      : []),
  ];
  const stageSpan = (l: (typeof lanes)[number]) =>
    !l.dated || l.start === null
      ? m.stagesNoteUndated
      : `${formatPartialDate(l.start, lang)}–${l.end ? formatPartialDate(l.end, lang) : m.stagesNoteOngoing}`;

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
        chartHeight={height(loadingWidth)}
        table={() =>
          timelineTable(items, lang, labels, {
            name: m.release,
            date: m.date,
            vendor: m.vendor,
            kind: m.recordKind,
            sourceKind: m.kind,
            source: m.source,
            toldIn: m.toldInCol,
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
            {lanes.length > 0 ? (
              <details>
                <summary>{m.stagesNote}</summary>
                <ul>
                  {lanes.map((l) => (
                    <li key={l.id}>
                      <strong>{l.label}</strong> ({stageSpan(l)}): {l.datesBasis}
                    </li>
                  ))}
                </ul>
                {unfiled.length > 0 ? (
                  <p>
                    {fill(m.unfiledNote, {
                      n: String(unfiled.length),
                      list: unfiled.map((e) => e.title[lang]).join(lang === 'zh' ? '；' : '; '),
                    })}
                  </p>
                ) : null}
              </details>
            ) : null}
            {points.some((p) => p.items.length > 1) ? <p>{m.sameDay}.</p> : null}
          </>
        }
      >
        <ChartBox height={height} scale="linear" mark="dot">
          {(width) => {
            const { lines, layout } = geometryAt(width);
            const geometry = laneGeometry(lanes.length, lines, layout);
            const tickPoints = ticks.map((t) => ({
              ...t,
              row: geometry[t.lane]?.tickY ?? 0,
              order: orderOf.get(t.stageId) ?? 1,
            }));
            return (
              <ScatterChart onMouseLeave={clearHover} margin={{ top: 4, right: RIGHT, bottom: 4, left: LEFT }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                {afterArticle !== null ? (
                  <StableReferenceArea
                    x1={afterArticle}
                    x2={domain[1]}
                    y1={-0.5}
                    y2={rows.length - 0.5}
                    ifOverflow="hidden"
                    fill={AFTER_ARTICLE_FILL}
                    fillOpacity={0.5}
                  />
                ) : null}
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
                  domain={[-0.5 - layout.headRoom, Math.max(rows.length - 0.5, 0.5)]}
                  reversed
                  ticks={rows.map((_, i) => i)}
                  interval={0}
                  tickFormatter={(v: number) => rows[v]?.label ?? ''}
                  width={Y_AXIS_W}
                  tick={{ fontSize: 11 }}
                  allowDataOverflow
                />
                <StageLanes lanes={lanes} geometry={geometry} notDated={m.stageNotDated} />
                <Tooltip content={<SourceTooltip />} cursor={{ strokeDasharray: '3 3' }} />
                <SyncCursor panelId="release-timeline" />
                <Scatter
                  data={points}
                  onMouseEnter={(d: { payload?: { x?: number } }) => broadcastPoint('release-timeline', d.payload?.x)}
                  isAnimationActive={false}
                  shape={(p: unknown) => <ReleaseDot {...(p as DotProps)} />}
                />
                <Scatter
                  data={tickPoints}
                  onMouseEnter={(d: { payload?: { x?: number } }) => broadcastPoint('release-timeline', d.payload?.x)}
                  isAnimationActive={false}
                  shape={(p: unknown) => (
                    <StageTickMark {...(p as { cx?: number; cy?: number; payload?: StageTick & { order: number } })} />
                  )}
                />
              </ScatterChart>
            );
          }}
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
