import { describe, expect, it } from 'vitest';
import { activeFilters, clearLabel, emptyLineText, FILTER_TEXT, filtersToName, vendorList } from './filterText';

const names: Record<string, { en: string; zh: string }> = {
  openai: { en: 'OpenAI', zh: 'OpenAI' },
  baidu: { en: 'Baidu', zh: '百度' },
  google: { en: 'Google', zh: '谷歌' },
  meta: { en: 'Meta', zh: 'Meta' },
};
const nameIn = (lang: 'en' | 'zh') => (id: string) => names[id]?.[lang] ?? id;

describe('FILTER_TEXT', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(FILTER_TEXT.zh).sort()).toEqual(Object.keys(FILTER_TEXT.en).sort());
  });
});

describe('activeFilters', () => {
  it('lists the filters a panel query carries, in a fixed order', () => {
    expect(activeFilters({})).toEqual([]);
    expect(activeFilters({ from: '2020', to: '2021', region: 'cn', vendor: ['openai'] })).toEqual([
      'vendor',
      'region',
      'time',
    ]);
    expect(activeFilters({ vendor: [] })).toEqual([]);
  });
});

describe('filtersToName', () => {
  it('names the filters that emptied the panel alone', () => {
    expect(filtersToName(['region'], { vendor: ['openai'], region: 'cn' })).toEqual(['region']);
  });
  it('names every active filter when no single one did (or the answer is not in yet)', () => {
    expect(filtersToName([], { vendor: ['openai'], region: 'cn' })).toEqual(['vendor', 'region']);
  });
  it('ignores an emptiedBy answer for a filter no longer active', () => {
    expect(filtersToName(['time'], { region: 'cn' })).toEqual(['region']);
  });
  it('names nothing when no filter is active', () => {
    expect(filtersToName([], {})).toEqual([]);
  });
});

describe('emptyLineText', () => {
  it('names the region in the reader’s language', () => {
    expect(emptyLineText(['region'], { region: 'cn' }, 'en', nameIn('en'))).toBe('No figures for China in this panel');
    expect(emptyLineText(['region'], { region: 'cn' }, 'zh', nameIn('zh'))).toBe('此面板在“中国”筛选下没有数据');
  });
  it('names vendors, a region and years together', () => {
    const filters = { vendor: ['baidu', 'openai'], region: 'cn' as const, from: '2020', to: '2021' };
    expect(emptyLineText(['vendor', 'region', 'time'], filters, 'en', nameIn('en'))).toBe(
      'No figures for Baidu, OpenAI + China + 2020–2021 in this panel',
    );
    expect(emptyLineText(['vendor', 'time'], filters, 'zh', nameIn('zh'))).toBe(
      '此面板在“百度、OpenAI + 2020–2021年”筛选下没有数据',
    );
  });
  it('says plainly that the panel is empty when no filter is to blame', () => {
    expect(emptyLineText([], {}, 'en', nameIn('en'))).toBe('No figures in this panel');
  });
});

describe('vendorList', () => {
  it('shows three names, then a count', () => {
    expect(vendorList(['A', 'B', 'C'], 'en')).toBe('A, B, C');
    expect(vendorList(['A', 'B', 'C', 'D', 'E'], 'en')).toBe('A, B, C +2');
    expect(vendorList(['甲', '乙', '丙', '丁'], 'zh')).toBe('甲、乙、丙 等 1 家');
  });
});

describe('clearLabel', () => {
  it('says which filter a button clears', () => {
    expect(clearLabel('region', 'en')).toBe('Clear region');
    expect(clearLabel('vendor', 'zh')).toBe('清除厂商');
    expect(clearLabel('time', 'en')).toBe('Clear time range');
  });
});
