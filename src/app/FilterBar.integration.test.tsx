// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithQuery, useMockApi } from '../../tests/setup/render';
import { useViewStore } from '../shared/filters/store';
import { FilterBar } from './FilterBar';

useMockApi();

const open = async () => {
  const box = screen.getByRole('combobox', { name: 'Vendors' });
  // The vendor list arrives from the API before the options do.
  await waitFor(() => expect(box).toHaveAttribute('placeholder', 'Search vendors (English, 中文 or alias)'));
  fireEvent.focus(box);
  return screen.getByRole('listbox', { name: 'Vendors' });
};

describe('the vendor picker under a region', () => {
  it('greys out the vendors outside the region: they cannot be picked, the others can', async () => {
    act(() => useViewStore.getState().setRegion('cn'));
    renderWithQuery(<FilterBar />);
    const list = await open();
    const options = within(list).getAllByRole('option');
    const openai = within(list).queryByRole('option', { name: /OpenAI/ });
    // The first twelve entries are China's vendors; the US ones come after, greyed out.
    expect(options.slice(0, 12).every((o) => !o.hasAttribute('aria-disabled'))).toBe(true);
    expect(openai).toBeNull();
    await userEvent.type(screen.getByRole('combobox', { name: 'Vendors' }), 'open');
    const greyed = await within(screen.getByRole('listbox')).findByRole('option', { name: /OpenAI/ });
    expect(greyed).toHaveAttribute('aria-disabled', 'true');
    expect(greyed).toHaveTextContent('outside China');
    fireEvent.mouseDown(greyed);
    expect(useViewStore.getState().vendors).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().vendors).toEqual([]);
  });

  it('closes the list after a pick', async () => {
    act(() => useViewStore.getState().setRegion('cn'));
    renderWithQuery(<FilterBar />);
    const list = await open();
    fireEvent.mouseDown(within(list).getByRole('option', { name: /Baidu/ }));
    expect(useViewStore.getState().vendors).toEqual(['baidu']);
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('with no region, every vendor can be picked', async () => {
    renderWithQuery(<FilterBar />);
    const list = await open();
    expect(
      within(list)
        .getAllByRole('option')
        .some((o) => o.hasAttribute('aria-disabled')),
    ).toBe(false);
  });
});

describe('the filter bar on a vendor/region pair that can match nothing', () => {
  it('OpenAI + China: says so, and Show all regions fixes it in one click', async () => {
    act(() => {
      useViewStore.getState().setVendors(['openai']);
      useViewStore.getState().setRegion('cn');
    });
    renderWithQuery(<FilterBar />);
    const line = screen.getByTestId('filter-conflict');
    await waitFor(() => expect(line).toHaveTextContent('Nothing can match: OpenAI is outside China.'));
    // The phone's folded line says it too, in place of the active filters.
    expect(document.querySelector('.filter-bar__active')).toHaveTextContent('Nothing can match');
    await userEvent.click(within(line).getByRole('button', { name: 'Show all regions' }));
    expect(useViewStore.getState().region).toBe('all');
    expect(useViewStore.getState().vendors).toEqual(['openai']);
    expect(line).toBeEmptyDOMElement();
  });

  it('OpenAI + Baidu + China: names OpenAI as adding nothing, and removes only it (in Chinese too)', async () => {
    act(() => {
      useViewStore.getState().setVendors(['openai', 'baidu']);
      useViewStore.getState().setRegion('cn');
      useViewStore.getState().setLang('zh');
    });
    renderWithQuery(<FilterBar />);
    const line = screen.getByTestId('filter-conflict');
    await waitFor(() => expect(line).toHaveTextContent('OpenAI不在中国，在此不起作用。'));
    await userEvent.click(within(line).getByRole('button', { name: '移除OpenAI' }));
    expect(useViewStore.getState().vendors).toEqual(['baidu']);
    expect(useViewStore.getState().region).toBe('cn');
  });

  it('the phone’s one-line bar counts the active filters and opens the full bar', async () => {
    act(() => {
      useViewStore.getState().setVendors(['baidu']);
      useViewStore.getState().setRegion('cn');
    });
    renderWithQuery(<FilterBar />);
    const toggle = screen.getByRole('button', { name: 'Filters (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(toggle.nextElementSibling).toHaveTextContent('Baidu · China'));
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('navigation', { name: 'Filters' })).toHaveClass('is-open');
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
