// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderWithQuery, useMockApi } from '../../../tests/setup/render';
import { useViewStore } from '../filters/store';
import { dataset } from '../../../data';
import { DataTable } from './DataTable';

useMockApi();
afterEach(() => useViewStore.getState().setLang('en'));

// A sentence with the seed's artefacts: a pinyin reading (戰(zhàn)) and "??".
const source = dataset.sources.find((s) => s.id === 's-price-war')!;
const spec = { columns: [{ key: 'source', header: 'Source', source: true }], rows: [{ source: source.id }] };

describe('DataTable source cells', () => {
  it('show the article’s sentence exactly as written in the Chinese view', async () => {
    expect(source.quote).toContain('戰(zhàn)');
    useViewStore.getState().setLang('zh');
    renderWithQuery(<DataTable spec={spec} caption="t" />);
    await waitFor(() => expect(document.querySelector('[lang="zh-Hant"]')).not.toBeNull());
    expect(document.querySelector('[lang="zh-Hant"]')!.textContent).toBe(source.quote);
    expect(screen.getByRole('cell').textContent).toBe(source.quote);
  });
  it('show the sentence as written and its translation in English', async () => {
    renderWithQuery(<DataTable spec={spec} caption="t" />);
    await waitFor(() => expect(document.querySelector('[lang="zh-Hant"]')).not.toBeNull());
    expect(screen.getByRole('cell').textContent).toBe(`${source.quote} — ${source.en}`);
  });
  it('shows the screen’s columns (a formatted figure) and not the CSV-only ones', async () => {
    const t = {
      columns: [
        { key: 'item', header: 'Item' },
        { key: 'price', header: 'Price', screenOnly: true },
        { key: 'statement', header: 'Statement', csvOnly: true },
      ],
      rows: [{ item: 'Plus', price: '$20', statement: 'words' }],
    };
    renderWithQuery(<DataTable spec={t} caption="t" />);
    expect(screen.getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Item', 'Price']);
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['Plus', '$20']);
  });
});
