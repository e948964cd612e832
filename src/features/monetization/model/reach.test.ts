import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import { metric } from './fixtures.test-util';
import { impliedPayers, reachBars, reachTable, type ReachWords } from './reach';

const users = { unit: 'users' as const, currency: null };
const wau = metric({
  id: 'wau',
  metric: 'weekly-active-users',
  vendorId: 'openai',
  subject: { en: 'OpenAI', zh: 'OpenAI' },
  period: '2024',
  value: 250e6,
  ...users,
  sourceId: 's-oa',
});
const target = metric({
  id: 't',
  metric: 'paying-conversion-target',
  vendorId: 'openai',
  subject: { en: 'OpenAI', zh: 'OpenAI' },
  period: '2024',
  low: 5,
  high: 6,
  bound: 'range',
  unit: 'percent',
  currency: null,
  sourceId: 's-cfo',
});
const ads = metric({
  id: 'ads',
  metric: 'advertisers-using-genai',
  vendorId: 'meta',
  subject: { en: 'Meta ad tools', zh: 'Meta' },
  low: 1e6,
  bound: 'lower',
  unit: 'advertisers',
  currency: null,
  sourceId: 's-meta',
});
const doubao = metric({
  id: 'db',
  metric: 'daily-active-users',
  vendorId: 'bytedance',
  subject: { en: 'Doubao app', zh: '豆包' },
  period: '2024-09',
  value: 7.6e6,
  ...users,
  sourceId: 's-db',
});
const vendors = new Map([
  ['openai', { name: { en: 'OpenAI', zh: 'OpenAI' }, region: 'us' as const }],
  ['meta', { name: { en: 'Meta', zh: 'Meta' }, region: 'us' as const }],
  ['bytedance', { name: { en: 'ByteDance', zh: '字节跳动' }, region: 'cn' as const }],
]);
const sources = new Map([
  ['s-oa', { kind: 'reported' as const }],
  ['s-cfo', { kind: 'target' as const }],
  ['s-meta', { kind: 'reported' as const }],
]);
const words: ReachWords = {
  metricNames: {
    'weekly-active-users': 'weekly actives',
    'daily-active-users': 'daily actives',
    'monthly-active-users': 'monthly actives',
    'paying-conversion-target': 'target',
    'advertisers-using-genai': 'advertisers',
  },
  payers: 'implied payers',
  derivedPayers: '{actives} × {target}',
  usersUnit: 'users',
  advertisersUnit: 'advertisers',
};

describe('impliedPayers', () => {
  it('250 M × 5–6 % = 12.5–15 M', () => {
    expect(
      impliedPayers(
        { point: 250e6, low: 250e6, high: 250e6, bound: 'exact' },
        { point: 5.5, low: 5, high: 6, bound: 'range' },
      ),
    ).toEqual({ point: 13.75e6, low: 12.5e6, high: 15e6, bound: 'range' });
  });
  it('a single target gives a single figure', () => {
    expect(
      impliedPayers({ point: 100, low: 100, high: 100, bound: 'exact' }, { point: 5, low: 5, high: 5, bound: 'exact' }),
    ).toEqual({ point: 5, low: 5, high: 5, bound: 'exact' });
  });
});

describe('reachBars', () => {
  const { bars, targets } = reachBars([wau, target, ads, doubao], vendors, sources, 'en', words);
  it('keeps the US side only (Doubao belongs to the China slice)', () => {
    expect(bars.map((b) => b.vendorId)).not.toContain('bytedance');
    expect(targets).toEqual([target]);
  });
  it('shows weekly actives, the lower bound of advertisers, and derived payers as a range', () => {
    expect(bars.map((b) => [b.role, b.display])).toEqual([
      ['users', '250M users'],
      ['advertisers', '≥1M advertisers'],
      ['payers', '12.5M–15M users'],
    ]);
    const payers = bars[2]!;
    expect(payers).toMatchObject({ kind: 'target', derived: '250M × 5%–6%', error: [1.25e6, 1.25e6] });
    expect(payers.tip.derived).toBe('250M × 5%–6%');
    expect(bars[1]!.span.bound).toBe('lower');
  });
  it('makes a table with the same rows', () => {
    const t = reachTable(bars, 'en', {
      item: 'I',
      vendor: 'V',
      period: 'P',
      value: 'Val',
      kind: 'K',
      derived: 'D',
      source: 'S',
    });
    expect(t.rows.map((r) => r.value)).toEqual(['250M users', '≥1M advertisers', '12.5M–15M users']);
    expect(t.rows[2]).toMatchObject({ kind: 'target', derived: '250M × 5%–6%' });
    // The CSV: counts as numbers, not "250M"; the derived payers as a range of users.
    expect(csvFigure(t.rows[0]!)).toEqual({
      value: 250e6,
      low: null,
      high: null,
      bound: 'exact',
      unit: 'users',
      currency: null,
      period: '2024',
      kind: 'reported',
    });
    expect(csvFigure(t.rows[1]!)).toMatchObject({ value: null, low: 1e6, bound: 'lower', unit: 'advertisers' });
    expect(csvFigure(t.rows[2]!)).toMatchObject({
      value: null,
      low: 12.5e6,
      high: 15e6,
      bound: 'range',
      unit: 'users',
      kind: 'target',
    });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['period', 'value', 'kind']);
  });
});
