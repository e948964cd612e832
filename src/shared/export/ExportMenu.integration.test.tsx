// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithQuery, useMockApi } from '../../../tests/setup/render';
import { Panel } from '../ui/Panel';
import { registeredPanels } from './registry';

useMockApi();

const status = { isPending: false, isError: false, error: null, refetch: () => {} };

function Demo() {
  return (
    <Panel
      id="demo-panel"
      title="Demo panel"
      subtitle="Units · USD · 2024"
      uses={{ vendor: true, region: true, time: true }}
      status={status}
      isEmpty={false}
      table={() => ({ columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'x' }] })}
      legend={[{ key: 'openai', label: 'OpenAI', color: '#10a37f', vendorId: 'openai' }]}
    >
      <svg width="400" height="200" />
    </Panel>
  );
}

describe('Export menu', () => {
  it('opens by keyboard, lists the formats, moves with arrows and closes on Escape with focus back', async () => {
    const user = userEvent.setup();
    renderWithQuery(<Demo />);
    const button = screen.getByRole('button', { name: 'Export Demo panel' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu');
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((i) => i.textContent);
    expect(items).toEqual([
      'PNG 2× (default)',
      'PNG 1×',
      'PNG 4×',
      'SVG (vector)',
      'CSV (table data)',
      'Copy image',
      'Copy link',
    ]);
    expect(
      within(menu)
        .getAllByRole('menuitemradio')
        .map((i) => i.textContent),
    ).toEqual(['White background', 'Transparent background']);
    await waitFor(() => expect(document.activeElement).toHaveTextContent('PNG 2× (default)'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveTextContent('PNG 1×');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toHaveTextContent('Transparent background');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitemradio', { name: 'Transparent background' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('registers the panel while mounted', () => {
    const { unmount } = renderWithQuery(<Demo />);
    const reg = registeredPanels();
    expect(reg.map((r) => r.id)).toEqual(['demo-panel']);
    const snap = reg[0]!.snapshot();
    expect(snap).toMatchObject({ title: 'Demo panel', ready: true });
    expect(snap.table()).toMatchObject({ rows: [{ a: 'x' }] });
    unmount();
    expect(registeredPanels()).toEqual([]);
  });
});
