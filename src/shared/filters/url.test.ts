import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from './state';
import { parseViewUrl, serializeViewUrl } from './url';

describe('view URL', () => {
  it('round-trips every field', () => {
    const v: ViewState = {
      vendors: ['openai', 'google'],
      region: 'cn',
      from: 2023,
      to: 2024,
      lang: 'zh',
      growthMode: 'indexed',
      currency: 'CNY',
      cnyPerUsd: 7.1,
      focus: 'revenue-growth',
    };
    const { search, hash } = serializeViewUrl(v);
    expect(search).toBe(
      '?v=1&vendor=openai~google&region=cn&from=2023&to=2024&lang=zh&growth=indexed&cur=CNY&rate=7.1',
    );
    expect(hash).toBe('#panel-revenue-growth');
    expect(parseViewUrl(search, hash)).toEqual(v);
  });

  it('writes only the version for the default view, and reads it back as the default', () => {
    const { search, hash } = serializeViewUrl(DEFAULT_VIEW);
    expect(search).toBe('?v=1');
    expect(hash).toBe('');
    expect(parseViewUrl(search)).toEqual(DEFAULT_VIEW);
  });

  it('drops unknown and malformed parameters without throwing', () => {
    const v = parseViewUrl(
      '?vendor=openai~BAD!~~google&region=eu&from=1999&to=20x4&lang=fr&growth=up&cur=EUR&rate=-3&junk=1',
      '#nope',
    );
    expect(v).toEqual({ ...DEFAULT_VIEW, vendors: ['openai', 'google'] });
  });

  it('resets a reversed year range and keeps a valid one-sided range', () => {
    expect(parseViewUrl('?from=2024&to=2020')).toMatchObject({ from: 2019, to: 2025 });
    expect(parseViewUrl('?from=2022')).toMatchObject({ from: 2022, to: 2025 });
  });

  it('dedupes vendors and ignores an empty list', () => {
    expect(parseViewUrl('?vendor=baidu~baidu').vendors).toEqual(['baidu']);
    expect(parseViewUrl('?vendor=').vendors).toEqual([]);
  });

  it('reads the panel focus from the hash only', () => {
    expect(parseViewUrl('', '#panel-china-usage').focus).toBe('china-usage');
    expect(parseViewUrl('?focus=x', '').focus).toBeNull();
  });
});
