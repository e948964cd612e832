// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { registerPanel, registeredPanels } from '../shared/export/registry';
import { Slice } from './Slice';
import { SectionMenu } from './SectionMenu';
import { revealPanel, toggled, unfolded, useSliceFold } from './sliceFold';

afterEach(() => useSliceFold.getState().reset());

/** Stands in for a panel: an article with the panel's anchor, registered for Export all while mounted. */
function FakePanel({ id }: { id: string }) {
  useEffect(
    () =>
      registerPanel({
        id,
        snapshot: () => ({
          id,
          title: id,
          subtitle: '',
          table: () => ({ columns: [], rows: [] }),
          legend: [],
          chartEl: null,
          ready: true,
        }),
      }),
    [id],
  );
  return <article id={`panel-${id}`}>{id}</article>;
}

function Page() {
  return (
    <>
      <SectionMenu
        slices={[
          { id: 'stages', label: 'Stages of the race' },
          { id: 'china', label: 'China market' },
        ]}
      />
      <Slice id="stages" title="Stages of the race">
        <FakePanel id="release-timeline" />
      </Slice>
      <Slice id="china" title="China market">
        <FakePanel id="china-usage" />
        <FakePanel id="china-cloud" />
      </Slice>
    </>
  );
}

describe('fold state', () => {
  it('toggled folds an open slice and opens a folded one; unfolded keeps the same set when open', () => {
    const one = toggled(new Set(), 'china');
    expect([...one]).toEqual(['china']);
    expect([...toggled(one, 'china')]).toEqual([]);
    expect(unfolded(one, 'stages')).toBe(one);
    expect([...unfolded(one, 'china')]).toEqual([]);
  });
});

describe('slices that fold', () => {
  it('the heading is a toggle: folded, the slice keeps its heading and its panels stay mounted and registered', async () => {
    render(<Page />);
    const china = screen.getByRole('region', { name: 'China market' });
    const toggle = within(china).getByRole('button', { name: 'China market' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(registeredPanels().map((p) => p.id)).toEqual(['release-timeline', 'china-usage', 'china-cloud']);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(china).toHaveClass('slice--folded');
    expect(screen.getByRole('heading', { level: 2, name: 'China market' })).toBeInTheDocument();
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).toHaveAttribute('inert');
    // Export all reads the registry: every panel of the folded slice is still there, in page order.
    expect(document.getElementById('panel-china-usage')).not.toBeNull();
    expect(registeredPanels().map((p) => p.id)).toEqual(['release-timeline', 'china-usage', 'china-cloud']);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(body).not.toHaveAttribute('inert');
  });

  it('a link to a panel in a folded slice opens that slice (and only that one)', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'China market' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stages of the race' }));
    act(() => revealPanel('china-cloud'));
    expect(screen.getByRole('button', { name: 'China market' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Stages of the race' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('the section menu jumps to a slice in one click, opens it if folded, focuses its heading, and leaves the URL alone', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'China market' }));
    const before = window.location.href;
    const menu = screen.getByRole('navigation', { name: 'Sections' });
    const link = within(menu).getByRole('link', { name: 'China market' });
    expect(link).toHaveAttribute('href', '#slice-china');
    await userEvent.click(link);
    const toggle = screen.getByRole('button', { name: 'China market' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await new Promise((r) => requestAnimationFrame(r));
    expect(toggle).toHaveFocus();
    expect(window.location.href).toBe(before);
  });
});
