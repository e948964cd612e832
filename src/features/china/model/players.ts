import type { Claim, Metric, Model, SourceKind, Vendor, VendorGroup } from '../../../shared/api/contract';
import type { Lang } from '../../../shared/filters/state';
import type { TableSpec } from '../../../shared/ui/table';
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
    list.push({ id: m.id, name: m.name, kind: m.kind });
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

/** One datum for the stacked "count of players" bar: one unit per player, keyed by vendor id. */
export function playerCountDatum(players: readonly Player[], label: string): Record<string, string | number> {
  const out: Record<string, string | number> = { row: label };
  for (const p of players) out[p.id] = 1;
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
    });
  }
  return {
    columns: [
      { key: 'group', header: h.group },
      { key: 'vendor', header: h.vendor },
      { key: 'models', header: h.models },
      { key: 'count', header: h.count, numeric: true },
      { key: 'note', header: h.note },
      { key: 'source', header: h.source, source: true },
    ],
    rows,
  };
}
