import { describe, expect, it } from 'vitest';
import { chinaFilters, comparisonFilters, regionExcludesChina } from './region';

describe('regionExcludesChina', () => {
  it('is true only for the US region', () => {
    expect(regionExcludesChina('us')).toBe(true);
    expect(regionExcludesChina('cn')).toBe(false);
    expect(regionExcludesChina('all')).toBe(false);
  });
});

describe('chinaFilters', () => {
  it('pins the region to China and keeps vendor and time', () => {
    expect(chinaFilters({})).toEqual({ region: 'cn' });
    expect(chinaFilters({ vendor: ['baidu'], from: '2023', to: '2024', region: 'us' })).toEqual({
      vendor: ['baidu'],
      from: '2023',
      to: '2024',
      region: 'cn',
    });
  });
});

describe('comparisonFilters', () => {
  it('asks for the comparison vendors in their region', () => {
    expect(comparisonFilters({}, ['microsoft', 'google'], 'us')).toEqual({
      vendor: ['google', 'microsoft'],
      region: 'us',
    });
  });
  it('narrows by the shared vendor filter and keeps the time range', () => {
    expect(
      comparisonFilters({ vendor: ['baidu', 'google'], from: '2024', to: '2024' }, ['google', 'microsoft'], 'us'),
    ).toEqual({
      vendor: ['google'],
      region: 'us',
      from: '2024',
      to: '2024',
    });
  });
  it('is null when the vendor filter leaves none', () => {
    expect(comparisonFilters({ vendor: ['baidu'] }, ['google', 'microsoft'], 'us')).toBeNull();
  });
});
