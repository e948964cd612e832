import { describe, expect, it } from 'vitest';
import { useBrowser, waitForPanels } from './browser';

const b = useBrowser();

/** Number of drawn marks (paths, rects, circles) inside a panel's SVG. */
async function marksIn(page: import('playwright-core').Page, panelId: string): Promise<number> {
  return page
    .locator(`[data-panel="${panelId}"] svg.recharts-surface`)
    .evaluateAll((svgs) =>
      svgs.reduce(
        (n, s) =>
          n +
          s.querySelectorAll('.recharts-layer path, .recharts-layer rect, .recharts-layer circle, .recharts-symbols')
            .length,
        0,
      ),
    );
}

describe('the shell, in Chromium against npm start', () => {
  it('loads four slices that draw charts', async () => {
    const page = await b.newPage();
    await page.goto(b.appUrl());
    for (const name of ['Stages of the race', 'Compute and cost', 'Monetization', 'China market'])
      await expect.poll(() => page.getByRole('region', { name }).count(), { message: name }).toBe(1);
    await waitForPanels(page);
    const panels = await page
      .locator('[data-panel][data-state="ready"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')));
    expect(panels.length).toBeGreaterThanOrEqual(4);
    for (const slice of ['stages', 'compute', 'monetization', 'china']) {
      // Charts render as they come near the viewport: scroll to each slice as a reader would.
      await page.locator(`#slice-${slice} [data-panel]`).first().scrollIntoViewIfNeeded();
      await expect
        .poll(() => page.locator(`#slice-${slice} svg.recharts-surface`).count(), { message: `charts in ${slice}` })
        .toBeGreaterThan(0);
    }
    expect(await marksIn(page, 'parameter-scale')).toBeGreaterThan(0);
  });

  it('changing the region changes the URL and the charts; a reload keeps it', async () => {
    const page = await b.newPage();
    await page.goto(b.appUrl());
    await waitForPanels(page);
    const before = await page.locator('[data-panel="parameter-scale"]').getAttribute('data-state');
    expect(before).toBe('ready');
    await page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: 'China' }).click();
    await expect.poll(() => page.url()).toContain('region=cn');
    // No Chinese model in the article states a parameter count: the panel empties and says why.
    await expect.poll(() => page.locator('[data-panel="parameter-scale"]').getAttribute('data-state')).toBe('empty');
    await page.reload();
    await waitForPanels(page);
    expect(await page.getByRole('button', { name: 'China' }).first().getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-panel="parameter-scale"]').getAttribute('data-state')).toBe('empty');
    await page.goBack().catch(() => {});
  });

  it('switching to 中文 shows Chinese labels and keeps it in the URL', async () => {
    const page = await b.newPage();
    await page.goto(b.appUrl());
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.url()).toContain('lang=zh');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('大模型竞赛');
    await expect(page.getByRole('region', { name: '算力与成本' }).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('Back and Forward restore the filters', async () => {
    const page = await b.newPage();
    await page.goto(b.appUrl());
    await waitForPanels(page);
    await page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: 'US' }).click();
    await expect.poll(() => page.url()).toContain('region=us');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('region=us');
    expect(
      await page
        .getByRole('navigation', { name: 'Filters' })
        .getByRole('button', { name: 'All' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.goForward();
    await expect
      .poll(() =>
        page
          .getByRole('navigation', { name: 'Filters' })
          .getByRole('button', { name: 'US' })
          .getAttribute('aria-pressed'),
      )
      .toBe('true');
  });

  it('the static demo build works with no API server', async () => {
    const page = await b.newPage();
    const apiCalls: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/v1/')) apiCalls.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(b.demoUrl());
    await waitForPanels(page);
    expect(await page.locator('#slice-stages svg.recharts-surface').count()).toBeGreaterThan(0);
    expect(await marksIn(page, 'parameter-scale')).toBeGreaterThan(0);
    // The static host has no /api: every answer came from the service worker.
    const res = await page.evaluate(() => fetch('./api/v1/vendors').then((r) => r.status));
    expect(res).toBe(200);
  });
});
