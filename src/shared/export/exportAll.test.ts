// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_VIEW } from '../filters/state';
import { exportAllZip, type ExportEnv } from './exportPanel';
import type { PanelSnapshot, RegisteredPanel } from './registry';

const env: ExportEnv = {
  lang: 'en',
  view: { ...DEFAULT_VIEW, vendors: [] },
  vendorName: () => undefined,
  sourceOf: () => undefined,
  now: new Date('2025-01-31T12:00:00Z'),
};

/** A ready panel in its table view (no chart element): Export all writes its CSV. */
function panel(id: string, title: string, overrides: Partial<PanelSnapshot> = {}): RegisteredPanel {
  const snap: PanelSnapshot = {
    id,
    title,
    subtitle: 'sub',
    table: () => ({ columns: [{ key: 'a', header: 'A' }], rows: [{ a: `${id} row` }] }),
    legend: [],
    chartEl: null,
    ready: true,
    ...overrides,
  };
  return { id, snapshot: () => snap };
}

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([n, d]) => [n, strFromU8(d)]));
}

describe('Export all when a panel’s export throws', () => {
  const panels = [
    panel('first', 'First panel'),
    panel('broken-table', 'Broken table', {
      table: () => {
        throw new Error('table exploded');
      },
    }),
    panel('broken-chart', 'Broken chart', { reveal: () => Promise.reject(new Error('chart would not draw')) }),
    panel('last', 'Last panel'),
    panel('loading', 'Still loading', { ready: false }),
  ];

  it('skips those panels, exports the rest, and says which were skipped and why', async () => {
    const r = await exportAllZip(panels, env, () => {});
    expect(r.count).toBe(2);
    expect(r.failed).toEqual([
      { title: 'Broken table', reason: 'table exploded' },
      { title: 'Broken chart', reason: 'chart would not draw' },
    ]);
    const files = await unzip(r.blob);
    const csvs = Object.keys(files).filter((n) => n.endsWith('.csv'));
    expect(csvs).toHaveLength(2);
    expect(csvs.some((n) => n.includes('first'))).toBe(true);
    expect(csvs.some((n) => n.includes('last'))).toBe(true);
    expect(csvs.some((n) => n.includes('broken'))).toBe(false);
    const readme = files['README.txt']!;
    expect(readme).toContain('Skipped because its export failed:');
    expect(readme).toContain('- Broken table (table exploded)');
    expect(readme).toContain('- Broken chart (chart would not draw)');
    // A panel that was not ready is listed as before, apart from the failures.
    expect(readme).toContain('- Still loading');
  });

  it('fails as a whole only when no panel could be exported', async () => {
    await expect(exportAllZip([panels[1]!, panels[2]!], env, () => {})).rejects.toThrow(
      /Broken table \(table exploded\).*Broken chart \(chart would not draw\)/,
    );
  });
});
