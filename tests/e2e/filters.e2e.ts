import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForPanels } from './browser';

const b = useBrowser();

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${b.appUrl()}${query}`);
  await waitForPanels(page, 16);
}

/** Every panel's id, state and height, in page order. */
const panels = (page: Page) =>
  page.locator('[data-panel]').evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-panel')!,
      state: e.getAttribute('data-state'),
      height: Math.round(e.getBoundingClientRect().height),
    })),
  );

/** The centre of the first mark in a panel that is drawn with a size (a mark may be an empty group). */
async function markCentre(page: Page, panel: string, marks: string): Promise<{ x: number; y: number }> {
  const el = page.locator(`[data-panel="${panel}"]`);
  await el.scrollIntoViewIfNeeded();
  await expect.poll(() => el.locator(marks).count(), { message: `${panel}: marks` }).toBeGreaterThan(0);
  await el.locator(marks).first().scrollIntoViewIfNeeded();
  const boxes = await el
    .locator(marks)
    .evaluateAll((ms) =>
      ms.map((m) => m.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
    );
  const box = boxes.find((r) => r.w >= 4 && r.h >= 4 && r.y > 0 && r.y + r.h < page.viewportSize()!.height);
  if (!box) throw new Error(`${panel}: no mark in view (${JSON.stringify(boxes.slice(0, 3))})`);
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

describe('inspecting never filters', () => {
  it.each([
    ['release-timeline', '.recharts-scatter-symbol'],
    ['benchmarks', '.recharts-bar-rectangle'],
    ['china-cloud', '.recharts-bar-rectangle'],
  ])(
    'at 390 px a tap on a mark of %s shows its tooltip and leaves the URL and the filters as they were',
    async (panel, marks) => {
      const page = await b.newPage({ width: 390, height: 844, touch: true });
      await open(page, '?lang=en');
      const url = page.url();
      const { x, y } = await markCentre(page, panel, marks);
      await page.touchscreen.tap(x, y);
      const tip = page.locator(`[data-panel="${panel}"] [role="tooltip"]`);
      await expect.poll(() => tip.count(), { message: `${panel}: tooltip after a tap` }).toBe(1);
      expect((await tip.textContent())?.length).toBeGreaterThan(5);
      // Nothing was filtered: the same URL, no vendor chip, every panel still ready or as it was.
      await page.waitForTimeout(400);
      expect(page.url()).toBe(url);
      expect(await page.locator('[data-chip]').count()).toBe(0);
    },
  );

  it('at 1440 px a click on a mark does not filter either; the legend does', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await open(page, '');
    const url = page.url();
    const { x, y } = await markCentre(page, 'benchmarks', '.recharts-bar-rectangle');
    await page.mouse.click(x, y);
    await page.waitForTimeout(400);
    expect(page.url()).toBe(url);
    await page.locator('[data-panel="benchmarks"] .legend button[data-vendor]').first().click();
    await expect.poll(() => page.url()).toContain('vendor=');
  });
});

describe('region China', () => {
  it.each([1440, 390])(
    'at %i px: the China slice comes first, every emptied panel is one line, and its Clear works',
    async (width) => {
      const page = await b.newPage({ width, height: 900 });
      await open(page, '?region=cn');
      const first = await page.locator('main .slice').first().getAttribute('id');
      expect(first).toBe('slice-china');
      const all = await panels(page);
      const emptied = all.filter((p) => p.state === 'empty');
      expect(emptied.length).toBeGreaterThanOrEqual(7);
      expect(emptied.filter((p) => p.height >= 80)).toEqual([]);
      for (const p of emptied) {
        const el = page.locator(`[data-panel="${p.id}"]`);
        expect(await el.getAttribute('id')).toBe(`panel-${p.id}`);
        expect(await el.getByRole('heading', { level: 3 }).count()).toBe(1);
        expect(await el.getByRole('status').textContent()).toContain('No figures for China');
        expect(await el.getByRole('button', { name: 'Clear region' }).count()).toBe(1);
      }
      // Clear region in the first emptied panel: the region goes, the panel unfolds, the order is back.
      const target = emptied[0]!.id;
      await page.locator(`[data-panel="${target}"]`).getByRole('button', { name: 'Clear region' }).click();
      await expect.poll(() => page.url()).not.toContain('region=');
      await expect.poll(() => page.locator(`[data-panel="${target}"]`).getAttribute('data-state')).toBe('ready');
      expect(await page.locator('main .slice').first().getAttribute('id')).toBe('slice-stages');
      // The other panels unfold as their answers for the cleared filter land (a transition, then a fetch).
      await expect.poll(() => page.locator('.panel--collapsed').count()).toBe(0);
    },
  );

  it('picking China while reading further down brings the China slice, now first, into view', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await open(page, '');
    await page.locator('#slice-monetization').scrollIntoViewIfNeeded();
    await page.locator('.filter-bar').getByRole('button', { name: 'China', exact: true }).click();
    await expect.poll(() => page.url()).toContain('region=cn');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const bar = document.querySelector('.filter-bar')!.getBoundingClientRect().bottom;
          const china = document.getElementById('slice-china')!.getBoundingClientRect().top;
          return china >= bar - 1 && china <= bar + 40 && document.querySelector('main .slice')!.id === 'slice-china';
        }),
      )
      .toBe(true);
  });

  it('OpenAI + China: the filter bar says nothing can match, the picker greys OpenAI out, one click fixes it', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await open(page, '?vendor=openai&region=cn');
    const line = page.getByTestId('filter-conflict');
    await expect.poll(() => line.locator('p').textContent()).toBe('Nothing can match: OpenAI is outside China.');
    // The picker: US vendors are greyed out and cannot be picked.
    const box = page.getByRole('combobox', { name: 'Vendors' });
    await box.fill('meta');
    const meta = page.getByRole('option', { name: /Meta/ });
    expect(await meta.getAttribute('aria-disabled')).toBe('true');
    await meta.click({ force: true });
    expect(page.url()).not.toContain('meta');
    await line.getByRole('button', { name: 'Show all regions' }).click();
    await expect.poll(() => page.url()).not.toContain('region=');
    expect(page.url()).toContain('vendor=openai');
    await expect.poll(() => line.textContent()).toBe('');
  });
});

describe('the vendor list', () => {
  it('closes after a pick and when the page scrolls', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await open(page, '');
    const box = page.getByRole('combobox', { name: 'Vendors' });
    const list = page.getByRole('listbox', { name: 'Vendors' });
    await box.click();
    expect(await list.isVisible()).toBe(true);
    await page.mouse.wheel(0, 800);
    await expect.poll(() => list.count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await box.fill('baidu');
    await page.getByRole('option', { name: /Baidu/ }).click();
    await expect.poll(() => page.url()).toContain('vendor=baidu');
    expect(await list.count()).toBe(0);
  });
});

describe('a #panel link', () => {
  it.each([
    [1440, '?vendor=openai~google~anthropic&lang=zh#panel-training-cost', 'training-cost'],
    [390, '?region=cn#panel-china-commercialisation', 'china-commercialisation'],
    [390, '?lang=zh#panel-token-price', 'token-price'],
  ])('at %i px, %s lands with the title below the sticky filter bar', async (width, query, id) => {
    const page = await b.newPage({ width, height: 844 });
    await open(page, query);
    const title = page.locator(`#panel-${id} h3`);
    const place = () =>
      page.evaluate(
        ([sel]) => {
          const bar = document.querySelector('.filter-bar')!.getBoundingClientRect();
          const t = document.querySelector(sel!)!.getBoundingClientRect();
          return { barBottom: Math.round(bar.bottom), titleTop: Math.round(t.top) };
        },
        [`#panel-${id} h3`],
      );
    await expect.poll(() => title.isVisible()).toBe(true);
    // The page settles (the link holds the panel in view while the panels above it load).
    await expect
      .poll(async () => {
        const p = await place();
        return p.titleTop >= p.barBottom && p.titleTop <= p.barBottom + 40;
      })
      .toBe(true);
  });
});

describe('the filter bar on a phone', () => {
  it.each(['en', 'zh'])(
    '%s: one line, "Filters (n)" opens it; header and filters take at most a quarter of the screen',
    async (lang) => {
      const page = await b.newPage({ width: 390, height: 844, touch: true });
      await open(page, `?lang=${lang}&region=cn&from=2021`);
      const toggle = page.getByTestId('filters-toggle');
      expect(await toggle.textContent()).toBe(lang === 'en' ? 'Filters (2)' : '筛选（2）');
      const bar = page.locator('.filter-bar');
      // The filters are one line (the section menu may ride in the bar under it).
      expect((await page.locator('.filter-bar__summary').boundingBox())!.height).toBeLessThan(50);
      const barBox = (await bar.boundingBox())!;
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(844 * 0.25);
      const region = bar.getByRole('button', { name: lang === 'en' ? 'China' : '中国', exact: true });
      expect(await region.isVisible()).toBe(false);
      await toggle.tap();
      expect(await region.isVisible()).toBe(true);
      await toggle.tap();
      expect(await region.isVisible()).toBe(false);
      // It stays on top while the page scrolls.
      await page.evaluate(() => window.scrollTo(0, 3000));
      await expect.poll(async () => Math.round((await bar.boundingBox())!.y)).toBe(0);
    },
  );

  it('OpenAI + China on a phone: the one line says nothing can match; the fixes are in the open bar', async () => {
    const page = await b.newPage({ width: 390, height: 844, touch: true });
    await open(page, '?vendor=openai&region=cn');
    const summary = page.locator('.filter-bar__summary');
    await expect.poll(() => summary.textContent()).toContain('Nothing can match: OpenAI is outside China.');
    const bar = (await page.locator('.filter-bar').boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(844 * 0.25);
    const fix = page.getByTestId('filter-conflict').getByRole('button', { name: 'Show all regions' });
    expect(await fix.isVisible()).toBe(false);
    await page.getByTestId('filters-toggle').tap();
    await fix.tap();
    await expect.poll(() => page.url()).not.toContain('region=');
    expect(page.url()).toContain('vendor=openai');
  });
});
