import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, ComposedChart, LabelList, Line, Scatter, Tooltip, useChartWidth, XAxis, YAxis } from 'recharts';
import { broadcastHover, SyncCursor } from '../../../shared/charts/hoverSync';
import type { MetricKey } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import { vendorColor } from '../../../shared/charts/palette';
import { timeDomain, yearOfMs, yearTicks } from '../../../shared/charts/time';
import { useViewStore } from '../../../shared/filters/store';
import { formatPlain } from '../../../shared/format/number';
import { useLang } from '../../../shared/i18n/i18n';
import type { LegendItem } from '../../../shared/ui/legend';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import { chinaQueries } from '../api/queries';
import { IDLE_STATUS } from '../../../shared/ui/status';
import { fill } from '../model/text';
import { countTick, DOT_PAD, logDomain, logTicks } from '../../../shared/charts/scale';
import { measureText } from '../../../shared/charts/measure';
import {
  callMultiples,
  shownUsage,
  usagePoints,
  usageTable,
  USAGE_METRICS,
  USER_METRICS,
  type UsagePoint,
} from '../model/usage';
import { boundLabel, useChinaMessages, useChinaScope, useKindOf, type ChinaMessages } from './common';

const USES = { vendor: true, region: true, time: true };

function metricLabel(k: MetricKey, m: ChinaMessages): string {
  if (k === 'daily-active-users') return m.mDau;
  if (k === 'monthly-active-users') return m.mMau;
  if (k === 'api-calls-growth') return m.mCallsGrowth;
  return m.mCalls;
}
function unitWord(k: MetricKey, m: ChinaMessages): string {
  if (k === 'api-calls-growth') return m.uTimes;
  return k.startsWith('api-calls') ? m.uCalls : m.uUsers;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: UsagePoint;
}

/** Filled dot for an exact figure; open circle with an upward arrow for a lower bound ("more than"). */
function UsageDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const color = vendorColor(payload.vendorId);
  if (!payload.open) return <circle cx={cx} cy={cy} r={5} fill={color} stroke="#fff" strokeWidth={1} />;
  return (
    <g>
      <circle cx={cx} cy={cy} r={5.5} fill="#fff" stroke={color} strokeWidth={2} />
      <path
        d={`M${cx} ${cy - 7} L${cx} ${cy - 20} M${cx - 4} ${cy - 15} L${cx} ${cy - 20} L${cx + 4} ${cy - 15}`}
        stroke={color}
        strokeWidth={1.5}
        fill="none"
      />
    </g>
  );
}

/**
 * The multiple's label beside its segment, one part per line (stated, then
 * derived): right of the segment's middle, or left of it where the chart ends
 * first (a phone's chart is 330 px wide).
 */
function MultipleLabel(props: { x?: number | string; y?: number | string; value?: unknown }) {
  const chartWidth = useChartWidth() ?? 0;
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  const parts = String(props.value ?? '').split(' · ');
  const widest = Math.max(...parts.map((p) => measureText(p, 11)));
  const left = chartWidth > 0 && x + 10 + widest > chartWidth - 4;
  const at = left ? x - 10 : x + 10;
  return (
    <text x={at} y={y + 14} fontSize={11} fill="#c92a2a" textAnchor={left ? 'end' : 'start'}>
      {parts.map((p, i) => (
        <tspan key={i} x={at} dy={i === 0 ? 0 : 13}>
          {p}
        </tspan>
      ))}
    </text>
  );
}

interface UsageChartProps {
  title: string;
  /** Time axis, shared by both charts. */
  domain: [number, number];
  ticks: number[];
  /** Log value axis. */
  valueDomain: [number, number];
  axisLabel: string;
  /** Nudge of the vertical axis label, by its length. */
  axisLabelDy: number;
  lang: Lang;
  /** The chart's marks: the calls chart draws lines through its dots, the users chart dots. */
  mark: 'line' | 'dot';
  children: ReactNode;
}

/** One of the panel's two charts: its title, the shared time axis, a log value axis, tooltip and synced cursor. */
function UsageChart({
  title,
  domain,
  ticks,
  valueDomain,
  axisLabel,
  axisLabelDy,
  lang,
  mark,
  children,
}: UsageChartProps) {
  return (
    <>
      <ChartBox height={190} scale="log" mark={mark} heading={title}>
        <ComposedChart {...broadcastHover('china-usage')} margin={{ top: 22, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(v: number) => String(yearOfMs(v))}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            type="number"
            scale="log"
            domain={valueDomain}
            ticks={logTicks(valueDomain, 5)}
            allowDataOverflow
            tickFormatter={countTick(lang)}
            tick={{ fontSize: 11 }}
            width={56}
            label={{ value: axisLabel, angle: -90, position: 'insideLeft', fontSize: 11, dy: axisLabelDy }}
          />
          <Tooltip content={<SourceTooltip />} />
          <SyncCursor panelId="china-usage" />
          {children}
        </ComposedChart>
      </ChartBox>
    </>
  );
}

export function UsagePanel() {
  const lang = useLang();
  const m = useChinaMessages();
  const kindOf = useKindOf();
  const vendors = useVendorIndex();
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const { own, excluded } = useChinaScope(USES);
  const q = useQuery({ ...chinaQueries.metrics(own, USAGE_METRICS), enabled: !excluded });
  const status = excluded ? IDLE_STATUS : q;
  const metrics = excluded ? [] : (q.data?.data ?? []);

  const w = { metricLabel: (k: MetricKey) => metricLabel(k, m), unitWord: (k: MetricKey) => unitWord(k, m) };
  const allCalls = usagePoints(metrics, ['api-calls-daily'], lang, w, kindOf);
  const allUsers = usagePoints(metrics, USER_METRICS, lang, w, kindOf).map((p) => ({
    ...p,
    label:
      `${p.metric === 'daily-active-users' ? m.dauShort : p.metric === 'monthly-active-users' ? m.mauShort : ''} ${p.label}`.trim(),
  }));
  // Every mark at the article's scale; beyond the caps, the largest call series and evenly spread user points.
  const drawn = shownUsage(allCalls, allUsers);
  const calls = drawn.calls.shown;
  const users = drawn.users.shown;
  const callSeries = drawn.callSeries;
  const drawnMultiples = callMultiples(metrics).filter(drawn.drawsMultiple);
  const multiples = drawnMultiples.map((x) => {
    const derived = `${formatPlain(x.derived, lang, 1)}`;
    const label = [
      x.stated ? fill(m.multipleStated, { n: formatPlain(x.stated.value, lang) }) : null,
      fill(m.multipleDerived, { n: derived }),
    ]
      .filter(Boolean)
      .join(' · ');
    const from_ = calls.find((p) => p.id === x.fromId);
    const to_ = calls.find((p) => p.id === x.toId);
    const how = fill(m.howDerived, { a: to_?.label ?? '', b: from_?.label ?? '' });
    // The label sits on the segment it describes: midway in time, at the geometric mean (the middle on a log axis).
    const mid = from_ && to_ ? { x: (from_.x + to_.x) / 2, y: Math.sqrt(from_.y * to_.y) } : { x: x.x, y: x.y };
    return {
      ...x,
      ...mid,
      label,
      tips: [
        ...(x.stated
          ? [
              {
                title: `${to_?.subject ?? ''} · ${m.mCallsGrowth}`,
                value: `×${formatPlain(x.stated.value, lang)}`,
                kind: kindOf(x.stated.sourceId),
                sourceId: x.stated.sourceId,
              },
            ]
          : []),
        {
          title: `${to_?.subject ?? ''} · ${m.multipleLabel}`,
          value: `${derived}×`,
          kind: kindOf(x.stated?.sourceId ?? to_?.sourceId ?? ''),
          sourceId: x.stated?.sourceId ?? to_?.sourceId ?? '',
          derived: `${how} = ${derived}×${x.agrees === null ? '' : ` — ${x.agrees ? m.multipleAgrees : m.multipleDiffers}`}`,
        },
      ],
    };
  });
  const domain = timeDomain(from, to);
  const ticks = yearTicks(from, to);
  const callDomain = logDomain(
    calls.map((p) => p.y),
    undefined,
    DOT_PAD,
  );
  const userDomain = logDomain(
    users.map((p) => p.y),
    undefined,
    DOT_PAD,
  );
  const vendorIds = [...new Set([...calls, ...users].map((p) => p.vendorId).filter((v): v is string => v !== null))];
  const legend: LegendItem[] = vendorIds.map((id) => ({
    key: id,
    label: vendors.get(id)?.name[lang] ?? id,
    color: vendorColor(id),
    vendorId: id,
  }));
  if (users.some((p) => p.open))
    legend.push({ key: 'lower', label: m.boundLower, color: '#495057', shape: 'open-circle' });

  const tableHeaders = {
    subject: m.colSubject,
    metric: m.colMetric,
    period: m.colPeriod,
    value: m.colValue,
    unit: m.colUnit,
    bound: m.colBound,
    kind: m.colKind,
    derived: m.colDerived,
    source: m.colSource,
  };
  const tableWords = {
    ...w,
    boundLabel: (b: Parameters<typeof boundLabel>[0]) => boundLabel(b, m),
    derivedLabel: m.derivedWord,
    multipleLabel: m.multipleLabel,
    howDerived: (a: string, b: string) => fill(m.howDerived, { a, b }),
    timesWord: m.uTimes,
  };

  return (
    <Panel
      id="china-usage"
      title={m.usageTitle}
      subtitle={m.usageSubtitle}
      uses={USES}
      status={status}
      isEmpty={allCalls.length === 0 && allUsers.length === 0}
      emptyProbe={{ endpoint: 'metrics', query: { metric: USAGE_METRICS, region: 'cn' } }}
      table={() => usageTable(metrics, lang, tableHeaders, tableWords, kindOf)}
      legend={legend}
      notes={
        <>
          {drawn.totals.thinned ? (
            <ThinnedNote shown={drawn.totals.shown} total={drawn.totals.total} what={m.thinnedPoints} />
          ) : null}
          {multiples.map((x) => (
            <p key={x.toId}>
              {x.label}: {x.tips.at(-1)?.derived}
            </p>
          ))}
          {users.some((p) => p.open) ? <p>{m.lowerBoundNote}</p> : null}
        </>
      }
    >
      {calls.length > 0 ? (
        <UsageChart
          title={m.callsTitle}
          domain={domain}
          ticks={ticks}
          valueDomain={callDomain}
          axisLabel={m.callsAxis}
          axisLabelDy={30}
          lang={lang}
          mark="line"
        >
          {callSeries.map((s) => (
            <Line
              key={s.key}
              data={s.points}
              dataKey="y"
              name={s.subject}
              stroke={vendorColor(s.vendorId)}
              strokeWidth={2}
              dot={(p: DotProps) => <UsageDot key={p.payload?.id} cx={p.cx} cy={p.cy} payload={p.payload} />}
              activeDot={false}
              isAnimationActive={false}
            >
              <LabelList dataKey="label" position="left" offset={10} fontSize={11} fill="#212529" />
            </Line>
          ))}
          <Scatter data={multiples} dataKey="y" fill="none" isAnimationActive={false} shape={() => <g />}>
            <LabelList dataKey="label" content={MultipleLabel} />
          </Scatter>
        </UsageChart>
      ) : null}
      {users.length > 0 ? (
        <UsageChart
          title={m.usersTitle}
          domain={domain}
          ticks={ticks}
          valueDomain={userDomain}
          axisLabel={m.usersAxis}
          axisLabelDy={20}
          lang={lang}
          mark="dot"
        >
          <Scatter data={users} dataKey="y" isAnimationActive={false} shape={(p: DotProps) => <UsageDot {...p} />}>
            <LabelList dataKey="label" position="left" offset={12} fontSize={11} fill="#212529" />
          </Scatter>
        </UsageChart>
      ) : null}
    </Panel>
  );
}
