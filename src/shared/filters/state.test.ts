import { describe, expect, it } from 'vitest';
import { ALL_FILTERS, DEFAULT_VIEW, ignoredFilters, toListFilters, viewChangeMatters } from './state';

const base = { vendors: [] as string[], region: 'all' as const, from: 2019, to: 2025 };

describe('toListFilters', () => {
  it('sends nothing for the default view (the full span keeps undated records)', () => {
    expect(toListFilters(base)).toEqual({});
  });
  it('sends sorted vendors, the region and both years when narrowed', () => {
    expect(toListFilters({ vendors: ['openai', 'baidu'], region: 'cn', from: 2023, to: 2025 })).toEqual({
      vendor: ['baidu', 'openai'],
      region: 'cn',
      from: '2023',
      to: '2025',
    });
  });
  it('leaves out the filters a panel does not use', () => {
    expect(
      toListFilters(
        { vendors: ['openai'], region: 'us', from: 2020, to: 2021 },
        { vendor: false, region: true, time: false },
      ),
    ).toEqual({ region: 'us' });
  });
});

describe('ignoredFilters', () => {
  it('names active filters the panel does not use, and only those', () => {
    const v = { vendors: ['openai'], region: 'us' as const, from: 2019, to: 2025 };
    expect(ignoredFilters(v, { vendor: false, region: false, time: false })).toEqual(['vendor', 'region']);
    expect(ignoredFilters(v, { vendor: true, region: true, time: false })).toEqual([]);
  });
});

describe('viewChangeMatters', () => {
  const view = { ...DEFAULT_VIEW, vendors: ['openai'], region: 'cn' as const, from: 2020 };
  const regionOnly = { vendor: false, region: true, time: false };
  it('is true for a change of a filter the panel uses', () => {
    expect(viewChangeMatters(view, { ...view, region: 'us' }, regionOnly)).toBe(true);
    expect(viewChangeMatters(view, { ...view, region: 'all' }, regionOnly)).toBe(true);
    expect(viewChangeMatters(view, { ...view, vendors: ['baidu'] }, ALL_FILTERS)).toBe(true);
    expect(viewChangeMatters(view, { ...view, from: 2022 }, ALL_FILTERS)).toBe(true);
  });
  it('is false for a change of a filter the panel ignores', () => {
    expect(viewChangeMatters(view, { ...view, vendors: ['baidu', 'openai'] }, regionOnly)).toBe(false);
    expect(viewChangeMatters(view, { ...view, vendors: [] }, regionOnly)).toBe(false);
    expect(viewChangeMatters(view, { ...view, from: 2019 }, regionOnly)).toBe(false);
  });
  it('is true when the focused panel changes (a share link scrolls to it)', () => {
    expect(viewChangeMatters(view, { ...view, focus: 'cloud' }, regionOnly)).toBe(true);
  });
  it('is false for view options, which a held panel takes from the store once it comes near', () => {
    for (const change of [
      { lang: 'zh' as const },
      { growthMode: 'indexed' as const },
      { currency: 'CNY' as const },
      { cnyPerUsd: 7 },
    ])
      expect(viewChangeMatters(view, { ...view, ...change }, ALL_FILTERS)).toBe(false);
  });
  it('is false for the same filters in another order', () => {
    expect(
      viewChangeMatters(
        { ...view, vendors: ['openai', 'baidu'] },
        { ...view, vendors: ['baidu', 'openai'] },
        ALL_FILTERS,
      ),
    ).toBe(false);
  });
});
