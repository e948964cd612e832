import { describe, expect, it } from 'vitest';
import {
  countTick,
  DOT_PAD,
  linearScale,
  logDomain,
  logScale,
  logTicks,
  moneyTick,
  niceStep,
  tickTarget,
} from './scale';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(38e8, 5)).toBe(1e9);
    expect(niceStep(6, 5)).toBe(2);
    expect(niceStep(0.9, 5)).toBe(0.2);
    expect(niceStep(250, 5)).toBe(50);
    expect(niceStep(120, 3)).toBe(50);
  });
  it('never returns 2.5, 3 or other unround steps', () => {
    for (let span = 0.013; span < 1e13; span *= 1.37) {
      const s = niceStep(span, 4);
      const f = s / 10 ** Math.floor(Math.log10(s) + 1e-9);
      expect([1, 2, 5]).toContain(Math.round(f * 1e6) / 1e6);
    }
  });
  it('gives 1 for an empty or bad span', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe('linearScale', () => {
  it('starts at zero and ends on a round tick past the largest value', () => {
    // Baidu AI Cloud ¥4.9B (as USD 0.68B) and Alibaba Cloud USD 3.69B: before, ticks were 0/0.95/1.9/2.85/3.8.
    expect(linearScale([0.6806e9, 3.687e9])).toEqual({
      domain: [0, 4e9],
      ticks: [0, 1e9, 2e9, 3e9, 4e9],
    });
    expect(linearScale([3.4e9, 2.55e9, 5e9], { target: 4 })).toEqual({
      domain: [0, 6e9],
      ticks: [0, 2e9, 4e9, 6e9],
    });
  });
  it('keeps room past the largest value on request', () => {
    expect(linearScale([200], { headroom: 0.1 }).domain).toEqual([0, 250]);
  });
  it('reaches below zero for negative values', () => {
    expect(linearScale([-3, 7])).toEqual({ domain: [-4, 8], ticks: [-4, -2, 0, 2, 4, 6, 8] });
  });
  it('has no float noise in its ticks', () => {
    expect(linearScale([0.7]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
  it('gives a 0–1 axis without values', () => {
    expect(linearScale([]).domain).toEqual([0, 1]);
  });
});

describe('logDomain / logTicks / logScale', () => {
  it('spans the values with whole powers of ten', () => {
    expect(logDomain([1.5e9, 1.75e11, 1.8e12])).toEqual([1e9, 1e13]);
    expect(logDomain([0.15, 15])).toEqual([0.1, 100]);
    expect(logDomain([1e6])).toEqual([1e6, 1e7]);
    expect(logDomain([], [1, 100])).toEqual([1, 100]);
    expect(logDomain([0, -3, Number.NaN])).toEqual([1, 10]);
  });
  it('keeps a dot on a power of ten off the frame when padded', () => {
    expect(logDomain([1e6, 2.5e8])).toEqual([1e6, 1e9]);
    expect(logDomain([1e6, 2.5e8], [1, 10], 0.05)).toEqual([1e5, 1e9]);
    expect(logDomain([1.5e6, 1e9], [1, 10], 0.05)).toEqual([1e6, 1e10]);
    expect(logDomain([2e6, 3e8], [1, 10], 0.05)).toEqual([1e6, 1e9]);
  });
  it('ticks every power of ten', () => {
    expect(logTicks([1e6, 1e8])).toEqual([1e6, 1e7, 1e8]);
    expect(logTicks([0.1, 100])).toEqual([0.1, 1, 10, 100]);
  });
  it('thins the powers of ten to at most `max`, keeping both ends', () => {
    expect(logTicks([1e8, 1e13], 4)).toEqual([1e8, 1e10, 1e12, 1e13]);
    expect(logTicks([1e8, 1e13], 6)).toHaveLength(6);
  });
  it('gives nothing for a domain that is not positive', () => {
    expect(logTicks([0, 10])).toEqual([]);
  });
  it('gives domain and ticks together', () => {
    expect(logScale([63e6, 2.7e9])).toEqual({ domain: [1e7, 1e10], ticks: [1e7, 1e8, 1e9, 1e10] });
    expect(logScale([1e6, 2.5e8], { pad: DOT_PAD, max: 3 })).toEqual({ domain: [1e5, 1e9], ticks: [1e5, 1e7, 1e9] });
  });
});

describe('tickTarget', () => {
  it('fits fewer ticks on a phone than on a desktop', () => {
    expect(tickTarget(280)).toBe(4);
    expect(tickTarget(600)).toBe(8);
    expect(tickTarget(90)).toBe(2);
  });
});

describe('tick labels in the reader’s locale', () => {
  it('shows counts in B in English and 亿 in Chinese', () => {
    expect([1e8, 1e9, 1e10].map(countTick('en'))).toEqual(['100M', '1B', '10B']);
    expect([1e8, 1e9, 1e10].map(countTick('zh'))).toEqual(['1亿', '10亿', '100亿']);
  });
  it('shows money with its currency', () => {
    expect(moneyTick('USD', 'en')(4e9)).toBe('$4B');
    expect(moneyTick('CNY', 'zh')(4e9)).toBe('¥40亿');
    expect(moneyTick('USD', 'zh')(2e9)).toBe('US$20亿');
  });
});
