import { describe, expect, it } from 'vitest';
import { activeFilterCount, activeFilterSummary } from './filterSummary';

const none = { vendors: [], region: 'all' as const, from: 2019, to: 2025 };
const name = (id: string) => ({ openai: 'OpenAI', baidu: '百度', google: 'Google' })[id] ?? id;

describe('activeFilterCount', () => {
  it('counts each vendor, the region and the time range', () => {
    expect(activeFilterCount(none)).toBe(0);
    expect(activeFilterCount({ ...none, vendors: ['openai', 'baidu'], region: 'cn' })).toBe(3);
    expect(activeFilterCount({ ...none, from: 2020 })).toBe(1);
  });
});

describe('activeFilterSummary', () => {
  it('says no filter is on', () => {
    expect(activeFilterSummary(none, 'en', name)).toBe('No filters: everything shown');
    expect(activeFilterSummary(none, 'zh', name)).toBe('未筛选：显示全部');
  });
  it('names the filters in a few words, in the order chosen', () => {
    const v = { vendors: ['openai', 'baidu', 'google'], region: 'cn' as const, from: 2020, to: 2023 };
    expect(activeFilterSummary(v, 'en', name)).toBe('OpenAI, 百度 +1 · China · 2020–2023');
    expect(activeFilterSummary({ ...v, vendors: ['baidu'] }, 'zh', name)).toBe('百度 · 中国 · 2020–2023年');
  });
});
