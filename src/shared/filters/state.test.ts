import { describe, expect, it } from 'vitest';
import { ignoredFilters, toListFilters } from './state';

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
