import { describe, expect, it } from 'vitest';
import {
  allPlayers,
  modelRows,
  playerCountDatum,
  playerGroups,
  playersTable,
  survivorForecast,
  NO_STRATEGY_CLAIM,
  SURVIVORS_CLAIM,
} from './players';
import { claim, metric, model, vendor } from '../test/records';

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
    expect(spec.rows[1]).toEqual({
      group: 'G:little-dragon',
      vendor: 'MINIMAX',
      models: 'abab, hailuo',
      count: 2,
      note: null,
      source: 's-minimax',
    });
    expect(spec.rows[4]).toMatchObject({ vendor: 'Forecast survivors', count: 5, source: 's-five' });
    expect(spec.columns.find((c) => c.source)?.key).toBe('source');
  });
});
