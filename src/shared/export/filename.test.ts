import { describe, expect, it } from 'vitest';
import { exportFileName, filtersSlug, isoDay } from './filename';

const none = { vendors: [], region: 'all' as const, from: 2019, to: 2025 };

describe('export file names', () => {
  it('says "all" when no filter is active', () => {
    expect(filtersSlug(none)).toBe('all');
    expect(exportFileName('parameter-scale', none, new Date(2025, 0, 5), 'png')).toBe(
      'model-race_parameter-scale_all_2025-01-05.png',
    );
  });
  it('slugs region, years and vendors in that order', () => {
    const v = { vendors: ['baidu', 'alibaba'], region: 'cn' as const, from: 2023, to: 2024 };
    expect(filtersSlug(v)).toBe('region-cn_2023-2024_vendors-baidu-alibaba');
    expect(exportFileName('china-share', v, new Date(2024, 11, 31), 'csv')).toBe(
      'model-race_china-share_region-cn_2023-2024_vendors-baidu-alibaba_2024-12-31.csv',
    );
  });
  it('uses one year when from = to and caps long vendor lists', () => {
    expect(filtersSlug({ ...none, from: 2024, to: 2024 })).toBe('2024');
    const many = { ...none, vendors: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
    expect(filtersSlug(many)).toBe('vendors-a-b-c-d-e-f-and-2-more');
  });
  it('keeps names file-safe', () => {
    expect(exportFileName('Weird Id!', { ...none, vendors: ['x/../y'] }, new Date(2025, 5, 1), 'svg')).toBe(
      'model-race_weird-id_vendors-x-y_2025-06-01.svg',
    );
    expect(isoDay(new Date(2025, 8, 9))).toBe('2025-09-09');
  });
});
