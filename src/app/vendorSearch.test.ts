import { describe, expect, it } from 'vitest';
import type { Vendor } from '../shared/api/contract';
import { pickerOptions, searchVendors } from './vendorSearch';

const v = (id: string, en: string, zh: string, aliases: string[], region: 'us' | 'cn' | null = 'cn'): Vendor => ({
  id,
  name: { en, zh },
  aliases,
  region,
  group: 'bat',
  sourceId: 's',
});
const list = [
  v('baidu', 'Baidu', '百度', ['文心', '文心一言', 'ERNIE']),
  v('alibaba', 'Alibaba', '阿里', ['通义千问', 'Qwen']),
  v('moonshot', 'Moonshot AI', '月之暗面', ['Kimi']),
];

describe('searchVendors', () => {
  it('finds by alias in Chinese', () => expect(searchVendors(list, '文心').map((x) => x.id)).toEqual(['baidu']));
  it('finds by English name, case-insensitively', () =>
    expect(searchVendors(list, 'ali').map((x) => x.id)).toEqual(['alibaba']));
  it('finds by product alias', () => expect(searchVendors(list, 'kimi').map((x) => x.id)).toEqual(['moonshot']));
  it('puts prefix matches before substring matches', () =>
    expect(searchVendors([v('a', 'Xernie', 'x', []), ...list], 'ernie').map((x) => x.id)).toEqual(['baidu', 'a']));
  it('returns all for an empty query and none for no match', () => {
    expect(searchVendors(list, ' ')).toHaveLength(3);
    expect(searchVendors(list, 'zzz')).toEqual([]);
  });
});

describe('pickerOptions', () => {
  const mixed = [v('openai', 'OpenAI', 'OpenAI', ['ChatGPT'], 'us'), ...list, v('meta', 'Meta', 'Meta', [], 'us')];
  const shown = (o: { vendor: Vendor; outside: boolean }[]) => o.map((x) => `${x.vendor.id}${x.outside ? '×' : ''}`);

  it('with no region, every vendor is selectable, in search order', () =>
    expect(shown(pickerOptions(mixed, '', 'all'))).toEqual(['openai', 'baidu', 'alibaba', 'moonshot', 'meta']));
  it('with a region, the vendors outside it come last, greyed out', () => {
    expect(shown(pickerOptions(mixed, '', 'cn'))).toEqual(['baidu', 'alibaba', 'moonshot', 'openai×', 'meta×']);
    expect(shown(pickerOptions(mixed, '', 'us'))).toEqual(['openai', 'meta', 'baidu×', 'alibaba×', 'moonshot×']);
  });
  it('a vendor with no region is outside every region', () => {
    const apps = [v('duolingo', 'Duolingo', '多邻国', [], null), ...list];
    expect(shown(pickerOptions(apps, '', 'cn'))).toEqual(['baidu', 'alibaba', 'moonshot', 'duolingo×']);
    expect(shown(pickerOptions(apps, '', 'all'))[0]).toBe('duolingo');
  });
  it('searches first, then orders, then cuts to the limit', () => {
    expect(shown(pickerOptions(mixed, 'a', 'cn'))).toEqual(['alibaba', 'baidu', 'moonshot', 'openai×', 'meta×']);
    expect(shown(pickerOptions(mixed, '', 'cn', 2))).toEqual(['baidu', 'alibaba']);
  });
});
