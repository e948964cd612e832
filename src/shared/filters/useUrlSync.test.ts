// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useViewStore } from './store';
import { loadViewFromUrl } from './useUrlSync';

afterEach(() => {
  useViewStore.getState().reset();
  window.history.replaceState(null, '', '/');
});

describe('loadViewFromUrl (before the first render)', () => {
  it('sets the store to a shared link’s view', () => {
    window.history.replaceState(null, '', '/?lang=zh&region=cn&from=2022#panel-china-usage');
    loadViewFromUrl();
    expect(useViewStore.getState()).toMatchObject({ lang: 'zh', region: 'cn', from: 2022, focus: 'china-usage' });
  });

  it('leaves the defaults for a bare URL and ignores what it cannot read', () => {
    useViewStore.getState().setLang('zh');
    window.history.replaceState(null, '', '/?lang=fr&region=mars');
    loadViewFromUrl();
    expect(useViewStore.getState()).toMatchObject({ lang: 'en', region: 'all' });
  });
});
