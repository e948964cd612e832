import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { useLang } from '../../../shared/i18n/i18n';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { isNarrow, wrapText } from '../../../shared/charts/layout';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import type { TipInfo } from '../../../shared/ui/tip';
import type { LegendItem } from '../../../shared/ui/legend';
import { chinaQueries } from '../api/queries';
import {
  allPlayers,
  modelRows,
  NO_COST_COVER_CLAIM,
  NO_STRATEGY_CLAIM,
  playerCountDatum,
  playerGroups,
  playersTable,
  shownPlayers,
  survivorForecast,
} from '../model/players';
import { combineStatus, IDLE_STATUS } from '../../../shared/ui/status';
import { fill } from '../model/text';
import { CHART_TITLE_HEIGHT, groupLabel, SourcedNote, useChinaMessages, useChinaScope, useKindOf } from './common';
import { StableReferenceArea, StableReferenceLine } from '../../../shared/charts/stableReference';

const USES = { vendor: true, region: true, time: false };
const BAND = ['#f1f3f5', '#ffffff'];
/** Fill of a count segment standing for the players of a group not drawn by name. */
const REST = '#ced4da';
const COUNT_HEIGHT = 140;
/** Room above the bands for group names on two lines (phones). */
const NARROW_EXTRA_TOP = 14;

/** A group's name over its band, from the band's start, wrapped to the band's width (two lines at most). */
function WrappedBandLabel({ text, viewBox }: { text: string; viewBox?: { x?: number; y?: number; width?: number } }) {
  const x = viewBox?.x;
  const y = viewBox?.y;
  if (x === undefined || y === undefined) return null;
  const lines = wrapText(text, Math.max(24, (viewBox?.width ?? 0) - 2), 11, 2);
  return (
    <text x={x + 2} y={y - 6 - (lines.length - 1) * 12} fontSize={11} fill="#495057">
      {lines.map((line, i) => (
        <tspan key={i} x={x + 2} dy={i === 0 ? 0 : 12}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
const ROW_HEIGHT = 22;

export function PlayersPanel() {
  const lang = useLang();
  const m = useChinaMessages();
  const kindOf = useKindOf();
  const { own, excluded } = useChinaScope(USES);
  const vendorsQ = useQuery({ ...chinaQueries.vendors({ vendor: own.vendor, region: 'cn' }), enabled: !excluded });
  const modelsQ = useQuery({ ...chinaQueries.models(own), enabled: !excluded });
  // The forecast and the claims are vendorless or about several vendors: asked for without filters.
  const claimsQ = useQuery({ ...chinaQueries.claims({}), enabled: !excluded });
  const survivorsQ = useQuery({ ...chinaQueries.metrics({}, ['top-tier-survivors']), enabled: !excluded });
  const status = excluded ? IDLE_STATUS : combineStatus([vendorsQ, modelsQ, claimsQ, survivorsQ]);

  const claims = claimsQ.data?.data ?? [];
  const words = {
    modelsWord: (n: number) => (n === 1 ? m.modelsOne : fill(m.modelsMany, { n })),
    noModel: m.noModel,
    noStrategy: m.noStrategy,
    groupLabel: (g: Parameters<typeof groupLabel>[0]) => groupLabel(g, m),
  };
  const groups = excluded
    ? []
    : playerGroups(vendorsQ.data?.data ?? [], modelsQ.data?.data ?? [], claims, lang, words, kindOf);
  const players = allPlayers(groups);
  // The charts draw every player at the article's scale; beyond the cap, the count bar
  // lumps the rest of each group into one segment and the models chart leaves them out.
  const drawn = shownPlayers(groups);
  const forecast = survivorForecast(survivorsQ.data?.data ?? [], claims, lang, kindOf);
  const tipById = new Map<string, TipInfo>(drawn.shown.map((p) => [p.id, p.tip]));
  const rows = modelRows(drawn.shown, words);
  const modelsHeight = rows.length * ROW_HEIGHT + 44;
  const countMax = Math.max(players.length, forecast?.count ?? 0);
  const maxModels = Math.max(1, ...rows.map((r) => r.models));
  const noStrategy = claims.find(
    (c) => c.id === NO_STRATEGY_CLAIM && c.vendorIds.some((v) => players.some((p) => p.id === v)),
  );
  const noCostCover = claims.find(
    (c) => c.id === NO_COST_COVER_CLAIM && c.vendorIds.some((v) => players.some((p) => p.id === v)),
  );
  const forecastLabel = forecast ? fill(m.forecastLine, { n: forecast.count }) : '';
  const legend: LegendItem[] = drawn.shown.map((p) => ({
    key: p.id,
    label: p.name,
    color: vendorColor(p.id),
    vendorId: p.id,
  }));
  if (drawn.thinned) legend.push({ key: 'rest', label: m.restPlayers, color: REST, shape: 'square' });
  if (forecast) legend.push({ key: 'forecast', label: forecastLabel, color: '#495057', shape: 'dashed' });

  return (
    <Panel
      id="china-players"
      title={m.playersTitle}
      subtitle={m.playersSubtitle}
      uses={USES}
      status={status}
      isEmpty={players.length === 0}
      emptyProbe={{ endpoint: 'vendors', query: { region: 'cn' } }}
      table={() =>
        playersTable(
          groups,
          {
            group: m.colGroup,
            vendor: m.colVendor,
            models: m.colModels,
            count: m.colCount,
            note: m.colNote,
            source: m.colSource,
          },
          words,
          forecast,
          m.forecastRow,
        )
      }
      legend={legend}
      chartHeight={2 * CHART_TITLE_HEIGHT + COUNT_HEIGHT + modelsHeight}
      notes={
        <>
          {drawn.thinned ? (
            <ThinnedNote shown={drawn.shown.length} total={drawn.total} what={m.thinnedPlayers} />
          ) : null}
          {forecast ? (
            <SourcedNote
              text={fill(m.forecastNote, {
                speaker: forecast.speaker ?? '—',
                n: forecast.count,
                count: players.length,
              })}
              sourceId={forecast.sourceId}
            />
          ) : null}
          {noStrategy ? <SourcedNote text={noStrategy.statement[lang]} sourceId={noStrategy.sourceId} /> : null}
          {noCostCover ? <SourcedNote text={noCostCover.statement[lang]} sourceId={noCostCover.sourceId} /> : null}
          <p>{m.countNote}</p>
        </>
      }
    >
      <ChartBox
        heading={m.playersCountTitle}
        height={(width) => (isNarrow(width) ? COUNT_HEIGHT + NARROW_EXTRA_TOP : COUNT_HEIGHT)}
        scale="linear"
        mark="bar"
      >
        {(width) => {
          // On a phone a group's band is 40–90 px: its name wraps onto two lines over the band.
          const narrow = isNarrow(width);
          return (
            <BarChart
              data={[playerCountDatum(drawn.shown, m.playersRow, drawn.segments)]}
              layout="vertical"
              margin={{ top: narrow ? 24 + NARROW_EXTRA_TOP : 24, right: 20, bottom: 4, left: 4 }}
            >
              {groups.map((g, i) => (
                <StableReferenceArea
                  key={g.group}
                  x1={g.start}
                  x2={g.end}
                  fill={BAND[i % 2]}
                  fillOpacity={1}
                  stroke="#ced4da"
                  strokeDasharray="2 2"
                  label={
                    narrow ? (
                      <WrappedBandLabel text={groupLabel(g.group, m)} />
                    ) : (
                      { value: groupLabel(g.group, m), position: 'insideTop', fontSize: 11, fill: '#495057', dy: -20 }
                    )
                  }
                  ifOverflow="visible"
                />
              ))}
              <XAxis
                type="number"
                domain={[0, countMax]}
                allowDecimals={false}
                tickCount={Math.min(countMax + 1, 12)}
                tick={{ fontSize: 11 }}
                label={{ value: m.playersCountAxis, position: 'insideBottomRight', offset: -2, fontSize: 11 }}
                height={34}
              />
              <YAxis type="category" dataKey="row" width={56} tick={{ fontSize: 11 }} />
              <Tooltip
                shared={false}
                content={({ active, payload }) => (
                  <SourceTooltip
                    active={active}
                    payload={(payload ?? []).map((p) => ({ payload: { tip: tipById.get(String(p.dataKey)) } }))}
                  />
                )}
              />
              {drawn.segments.map((s) =>
                s.kind === 'player' ? (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.player.name}
                    stackId="players"
                    fill={vendorColor(s.player.id)}
                    stroke="#fff"
                    barSize={22}
                    isAnimationActive={false}
                  />
                ) : (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={`${groupLabel(s.group, m)}: ${m.restPlayers}`}
                    stackId="players"
                    fill={REST}
                    stroke="#fff"
                    barSize={22}
                    isAnimationActive={false}
                  />
                ),
              )}
              {forecast ? (
                <StableReferenceLine
                  x={forecast.count}
                  stroke="#212529"
                  strokeWidth={2}
                  strokeDasharray="5 3"
                  ifOverflow="extendDomain"
                  label={{
                    value: forecastLabel,
                    position: 'insideBottomLeft',
                    fontSize: 11,
                    fill: '#212529',
                    dx: 4,
                    dy: 4,
                  }}
                />
              ) : null}
            </BarChart>
          );
        }}
      </ChartBox>
      <ChartBox height={modelsHeight} scale="linear" mark="bar" heading={m.modelsTitle}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          {drawn.groups.map((g) => (
            <StableReferenceArea
              key={g.group}
              y1={g.players[0]!.name}
              y2={g.players[g.players.length - 1]!.name}
              fill={BAND[groups.findIndex((x) => x.group === g.group) % 2]}
              fillOpacity={1}
              ifOverflow="visible"
            />
          ))}
          <XAxis
            type="number"
            domain={[0, maxModels * 2.6]}
            ticks={Array.from({ length: maxModels + 1 }, (_, i) => i)}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
            label={{ value: m.modelsAxis, position: 'insideBottomLeft', offset: -2, fontSize: 11 }}
            height={30}
          />
          <YAxis type="category" dataKey="label" width={104} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip content={<SourceTooltip />} />
          <Bar dataKey="models" isAnimationActive={false} barSize={14}>
            {rows.map((r) => (
              <Cell key={r.id} fill={vendorColor(r.id)} />
            ))}
            <LabelList dataKey="text" position="right" fontSize={10.5} fill="#343a40" />
          </Bar>
        </BarChart>
      </ChartBox>
    </Panel>
  );
}
