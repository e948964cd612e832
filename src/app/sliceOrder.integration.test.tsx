// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { renderWithQuery, useMockApi } from '../../tests/setup/render';
import { useViewStore } from '../shared/filters/store';
import { App } from './App';

useMockApi();

const sliceIds = () => [...document.querySelectorAll('main .slice')].map((s) => s.id);

describe('the slice order follows the region', () => {
  it('region China puts the China market first; back to all, the order returns and no slice mounts again', async () => {
    window.history.replaceState(null, '', '/?v=1&region=cn');
    renderWithQuery(<App />);
    await waitFor(() =>
      expect(sliceIds()).toEqual(['slice-china', 'slice-stages', 'slice-compute', 'slice-monetization']),
    );
    // The China slice is the one mounted first.
    const players = await screen.findByRole('article', { name: /Players/ }, { timeout: 10000 });
    await waitFor(() => expect(document.querySelectorAll('[data-panel]').length).toBeGreaterThanOrEqual(16), {
      timeout: 20000,
    });
    const timeline = document.querySelector('[data-panel="release-timeline"]');

    act(() => useViewStore.getState().setRegion('all'));
    expect(sliceIds()).toEqual(['slice-stages', 'slice-compute', 'slice-monetization', 'slice-china']);
    // The same elements, moved: nothing unmounted when the order changed.
    expect(screen.getByRole('article', { name: /Players/ })).toBe(players);
    expect(document.querySelector('[data-panel="release-timeline"]')).toBe(timeline);
  }, 40000);
});
