import { describe, expect, it } from 'vitest';
import type { Region } from '../../../shared/api/contract';
import { metric } from './fixtures.test-util';
import {
  API_ROW_CAP,
  capApiRows,
  capLossCases,
  capReachBars,
  capRevenueBars,
  capSubscriptionBars,
  LOSS_CASE_CAP,
  REACH_BAR_CAP,
  REVENUE_BAR_CAP,
  SUBSCRIPTION_BAR_CAP,
} from './caps';
import { lossCases, type LossCase } from './loss';
import { orderRows, type Orderable } from './revenueCompare';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function revenueBar(i: number, value: number, region: Region | null, forward = false): Orderable {
  return { key: `r${i}`, value, label: `Segment ${String(i).padStart(4, '0')}`, region, forward };
}

/** 5 marks like the real YoY view (Azure's guidance among them), and 100 jittered copies of them. */
const realValues: [number, Region, boolean][] = [
  [35, 'us', false],
  [35.5, 'us', true],
  [100, 'cn', false],
  [11, 'cn', false],
  [6, 'cn', false],
];
const real = realValues.map(([v, r, f], i) => revenueBar(i, v, r, f));
const scaled = range(100).flatMap((k) =>
  realValues.map(([v, r, f], i) => revenueBar(k * 5 + i, v * (0.85 + (((k * 5 + i) * 37) % 31) / 100), r, f)),
);

describe('capRevenueBars', () => {
  it('leaves the real-scale bars untouched, in the chart’s order', () => {
    for (const by of ['value', 'name'] as const)
      for (const grouped of [true, false]) {
        const c = capRevenueBars(real, by, grouped, 'en');
        expect(c).toEqual({ shown: orderRows(real, by, grouped, 'en'), total: 5, thinned: false });
      }
  });
  it('at 100× draws the cap: the largest growths, then grouped US before China, guidance last', () => {
    const c = capRevenueBars(scaled, 'value', true, 'en');
    expect(c.thinned).toBe(true);
    expect(c.total).toBe(500);
    expect(c.shown).toHaveLength(REVENUE_BAR_CAP);
    const top = [...scaled].sort((a, b) => b.value - a.value).slice(0, REVENUE_BAR_CAP);
    expect(new Set(c.shown.map((b) => b.key))).toEqual(new Set(top.map((b) => b.key)));
    expect(c.shown).toEqual(orderRows(top, 'value', true, 'en'));
    expect(Math.min(...c.shown.map((b) => b.value))).toBeGreaterThanOrEqual(
      Math.max(...scaled.filter((b) => !c.shown.includes(b)).map((b) => b.value)),
    );
  });
  it('ranks over both regions, so a large Chinese growth is kept under the US group', () => {
    const bars = [...range(100).map((i) => revenueBar(i, i, 'us')), revenueBar(999, 1000, 'cn')];
    const c = capRevenueBars(bars, 'value', true, 'en', 5);
    expect(c.shown.map((b) => b.value)).toEqual([99, 98, 97, 96, 1000]);
  });
  it('sorted by name keeps the first names', () => {
    const c = capRevenueBars(scaled, 'name', false, 'en');
    const firstNames = [...scaled].sort((a, b) => a.label.localeCompare(b.label)).slice(0, REVENUE_BAR_CAP);
    expect(c.shown).toEqual(orderRows(firstNames, 'name', false, 'en'));
    expect(c.shown[0]!.label).toBe('Segment 0000');
  });
});

function lossCase(i: number, loss: number, currency: 'USD' | 'CNY' = 'USD'): LossCase {
  const [c] = lossCases([
    metric({ id: `rev${i}`, metric: 'revenue', vendorId: `v${i}`, period: '2024', value: 1e9, currency }),
    metric({ id: `loss${i}`, metric: 'loss', vendorId: `v${i}`, period: '2024', value: loss, currency }),
  ]);
  return c!;
}

describe('capLossCases', () => {
  it('leaves the real-scale case untouched', () => {
    const one = [lossCase(0, 5e9)];
    expect(capLossCases(one, 7.2)).toEqual({ shown: one, total: 1, thinned: false });
  });
  it('under the cap keeps the given order', () => {
    const few = [lossCase(0, 1e9), lossCase(1, 5e9)];
    expect(capLossCases(few, 7.2).shown).toEqual(few);
  });
  it('at 100× draws the largest losses first, whole cases, comparing currencies at the rate', () => {
    const cases = range(100).map((i) => lossCase(i, (i + 1) * 1e8));
    // 90 B CNY at 7.2 is $12.5 B: the largest.
    cases.push(lossCase(100, 90e9, 'CNY'));
    const c = capLossCases(cases, 7.2);
    expect(c.thinned).toBe(true);
    expect(c.total).toBe(101);
    expect(c.shown).toHaveLength(LOSS_CASE_CAP);
    expect(c.shown.map((x) => x.vendorId)).toEqual(['v100', ...range(LOSS_CASE_CAP - 1).map((i) => `v${99 - i}`)]);
    expect(c.shown.every((x) => x.revenue && x.loss)).toBe(true);
  });
});

describe('capReachBars', () => {
  const bar = (i: number, value: number) => ({ key: `b${i}`, value });
  it('leaves the real-scale bars untouched, largest first', () => {
    const bars = [bar(0, 250e6), bar(1, 1e6), bar(2, 13.75e6)];
    expect(capReachBars(bars)).toEqual({ shown: [bars[0], bars[2], bars[1]], total: 3, thinned: false });
  });
  it('at 100× draws the largest counts', () => {
    const bars = range(300).map((i) => bar(i, ((i * 7919) % 300) + 1));
    const c = capReachBars(bars);
    expect(c).toMatchObject({ total: 300, thinned: true });
    expect(c.shown.map((b) => b.value)).toEqual(range(REACH_BAR_CAP).map((i) => 300 - i));
  });
});

describe('pricing caps', () => {
  it('subscriptions: the real-scale tiers untouched; at 100× the first tiers of the ladder', () => {
    expect(capSubscriptionBars(['plus', 'pro'])).toEqual({ shown: ['plus', 'pro'], total: 2, thinned: false });
    const tiers = range(200).map((i) => `tier${i}`);
    const c = capSubscriptionBars(tiers);
    expect(c).toMatchObject({ total: 200, thinned: true });
    expect(c.shown).toEqual(tiers.slice(0, SUBSCRIPTION_BAR_CAP));
  });
  it('API: the real-scale models untouched; at 100× spread from cheapest to dearest, order kept', () => {
    expect(capApiRows([0.15, 2.5])).toEqual({ shown: [0.15, 2.5], total: 2, thinned: false });
    const prices = range(200).map((i) => 0.1 + i * 0.05);
    const c = capApiRows(prices);
    expect(c).toMatchObject({ total: 200, thinned: true });
    expect(c.shown).toHaveLength(API_ROW_CAP);
    expect(c.shown[0]).toBe(prices[0]);
    expect(c.shown.at(-1)).toBe(prices.at(-1));
    expect(c.shown).toEqual([...c.shown].sort((a, b) => a - b));
  });
});
