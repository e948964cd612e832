import { describe, expect, it } from 'vitest';
import { filtersSentence } from './filtersSentence';

const names: Record<string, { en: string; zh: string }> = {
  baidu: { en: 'Baidu', zh: '百度' },
  alibaba: { en: 'Alibaba', zh: '阿里巴巴' },
};
const v = { vendors: ['baidu', 'alibaba'], region: 'cn' as const, from: 2023, to: 2024 };

describe('filtersSentence', () => {
  it('reads the filters in English', () => {
    expect(filtersSentence(v, 'en', (id) => names[id]?.en)).toBe('Region: China · 2023–2024 · Vendors: Baidu, Alibaba');
  });
  it('reads the filters in Chinese', () => {
    expect(filtersSentence(v, 'zh', (id) => names[id]?.zh)).toBe('地区：中国 · 2023–2024 · 厂商：百度、阿里巴巴');
  });
  it('names the full view when nothing is filtered, and falls back to ids', () => {
    const none = { vendors: [], region: 'all' as const, from: 2019, to: 2025 };
    expect(filtersSentence(none, 'en')).toBe('All vendors, regions and years (2019–2025)');
    expect(filtersSentence(none, 'zh')).toBe('全部厂商、地区与年份（2019–2025）');
    expect(filtersSentence({ ...none, region: 'us', vendors: ['openai'], from: 2024, to: 2024 }, 'en')).toBe(
      'Region: US · 2024 · Vendors: openai',
    );
  });
});
