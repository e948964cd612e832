import { describe, expect, it } from 'vitest';
import { dropUnknownVendors } from './knownVendors';
import { DEFAULT_VIEW, type ViewState } from './state';

const known = new Set(['openai', 'google', 'baidu']);
const view = (vendors: string[]): ViewState => ({ ...DEFAULT_VIEW, vendors, region: 'cn', from: 2023, lang: 'zh' });

describe('dropUnknownVendors', () => {
  it('drops an id the API does not know and keeps the rest of the view', () => {
    const r = dropUnknownVendors(view(['nosuch']), known);
    expect(r.dropped).toEqual(['nosuch']);
    expect(r.view).toEqual(view([]));
  });
  it('keeps known ids in their order, drops the stale ones', () => {
    const r = dropUnknownVendors(view(['google', 'nosuch', 'openai', 'gone-too']), known);
    expect(r.view.vendors).toEqual(['google', 'openai']);
    expect(r.dropped).toEqual(['nosuch', 'gone-too']);
    expect(r.view).toMatchObject({ region: 'cn', from: 2023, lang: 'zh' });
  });
  it('returns the same view when every id is known (nothing to write back)', () => {
    const v = view(['openai', 'baidu']);
    const r = dropUnknownVendors(v, known);
    expect(r.view).toBe(v);
    expect(r.dropped).toEqual([]);
  });
  it('an empty selection stays empty, even before any vendor is known', () => {
    const v = view([]);
    expect(dropUnknownVendors(v, new Set())).toEqual({ view: v, dropped: [] });
  });
  it('does not change the view it was given', () => {
    const v = view(['nosuch', 'openai']);
    dropUnknownVendors(v, known);
    expect(v.vendors).toEqual(['nosuch', 'openai']);
  });
});
