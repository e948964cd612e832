import type { Claim, Metric, Model, SourceKind, Vendor, VendorGroup } from '../../../shared/api/contract';
import { capTop, type Capped } from '../../../shared/charts/markCap';
import type { Lang } from '../../../shared/filters/state';
import { modelName } from '../../../shared/i18n/modelName';
import { figureCells, type TableSpec } from '../../../shared/ui/table';
import type { TipInfo } from '../../../shared/ui/tip';

/** Claims the players panel reads by id (records, not figures): who has no clear strategy, who covers costs. */
export const NO_STRATEGY_CLAIM = 'meituan-pdd-no-strategy';
export const NO_COST_COVER_CLAIM = 'six-dragons-no-cost-cover';
export const SURVIVORS_CLAIM = 'wang-five-survivors';

export interface PlayerModel {
  id: string;
  name: string;
  kind: Model['kind'];
}

export interface Player {
  id: string;
  name: string;
  group: VendorGroup;
  models: PlayerModel[];
  /** Named by the article as a big company without a clear model strategy. */
  noStrategy: boolean;
  sourceId: string;
  /** Position of this player in the row of all players: [index, index + 1]. */
  span: [number, number];
  tip: TipInfo;
}

export interface PlayerGroup {
  group: VendorGroup;
  players: Player[];
  /** Range the group covers on the player-count axis. */
  start: number;
  end: number;
}

export interface SurvivorForecast {
  count: number;
  /** 'at-least' only if the record says "more than". */
  bound: 'exact' | 'at-least';
  sourceId: string;
  kind: SourceKind;
  /** Where the figure came from: a metric (top-tier-survivors) or a claim's quantity. */
  from: 'metric' | 'claim';
  speaker: string | null;
  note: string | null;
}

export interface PlayerWords {
  modelsWord: (n: number) => string;
  noModel: string;
  noStrategy: string;
  groupLabel: (g: VendorGroup) => string;
}

/**
 * Chinese vendors grouped by `vendor.group` in the order the data lists them,
 * each with its models. Vendors must already be the Chinese ones the panel asked for.
 */
export function playerGroups(
  vendors: readonly Vendor[],
  models: readonly Model[],
  claims: readonly Claim[],
  lang: Lang,
  w: PlayerWords,
  kindOf: (sourceId: string) => SourceKind = () => 'reported',
): PlayerGroup[] {
  const noStrategy = new Set(claims.find((c) => c.id === NO_STRATEGY_CLAIM)?.vendorIds ?? []);
  const byVendor = new Map<string, PlayerModel[]>();
  for (const m of models) {
    const list = byVendor.get(m.vendorId) ?? [];
    list.push({ id: m.id, name: modelName(m, lang), kind: m.kind });
    byVendor.set(m.vendorId, list);
  }
  const order: VendorGroup[] = [];
  for (const v of vendors) if (!order.includes(v.group)) order.push(v.group);
  const groups: PlayerGroup[] = [];
  let i = 0;
  for (const g of order) {
    const start = i;
    const players = vendors
      .filter((v) => v.group === g)
      .map((v): Player => {
        const ms = byVendor.get(v.id) ?? [];
        const flagged = noStrategy.has(v.id);
        const value =
          ms.length > 0
            ? `${w.modelsWord(ms.length)}: ${ms.map((m) => m.name).join(', ')}`
            : flagged
              ? w.noStrategy
              : w.noModel;
        const p: Player = {
          id: v.id,
          name: v.name[lang],
          group: g,
          models: ms,
          noStrategy: flagged,
          sourceId: v.sourceId,
          span: [i, i + 1],
          tip: {
            title: `${v.name[lang]} · ${w.groupLabel(g)}`,
            value,
            kind: kindOf(v.sourceId),
            sourceId: v.sourceId,
            note: v.note?.[lang],
          },
        };
        i += 1;
        return p;
      });
    groups.push({ group: g, players, start, end: i });
  }
  return groups;
}

export function allPlayers(groups: readonly PlayerGroup[]): Player[] {
  return groups.flatMap((g) => g.players);
}

/**
 * The forecast of how many survive in the top tier: the `top-tier-survivors`
 * metric when the data has one, else the count in Wang Xiaochuan's claim.
 */
export function survivorForecast(
  metrics: readonly Metric[],
  claims: readonly Claim[],
  lang: Lang,
  kindOf: (sourceId: string) => SourceKind,
): SurvivorForecast | null {
  const claim = claims.find((c) => c.id === SURVIVORS_CLAIM) ?? null;
  const metric = metrics.find((m) => m.metric === 'top-tier-survivors');
  if (metric) {
    const count = metric.value ?? metric.low;
    if (count !== null) {
      return {
        count,
        bound: metric.bound === 'lower' ? 'at-least' : 'exact',
        sourceId: metric.sourceId,
        kind: kindOf(metric.sourceId),
        from: 'metric',
        speaker: claim && claim.sourceId === metric.sourceId ? claim.speaker[lang] : null,
        note: metric.note?.[lang] ?? null,
      };
    }
  }
  if (claim?.quantity?.count !== undefined) {
    return {
      count: claim.quantity.count,
      bound: claim.quantity.bound === 'at-least' ? 'at-least' : 'exact',
      sourceId: claim.sourceId,
      kind: kindOf(claim.sourceId),
      from: 'claim',
      speaker: claim.speaker[lang],
      note: null,
    };
  }
  return null;
}

/**
 * Players the charts draw one by one (a segment of the count bar and a row of
 * the models chart each, ~14 SVG elements together). The article names 17; the
 * cap keeps a panel of 100× as many under the bench budget (~180 fixed + 14 per
 * player + a segment per group ≈ 1,000 elements) and the models chart readable
 * (48 rows ≈ 1,100 px).
 */
export const PLAYER_CAP = 48;

/** A segment of the stacked count bar: a shown player (one unit), or the hidden rest of a group. */
export type CountSegment =
  { kind: 'player'; key: string; player: Player } | { kind: 'rest'; key: string; group: VendorGroup; count: number };

export interface ShownPlayers extends Capped<Player> {
  /** The shown players of each group, in group order; groups with none shown are left out. */
  groups: { group: VendorGroup; players: Player[] }[];
  /**
   * The count bar left to right: each group's shown players, then one segment
   * for the players of the group not shown, so the bar keeps its full length
   * and the group bands their true ranges.
   */
  segments: CountSegment[];
}

/** Key of a group's "rest" segment in the count datum; vendor ids have no ':'. */
export const restKey = (g: VendorGroup) => `rest:${g}`;

/**
 * The players drawn by name: all of them up to `cap`, else the most important
 * ones, in their data order. Importance goes round the groups (so every group
 * keeps players in the chart), and within a group the players with the most
 * named models come first, data order breaking ties.
 */
export function shownPlayers(groups: readonly PlayerGroup[], cap = PLAYER_CAP): ShownPlayers {
  const ranked = groups.map((g) =>
    g.players
      .map((p, i) => ({ p, i }))
      .sort((a, b) => b.p.models.length - a.p.models.length || a.i - b.i)
      .map((x) => x.p),
  );
  const depth = ranked.reduce((n, list) => Math.max(n, list.length), 0);
  const byImportance: Player[] = [];
  for (let r = 0; r < depth; r++) for (const list of ranked) if (r < list.length) byImportance.push(list[r]!);
  const capped = capTop(byImportance, cap);
  const keep = new Set(capped.shown);
  const shownGroups: ShownPlayers['groups'] = [];
  const segments: CountSegment[] = [];
  for (const g of groups) {
    const players = g.players.filter((p) => keep.has(p));
    if (players.length > 0) shownGroups.push({ group: g.group, players });
    for (const p of players) segments.push({ kind: 'player', key: p.id, player: p });
    const rest = g.players.length - players.length;
    if (rest > 0) segments.push({ kind: 'rest', key: restKey(g.group), group: g.group, count: rest });
  }
  return {
    shown: shownGroups.flatMap((g) => g.players),
    total: capped.total,
    thinned: capped.thinned,
    groups: shownGroups,
    segments,
  };
}

/**
 * One datum for the stacked "count of players" bar: one unit per player, keyed
 * by vendor id, and each "rest" segment (players not drawn) as its count.
 */
export function playerCountDatum(
  players: readonly Player[],
  label: string,
  rest: readonly CountSegment[] = [],
): Record<string, string | number> {
  const out: Record<string, string | number> = { row: label };
  for (const p of players) out[p.id] = 1;
  for (const s of rest) if (s.kind === 'rest') out[s.key] = s.count;
  return out;
}

/** Rows of the models-per-vendor chart: one per player, in group order. */
export interface ModelRow {
  id: string;
  label: string;
  models: number;
  /** Text drawn beside the bar: the model names, or why there are none. */
  text: string;
  noStrategy: boolean;
  tip: TipInfo;
}

export function modelRows(players: readonly Player[], w: Pick<PlayerWords, 'noModel' | 'noStrategy'>): ModelRow[] {
  return players.map((p) => ({
    id: p.id,
    label: p.name,
    models: p.models.length,
    text: p.models.length > 0 ? p.models.map((m) => m.name).join(', ') : p.noStrategy ? w.noStrategy : w.noModel,
    noStrategy: p.noStrategy,
    tip: p.tip,
  }));
}

export interface PlayersHeaders {
  group: string;
  vendor: string;
  models: string;
  count: string;
  note: string;
  source: string;
}

export function playersTable(
  groups: readonly PlayerGroup[],
  h: PlayersHeaders,
  w: PlayerWords,
  survivors: SurvivorForecast | null,
  survivorsLabel: string,
): TableSpec {
  const rows: TableSpec['rows'] = groups.flatMap((g) =>
    g.players.map((p) => ({
      group: w.groupLabel(g.group),
      vendor: p.name,
      models: p.models.length > 0 ? p.models.map((m) => m.name).join(', ') : '—',
      count: p.models.length,
      note: p.models.length === 0 ? (p.noStrategy ? w.noStrategy : w.noModel) : p.noStrategy ? w.noStrategy : null,
      source: p.sourceId,
      // How many of the vendor's models the article names.
      ...figureCells({ value: p.models.length, bound: 'exact', unit: 'count', kind: p.tip.kind }),
    })),
  );
  if (survivors) {
    rows.push({
      group: '—',
      vendor: survivorsLabel,
      models: '—',
      count: survivors.count,
      note: survivors.speaker,
      source: survivors.sourceId,
      ...figureCells(
        survivors.bound === 'at-least'
          ? { low: survivors.count, bound: 'lower', unit: 'count', kind: survivors.kind }
          : { value: survivors.count, bound: 'exact', unit: 'count', kind: survivors.kind },
      ),
    });
  }
  return {
    columns: [
      { key: 'group', header: h.group },
      { key: 'vendor', header: h.vendor },
      { key: 'models', header: h.models },
      { key: 'count', header: h.count, numeric: true, screenOnly: true },
      { key: 'note', header: h.note },
      { key: 'source', header: h.source, source: true },
    ],
    rows,
  };
}
