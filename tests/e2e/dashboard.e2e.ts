import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser, waitForPanels } from './browser';
import { CHART_WAIT_CLASS } from '../../src/shared/ui/chartWait';

const b = useBrowser();

const state = (page: Page, id: string) => page.locator(`[data-panel="${id}"]`).getAttribute('data-state');

async function open(page: Page, query = '') {
  await page.goto(`${b.appUrl()}${query}`);
  await waitForPanels(page, 16);
}

describe('the linked dashboard, in Chromium against npm start', () => {
  it('clicking a vendor in the monetization slice changes the stages and compute panels and the URL', async () => {
    const page = await b.newPage();
    await open(page);
    const timelineDots = () =>
      page
        .locator(
          '[data-panel="release-timeline"] .recharts-scatter-symbol, [data-panel="release-timeline"] .recharts-symbols',
        )
        .count();
    // The timeline renders as a transition once in view; wait for its dots before counting them.
    await expect.poll(timelineDots).toBeGreaterThan(1);
    const before = await timelineDots();
    expect(await state(page, 'token-price')).toBe('ready');
    // The reach legend's vendors toggle the shared filter (the revenue comparison picks its companies itself).
    await page.locator('[data-panel="reach"] .legend button[data-vendor="meta"]').first().click();
    await expect.poll(() => page.url()).toContain('vendor=meta');
    // Stages: the timeline keeps only Meta's events (it redraws when it is scrolled back into view).
    await page.locator('[data-panel="release-timeline"]').scrollIntoViewIfNeeded();
    await expect.poll(timelineDots).toBeLessThan(before);
    // Compute: token prices are OpenAI's only, so the panel folds to one line naming the vendor filter.
    await expect.poll(() => state(page, 'token-price')).toBe('empty');
    expect(await page.locator('[data-panel="token-price"]').getByRole('status').textContent()).toBe(
      'No figures for Meta in this panel',
    );
    // The chip in the filter bar shows the selection; clearing it restores everything.
    await page.getByRole('navigation', { name: 'Filters' }).getByRole('button', { name: 'Clear vendors' }).click();
    await expect.poll(() => state(page, 'token-price')).toBe('ready');
    await page.locator('[data-panel="release-timeline"]').scrollIntoViewIfNeeded();
    await expect.poll(timelineDots).toBe(before);
  });

  it('hovering a time panel moves the cursors of the other time panels', async () => {
    const page = await b.newPage();
    await open(page);
    // A window as tall as the page, so every time panel is in view (charts far off-screen are held).
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: page.viewportSize()!.width, height: tall + 200 });
    const synced = (id: string) => page.locator(`[data-panel="${id}"] .sync-cursor`).count();
    expect(await synced('chips-timeline')).toBe(0);
    const plot = page.locator('[data-panel="doubling-curves"] .recharts-surface').first();
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.65, box.y + box.height * 0.5);
    await expect
      .poll(() => page.locator('[data-panel="doubling-curves"] .recharts-tooltip-cursor').count())
      .toBeGreaterThan(0);
    for (const id of ['release-timeline', 'chips-timeline', 'china-usage'])
      await expect.poll(() => synced(id), { message: id }).toBeGreaterThan(0);
    // The hovered panel draws its own cursor, not the shared one.
    expect(await synced('doubling-curves')).toBe(0);
    // Leaving clears every cursor; hovering a release on the timeline moves the others.
    await page.mouse.move(2, 2);
    await expect.poll(() => synced('chips-timeline')).toBe(0);
    const dot = page.locator('[data-panel="release-timeline"] .recharts-scatter-symbol').first();
    await dot.scrollIntoViewIfNeeded();
    await dot.hover({ force: true });
    await expect.poll(() => synced('doubling-curves')).toBeGreaterThan(0);
  });

  it('each growth mode shows what it should', async () => {
    const page = await b.newPage();
    await open(page);
    const panel = page.locator('[data-panel="revenue-growth"]');
    await panel.getByRole('button', { name: 'Show as table' }).click();
    const table = () => panel.locator('table').textContent();
    await expect.poll(table).toMatch(/Google Cloud/);
    expect(await table()).toMatch(/35/);
    await panel.getByRole('button', { name: 'Absolute revenue' }).click();
    await expect.poll(() => page.url()).toContain('growth=absolute');
    await expect.poll(table).toMatch(/\$11\.35B/);
    await panel.getByRole('button', { name: 'Indexed' }).click();
    await expect.poll(() => page.url()).toContain('growth=indexed');
    await expect.poll(table).toMatch(/13[45]/);
    // CNY at the reader's rate: the subtitle names the rate.
    await panel.getByRole('button', { name: 'Absolute revenue' }).click();
    await page.goto(`${page.url().split('?')[0]}?v=1&growth=absolute&cur=CNY&rate=7`);
    await waitForPanels(page, 16);
    await expect.poll(() => panel.locator('.panel__subtitle').textContent()).toMatch(/7/);
  });

  it('works by keyboard: region, a legend vendor toggle, the table toggle', async () => {
    const page = await b.newPage();
    await open(page);
    const focusName = () => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
    // Tab from the top reaches the region buttons.
    let guard = 0;
    while ((await focusName()) !== 'China' && guard++ < 40) await page.keyboard.press('Tab');
    expect(await focusName()).toBe('China');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('region=cn');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).not.toContain('region=cn');
    // A legend entry toggles its vendor with Space.
    const legend = page.locator('[data-panel="parameter-scale"] .legend button[data-vendor="openai"]');
    await legend.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('vendor=openai');
    expect(await legend.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).not.toContain('vendor=openai');
    // The table toggle works with Enter and shows an accessible table.
    const toggle = page.locator('[data-panel="benchmarks"]').getByRole('button', { name: 'Show as table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-panel="benchmarks"] table').count()).toBe(1);
    expect(await page.locator('[data-panel="benchmarks"] table').textContent()).toContain('86.5');
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`an axe scan finds no serious or critical violation (${lang})`, async () => {
      const page = await b.newPage();
      await open(page, lang === 'zh' ? '?lang=zh' : '');
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
    });
  }

  it('saves a screenshot of each slice in both languages', async () => {
    const page = await b.newPage({ width: 1400 });
    for (const lang of ['en', 'zh']) {
      await open(page, `?lang=${lang}`);
      for (const slice of ['stages', 'compute', 'monetization', 'china']) {
        const el = page.locator(`#slice-${slice}`);
        // Charts draw as their panel comes near the window: bring each panel near first, so the
        // picture shows every chart as a reader scrolling by would see it (drawn charts stay drawn).
        for (const panel of await el.locator('[data-panel]').all()) await panel.scrollIntoViewIfNeeded();
        await expect.poll(() => el.locator(`.${CHART_WAIT_CLASS}`).count(), { timeout: 15_000 }).toBe(0);
        await el.scrollIntoViewIfNeeded();
        const png = await el.screenshot({ path: artifactPath(`slice-${slice}-${lang}.png`), animations: 'disabled' });
        expect(png.byteLength).toBeGreaterThan(20_000);
      }
    }
  });
});
