import { describe, expect, it } from 'vitest';
import type { Vendor } from '../shared/api/contract';
import { searchVendors } from './vendorSearch';

const v = (id: string, en: string, zh: string, aliases: string[]): Vendor => ({
  id,
  name: { en, zh },
  aliases,
  region: 'cn',
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
