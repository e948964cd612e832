import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import {
  allPlayers,
  modelRows,
  playerCountDatum,
  playerGroups,
  playersTable,
  shownPlayers,
  survivorForecast,
  NO_STRATEGY_CLAIM,
  PLAYER_CAP,
  restKey,
  SURVIVORS_CLAIM,
} from './players';
import { dataset } from '../../../../data';
import { synthesize } from '../../../../bench/synth';
import { claim, metric, model, vendor, type Records } from '../test/records';

const w = {
  modelsWord: (n: number) => `${n} models`,
  noModel: 'no model named',
  noStrategy: 'no clear strategy',
  groupLabel: (g: string) => `G:${g}`,
};
const vendors = [
  vendor('zhipu', 'little-dragon'),
  vendor('baidu', 'bat'),
  vendor('minimax', 'little-dragon'),
  vendor('meituan', 'internet-platform'),
];
const models = [model('ernie', 'baidu'), model('abab', 'minimax'), model('hailuo', 'minimax', 'product')];
const claims = [claim(NO_STRATEGY_CLAIM, ['meituan'])];

describe('playerGroups', () => {
  const groups = playerGroups(vendors, models, claims, 'en', w);
  it('groups vendors by group in first-appearance order, with their models', () => {
    expect(groups.map((g) => g.group)).toEqual(['little-dragon', 'bat', 'internet-platform']);
    expect(groups[0]!.players.map((p) => p.id)).toEqual(['zhipu', 'minimax']);
    expect(groups[0]!.players[1]!.models.map((m) => m.name)).toEqual(['abab', 'hailuo']);
  });
  it('lays players out one unit each, groups as contiguous ranges', () => {
    expect(groups.map((g) => [g.start, g.end])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(allPlayers(groups).map((p) => p.span)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
  });
  it('marks the vendors the no-strategy claim names and says why a vendor has no model', () => {
    const [zhipu, , , meituan] = allPlayers(groups);
    expect(meituan!.noStrategy).toBe(true);
    expect(meituan!.tip.value).toBe('no clear strategy');
    expect(zhipu!.tip.value).toBe('no model named');
    expect(allPlayers(groups)[1]!.tip.value).toBe('2 models: abab, hailuo');
    expect(zhipu!.tip.title).toBe('ZHIPU · G:little-dragon');
  });
  it('uses the reader’s language for names', () => {
    expect(allPlayers(playerGroups(vendors, [], [], 'zh', w))[0]!.name).toBe('zhipu中');
    const ernie = { ...model('ernie', 'baidu'), name: 'ERNIE', nameZh: '文心一言' };
    const baidu = allPlayers(playerGroups(vendors, [ernie], [], 'zh', w)).find((p) => p.id === 'baidu')!;
    expect(baidu.models.map((m) => m.name)).toEqual(['文心一言']);
    expect(baidu.tip.value).toBe('1 models: 文心一言');
  });
});

describe('survivorForecast', () => {
  const kindOf = () => 'forecast' as const;
  const wang = claim(SURVIVORS_CLAIM, [], {
    speaker: { en: 'Wang Xiaochuan', zh: '王小川' },
    quantity: { count: 5 },
    sourceId: 's-five',
  });
  it('reads the top-tier-survivors metric first', () => {
    const m = metric({ id: 'five', metric: 'top-tier-survivors', period: '2024', value: 5, sourceId: 's-five' });
    expect(survivorForecast([m], [wang], 'en', kindOf)).toEqual({
      count: 5,
      bound: 'exact',
      sourceId: 's-five',
      kind: 'forecast',
      from: 'metric',
      speaker: 'Wang Xiaochuan',
      note: null,
    });
  });
  it('falls back to the claim’s count', () => {
    expect(survivorForecast([], [wang], 'zh', kindOf)).toMatchObject({ count: 5, from: 'claim', speaker: '王小川' });
  });
  it('is null without either', () => {
    expect(survivorForecast([], [], 'en', kindOf)).toBeNull();
  });
});

describe('playerCountDatum and modelRows', () => {
  const players = allPlayers(playerGroups(vendors, models, claims, 'en', w));
  it('gives one unit per player', () => {
    expect(playerCountDatum(players, 'Players')).toEqual({
      row: 'Players',
      zhipu: 1,
      minimax: 1,
      baidu: 1,
      meituan: 1,
    });
  });
  it('counts models per player and labels empty rows', () => {
    expect(modelRows(players, w).map((r) => [r.id, r.models, r.text])).toEqual([
      ['zhipu', 0, 'no model named'],
      ['minimax', 2, 'abab, hailuo'],
      ['baidu', 1, 'ernie'],
      ['meituan', 0, 'no clear strategy'],
    ]);
  });
});

describe('playersTable', () => {
  it('lists every player and the forecast row', () => {
    const groups = playerGroups(vendors, models, claims, 'en', w);
    const h = { group: 'Group', vendor: 'Vendor', models: 'Models', count: 'Count', note: 'Note', source: 'Source' };
    const spec = playersTable(
      groups,
      h,
      w,
      { count: 5, bound: 'exact', sourceId: 's-five', kind: 'forecast', from: 'metric', speaker: 'Wang', note: null },
      'Forecast survivors',
    );
    expect(spec.rows).toHaveLength(5);
    expect(spec.rows[1]).toMatchObject({
      group: 'G:little-dragon',
      vendor: 'MINIMAX',
      models: 'abab, hailuo',
      count: 2,
      note: null,
      source: 's-minimax',
    });
    expect(spec.rows[4]).toMatchObject({ vendor: 'Forecast survivors', count: 5, source: 's-five' });
    expect(spec.columns.find((c) => c.source)?.key).toBe('source');
    // The CSV: the counts in the figure columns, with their unit and kind.
    expect(csvFigure(spec.rows[1]!)).toMatchObject({ value: 2, bound: 'exact', unit: 'count', kind: 'reported' });
    expect(csvFigure(spec.rows[4]!)).toMatchObject({ value: 5, bound: 'exact', unit: 'count', kind: 'forecast' });
    expect(spec.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['count']);
  });
  it('writes an "at least" forecast as a lower bound', () => {
    const groups = playerGroups(vendors, models, claims, 'en', w);
    const h = { group: 'G', vendor: 'V', models: 'M', count: 'C', note: 'N', source: 'S' };
    const more = {
      count: 5,
      bound: 'at-least',
      sourceId: 's',
      kind: 'forecast',
      from: 'claim',
      speaker: null,
      note: null,
    } as const;
    const spec = playersTable(groups, h, w, more, 'Survivors');
    expect(csvFigure(spec.rows.at(-1)!)).toMatchObject({ value: null, low: 5, bound: 'lower' });
  });
});

describe('shownPlayers (mark cap)', () => {
  const groupsOf = (d: Records) => {
    const cn = d.vendors.filter((v) => v.region === 'cn');
    const ids = new Set(cn.map((v) => v.id));
    return playerGroups(
      cn,
      d.models.filter((m) => ids.has(m.vendorId)),
      d.claims,
      'en',
      w,
    );
  };
  const real = groupsOf(dataset);
  const big = groupsOf(synthesize(dataset, 100));

  it('draws every player of the article, in order, one unit each', () => {
    const players = allPlayers(real);
    expect(players.length).toBe(17);
    const drawn = shownPlayers(real);
    expect(drawn).toMatchObject({ total: 17, thinned: false });
    expect(drawn.shown).toEqual(players);
    expect(drawn.segments.every((s) => s.kind === 'player')).toBe(true);
    expect(drawn.groups.map((g) => g.players)).toEqual(real.map((g) => g.players));
    expect(playerCountDatum(drawn.shown, 'P', drawn.segments)).toEqual(playerCountDatum(players, 'P'));
  });

  it('caps 100× as many players, and says so', () => {
    const drawn = shownPlayers(big);
    expect(drawn.total).toBe(1700);
    expect(drawn.thinned).toBe(true);
    expect(drawn.shown).toHaveLength(PLAYER_CAP);
    // a segment per shown player plus one per group for the rest: the marks stay bounded
    expect(drawn.segments.length).toBeLessThanOrEqual(PLAYER_CAP + big.length);
  });

  it('keeps players of every group, those with the most named models first, in data order', () => {
    const drawn = shownPlayers(big);
    expect(drawn.groups.map((g) => g.group)).toEqual(big.map((g) => g.group));
    const internet = drawn.groups.find((g) => g.group === 'internet-platform')!.players;
    expect(internet[0]!.id).toBe('bytedance');
    expect(internet.every((p) => p.models.length === 4)).toBe(true);
    const all = allPlayers(big);
    const at = drawn.shown.map((p) => all.indexOf(p));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('keeps the count bar at its full length: each group’s rest is one segment', () => {
    const drawn = shownPlayers(big);
    const datum = playerCountDatum(drawn.shown, 'P', drawn.segments);
    const units = Object.values(datum).filter((v): v is number => typeof v === 'number');
    expect(units.reduce((a, b) => a + b, 0)).toBe(1700);
    for (const g of big) {
      const kept = drawn.groups.find((x) => x.group === g.group)?.players.length ?? 0;
      expect(datum[restKey(g.group)]).toBe(g.players.length - kept);
    }
  });

  it('takes a cap: one player per group a round, the most named models first', () => {
    const drawn = shownPlayers(real, 5);
    expect(drawn.shown.map((p) => p.id)).toEqual(['minimax', 'moonshot', 'alibaba', 'bytedance', 'bilibili']);
    expect(drawn.segments.filter((s) => s.kind === 'rest')).toHaveLength(real.length);
  });
});
