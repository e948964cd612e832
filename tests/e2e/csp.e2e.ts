// The app under the Content-Security-Policy that `npm start`'s server sends: no
// violation through loading, every kind of interaction and every export.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../server/serve';
import { useBrowser, waitForPanels } from './browser';

const b = useBrowser();

interface PolicyWatch {
  /** `securitypolicyviolation` events seen by the page, as readable lines. */
  violations(): Promise<string[]>;
  /** Console messages about the policies (CSP refusals, Permissions-Policy errors). */
  console: string[];
}

/** Listens for violations from before the page's first script, and for the console's policy messages. */
async function watchPolicy(page: Page): Promise<PolicyWatch> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        seen.push(
          `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
        ),
      true,
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Permissions.Policy|Refused to/i.test(m.text())) console.push(m.text());
  });
  return { violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), console };
}

/** Picks an item of a panel's Export menu; waits for the download when the item makes one. */
async function exportFrom(page: Page, id: string, action: string, download = true): Promise<void> {
  const panel = page.locator(`[data-panel="${id}"]`);
  await panel.getByTestId('export-menu').click();
  const dl = download ? page.waitForEvent('download', { timeout: 30000 }) : null;
  await panel.locator(`[role="menu"] [data-action="${action}"]`).click();
  if (dl) await (await dl).path();
}

describe('the Content-Security-Policy, in Chromium against npm start', () => {
  it('is served with the page: scripts from this origin only, the inline shell and stylesheet by hash', async () => {
    const page = await b.newPage();
    const res = (await page.goto(b.appUrl()))!;
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/=]+'/);
    expect(csp).toMatch(/style-src 'self' 'sha256-[\w+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers()['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('catches a violation when there is one (the watch works)', async () => {
    const page = await b.newPage();
    const watch = await watchPolicy(page);
    await page.goto(b.appUrl());
    await waitForPanels(page);
    // A style attribute set from script: what the export layout did before it used the CSSOM.
    const applied = await page.evaluate(() => {
      const p = document.createElement('p');
      document.body.append(p);
      p.setAttribute('style', 'color: rgb(1, 2, 3)');
      return getComputedStyle(p).color;
    });
    await expect.poll(() => watch.violations()).toHaveLength(1);
    expect((await watch.violations())[0]).toMatch(/^style-src-attr refused inline/);
    expect(applied).not.toBe('rgb(1, 2, 3)');
    // Trusted Types: a string handed to an HTML sink throws.
    const sink = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
  });

  it('finds no violation through load, every interaction and every export', { timeout: 240_000 }, async () => {
    const page = await b.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const watch = await watchPolicy(page);
    // The Chinese shell: its inline script runs its switch before React starts.
    const res = (await page.goto(`${b.appUrl()}?lang=zh`))!;
    expect(res.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
    expect(await page.evaluate(() => document.title)).toBe('大模型竞赛');
    await waitForPanels(page);
    // Language switch.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.url()).not.toContain('lang=zh');
    const filters = page.getByRole('navigation', { name: 'Filters' });
    // Vendor picker: search, pick with Enter, then clear.
    const combo = filters.getByRole('combobox', { name: 'Vendors' });
    await combo.click();
    await combo.fill('goo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('vendor=google');
    await filters.getByRole('button', { name: 'Clear vendors' }).click();
    // Region and time range.
    await filters.getByRole('button', { name: 'China' }).click();
    await expect.poll(() => page.url()).toContain('region=cn');
    await filters.getByRole('button', { name: 'All' }).click();
    await page.getByTestId('year-from').selectOption('2022');
    await expect.poll(() => page.url()).toContain('from=2022');
    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => page.url()).not.toContain('from=2022');
    await waitForPanels(page);
    // A legend toggle, a tooltip, the table view.
    const legend = page.locator('[data-panel="parameter-scale"] .legend button[data-vendor="openai"]');
    await legend.click();
    await expect.poll(() => page.url()).toContain('vendor=openai');
    await legend.click();
    const plot = page.locator('[data-panel="doubling-curves"] .recharts-surface').first();
    // Charts far from the window are held: bring the panel near first.
    await page.locator('[data-panel="doubling-curves"]').scrollIntoViewIfNeeded();
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.65, box.y + box.height * 0.5);
    await expect
      .poll(() => page.locator('.recharts-tooltip-wrapper .tooltip, .recharts-tooltip-wrapper').count())
      .toBeGreaterThan(0);
    const benchmarks = page.locator('[data-panel="benchmarks"]');
    await benchmarks.getByRole('button', { name: 'Show as table' }).click();
    await expect.poll(() => benchmarks.locator('table').count()).toBe(1);
    await benchmarks.getByRole('button', { name: 'Show as chart' }).click();
    // Share (the header's link copy).
    await page.getByTestId('share').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // Every export of one panel: PNG 1× / 2× / 4×, SVG, CSV, copy image, copy link.
    const id = 'parameter-scale';
    for (const action of ['png1', 'png2', 'png4', 'svg', 'csv']) await exportFrom(page, id, action);
    const status = page.locator(`[data-panel="${id}"]`).getByTestId('export-status');
    await exportFrom(page, id, 'copyImage', false);
    await expect.poll(() => status.textContent(), { timeout: 20000 }).toMatch(/Image copied|cannot copy|failed/i);
    expect(await status.textContent()).toMatch(/Image copied/i);
    await exportFrom(page, id, 'copyLink', false);
    await expect.poll(() => status.getAttribute('data-link')).toContain(`#panel-${id}`);
    // Export all (the ZIP of every panel) and the whole page as one PNG.
    const zip = page.waitForEvent('download', { timeout: 120000 });
    await page.getByTestId('export-all').click();
    expect((await zip).suggestedFilename()).toMatch(/\.zip$/);
    await expect.poll(() => page.getByTestId('export-progress').textContent()).toContain('ZIP downloaded');
    const tall = page.waitForEvent('download', { timeout: 120000 });
    await page.getByTestId('export-page').click();
    expect((await tall).suggestedFilename()).toMatch(/\.png$/);

    expect(await watch.violations()).toEqual([]);
    expect(watch.console).toEqual([]);
  });
});

describe('MSW’s service worker', () => {
  it('is left out of the production build and not served; the static demo keeps it', async () => {
    expect(fs.existsSync(path.join(ROOT, 'dist', 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(ROOT, 'dist', 'mockServiceWorker.js'))).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'dist-demo', 'mockServiceWorker.js'))).toBe(true);
    const res = await fetch(new URL('/mockServiceWorker.js', b.appUrl()));
    expect(res.status).toBe(404);
    expect((await fetch(new URL('mockServiceWorker.js', b.demoUrl()))).status).toBe(200);
  });
});
