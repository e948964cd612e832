import { describe, expect, it } from 'vitest';
import { PartialDate, Stage, type Vendor } from './resources';
import { dateSpan, matchesQuery, spanOf, stageBySection } from './semantics';

const t = (s: string) => ({ en: s, zh: s });
const stage = (over: Partial<Stage> & Pick<Stage, 'id'>): Stage => ({
  order: 1,
  name: t(over.id),
  dated: true,
  start: '2019-02',
  end: '2024-12',
  section: null,
  datesBasis: t('told'),
  future: false,
  sourceId: 's-1',
  ...over,
});
const device = stage({ id: 'device', order: 4, dated: false, start: null, end: null, future: true });
const regionOf = () => undefined;

describe('dateSpan', () => {
  it('gives a quarter the article does not name (YYYY-QX) its whole year', () => {
    expect(PartialDate.safeParse('2024-QX').success).toBe(true);
    expect(PartialDate.safeParse('2024-Q5').success).toBe(false);
    expect(dateSpan('2024-QX')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(dateSpan('2024-Q3')).toEqual({ start: '2024-07-01', end: '2024-09-30' });
  });
});

describe('stages and the from/to filter', () => {
  it('gives a stage that is not dated no span, so a date range never matches it', () => {
    expect(spanOf('stages', device)).toBeNull();
    expect(matchesQuery('stages', device, {}, regionOf)).toBe(true);
    expect(matchesQuery('stages', device, { from: '2025' }, regionOf)).toBe(false);
    expect(matchesQuery('stages', device, { to: '2019' }, regionOf)).toBe(false);
  });

  it('runs an ongoing stage on without end, and overlapping stages both match a range they share', () => {
    const ongoing = stage({ id: 'application', start: '2024-12', end: null });
    expect(matchesQuery('stages', ongoing, { from: '2030' }, regionOf)).toBe(true);
    const one = stage({ id: 'parameters' });
    const two = stage({ id: 'multimodal-monetization', start: '2023-Q3' });
    for (const s of [one, two])
      expect(matchesQuery('stages', s, { from: '2023-10', to: '2024-03' }, regionOf)).toBe(true);
  });

  it('refuses a stage that is not dated but has dates, and a dated one without start', () => {
    expect(() => Stage.parse({ ...device, start: '2025' })).toThrow(/neither start nor end/);
    expect(() => Stage.parse({ ...stage({ id: 'parameters' }), start: null })).toThrow(/needs start/);
  });
});

describe('vendors without a region', () => {
  const vendor: Vendor = { id: 'x', name: t('X'), aliases: [], region: null, group: 'application', sourceId: 's-1' };
  it('match no region filter, and every other filter as before', () => {
    expect(matchesQuery('vendors', vendor, { region: 'us' }, regionOf)).toBe(false);
    expect(matchesQuery('vendors', vendor, { region: 'cn' }, regionOf)).toBe(false);
    expect(matchesQuery('vendors', vendor, { vendor: ['x'] }, regionOf)).toBe(true);
  });
});

describe('stageBySection', () => {
  it('maps each stage’s section to it; stages without a section of their own are left out', () => {
    const map = stageBySection([stage({ id: 'parameters', section: '第一阶段' }), device]);
    expect([...map]).toEqual([['第一阶段', 'parameters']]);
  });
});
