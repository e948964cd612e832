import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser, waitForPanels } from './browser';

const b = useBrowser();

const SIZES = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The bottom edge of the sticky bar (filters and section menu) in the window. */
const barBottom = (page: Page) =>
  page.evaluate(() => document.querySelector('.filter-bar')!.getBoundingClientRect().bottom);

/** Headline figures whose whole card is inside the first screen (nothing scrolled). */
const figuresInFirstScreen = (page: Page) =>
  page.locator('[data-headline]').evaluateAll(
    (els) =>
      els.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
      }).length,
  );

/** An element's box as fractions of the window, once scrolling has stopped. */
async function settledBox(page: Page, selector: string) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) break;
    last = y;
    await page.waitForTimeout(100);
  }
  return page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
}

describe('the first screen tells the story', () => {
  for (const size of SIZES)
    for (const lang of ['en', 'zh'] as const) {
      it(`${size.width}×${size.height} ${lang}: ≥ 6 figures in view, the source on focus, the link and the section menu land below the bar`, async () => {
        const page = await b.newPage({ width: size.width, height: size.height });
        await page.goto(`${b.appUrl()}?lang=${lang}`);
        await page.locator('[data-headline]').first().waitFor();
        await page.screenshot({ path: artifactPath(`first-screen-${size.width}-${lang}.png`) });
        expect(await figuresInFirstScreen(page)).toBeGreaterThanOrEqual(6);

        // Focus shows the article's sentence, inside the screen.
        const azure = page.locator('[data-headline="azure-growth-guidance-2024-q3"]');
        await azure.locator('.headline__figure').focus();
        const tip = azure.getByRole('tooltip');
        await expect.poll(() => tip.isVisible()).toBe(true);
        await expect.poll(() => tip.textContent()).toContain('同比增35%~36%');
        const tipBox = (await tip.boundingBox())!;
        expect(tipBox.x).toBeGreaterThanOrEqual(0);
        expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(size.width);
        // Not under the sticky bar, not past the foot of the screen.
        expect(tipBox.y).toBeGreaterThanOrEqual((await barBottom(page)) - 1);
        expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(size.height);
        await page.keyboard.press('Escape');
        await expect.poll(() => tip.isVisible()).toBe(false);

        // The figure's link brings its panel's title into view, below the sticky bar.
        await page.locator('[data-headline="ernie-api-calls-2024-q3"] .headline__link').click();
        await expect.poll(() => page.url()).toContain('#panel-china-usage');
        await expect
          .poll(
            async () => {
              const t = await settledBox(page, '#panel-china-usage .panel__title');
              const bar = await barBottom(page);
              return t.top >= bar - 1 && t.bottom <= size.height;
            },
            { timeout: 20000 },
          )
          .toBe(true);

        // The section menu reaches the China slice in one click, from the top of the page.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator('[data-testid="section-menu"] a[data-section="china"]').click();
        await expect
          .poll(
            async () => {
              const h = await settledBox(page, '#slice-china-title');
              const bar = await barBottom(page);
              return h.top >= bar - 1 && h.bottom <= size.height;
            },
            { timeout: 20000 },
          )
          .toBe(true);
        await expect.poll(() => page.locator('[data-section="china"]').getAttribute('aria-current')).toBe('location');
      });
    }

  it('under region=us the Chinese figures step aside; with no match the strip says so in one line', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await page.goto(`${b.appUrl()}?region=us`);
    await page.locator('[data-headline]').first().waitFor();
    const ids = await page
      .locator('[data-headline]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-headline')));
    expect(ids).not.toContain('doubao-mau-2024-09');
    expect(ids).not.toContain('ernie-api-calls-2024-q3');
    expect(ids).toContain('openai-weekly-active-users');
    await page.goto(`${b.appUrl()}?from=2019&to=2021`);
    await expect.poll(() => page.getByTestId('headlines-none').isVisible(), { timeout: 15000 }).toBe(true);
  });

  it('a folded slice keeps its heading, and Export all still puts every panel in the ZIP', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await page.goto(b.appUrl());
    await waitForPanels(page, 16);
    const ready = await page
      .locator('[data-panel][data-state="ready"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')!));
    expect(ready.length).toBeGreaterThanOrEqual(12);
    for (const slice of ['compute', 'china']) {
      await page.getByTestId(`slice-toggle-${slice}`).click();
      expect(await page.getByTestId(`slice-toggle-${slice}`).getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator(`#slice-${slice}-title`).isVisible()).toBe(true);
      // Folded to its heading: the panels take no room, and cannot be tabbed into.
      const h = await page.locator(`#slice-${slice}-body`).evaluate((e) => e.getBoundingClientRect().height);
      expect(h).toBe(0);
      expect(await page.locator(`#slice-${slice}-body`).getAttribute('inert')).not.toBeNull();
    }
    const axe = await new AxeBuilder({ page }).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);

    const dl = page.waitForEvent('download', { timeout: 120000 });
    await page.getByTestId('export-all').click();
    const d = await dl;
    const names = Object.keys(unzipSync(new Uint8Array(fs.readFileSync(await d.path()))));
    const withId = (id: string, ext: string) =>
      names.some((n) => n.startsWith(`model-race_${id}_`) && n.endsWith(`.${ext}`));
    for (const id of ready) {
      expect(withId(id, 'csv'), `${id}.csv`).toBe(true);
      expect(withId(id, 'png'), `${id}.png`).toBe(true);
    }
    // The folded slices are still folded after the export.
    expect(await page.getByTestId('slice-toggle-china').getAttribute('aria-expanded')).toBe('false');
  });
});
