import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { artifactPath, useBrowser, waitForPanels } from './browser';
import { CHART_WAIT_CLASS } from '../../src/shared/ui/chartWait';

const b = useBrowser();

/** The panel on the page, scrolled to and drawn. */
async function revenuePanel(page: Page): Promise<Locator> {
  const panel = page.locator('[data-panel="revenue-growth"]');
  await panel.scrollIntoViewIfNeeded();
  await expect.poll(() => panel.getAttribute('data-state')).toBe('ready');
  await expect.poll(() => panel.locator(`.${CHART_WAIT_CLASS}`).count()).toBe(0);
  return panel;
}

/** Each mark's start and drawn width (a bar's rect, a dot's circle), and each chart wrapper's scale and mark. */
async function chartFacts(panel: Locator) {
  return panel.evaluate((el) => ({
    boxes: [...el.querySelectorAll('.chart-box')].map((c) => ({
      scale: c.getAttribute('data-scale'),
      mark: c.getAttribute('data-mark'),
      rects: c.querySelectorAll('.rev-mark rect').length,
    })),
    marks: [...el.querySelectorAll('.rev-mark')].map((m) => {
      // The mark's own rect or circle (not a hatch pattern's rect in its defs).
      const shape = m.querySelector(':scope > rect, :scope > circle')!;
      const r = shape.getBoundingClientRect();
      return {
        figure: m.getAttribute('data-figure'),
        kind: m.getAttribute('data-mark-item'),
        // Where a bar starts, in the chart's own coordinates (as the axis places its ticks).
        x: Number(shape.getAttribute('x')),
        width: r.width,
      };
    }),
    // Where the value axis writes its "0" (the label is centred on its tick), to check that bars start there.
    zeroTickX: (() => {
      const label = [...el.querySelectorAll('.recharts-cartesian-axis-tick-label > text')].find(
        (t) => t.textContent?.trim() === '0' || t.textContent?.trim() === '0%',
      );
      return label ? Number(label.getAttribute('x')) : null;
    })(),
  }));
}

/** No bar chart in the panel stands on a log axis, and every bar starts at the axis's zero. */
async function expectHonestBars(panel: Locator) {
  const f = await chartFacts(panel);
  for (const box of f.boxes) {
    if (box.mark === 'bar') expect(box.scale, 'a bar chart on a log axis').toBe('linear');
    if (box.scale === 'log') expect(box.rects, 'a bar drawn on a log axis').toBe(0);
  }
  const bars = f.marks.filter((m) => m.kind === 'bar');
  if (bars.length > 0) {
    // Bars need a zero on their axis, and each starts there.
    expect(f.zeroTickX, 'a bar chart without a 0 tick').not.toBeNull();
    for (const bar of bars) expect(Math.abs(bar.x - f.zeroTickX!), `${bar.figure} starts off zero`).toBeLessThan(2);
  }
  return f;
}

const CASES = [
  { width: 1440, lang: 'en', fourClouds: 'The four clouds', absolute: 'Absolute revenue', log: 'Log', cny: 'CNY' },
  { width: 390, lang: 'en', fourClouds: 'The four clouds', absolute: 'Absolute revenue', log: 'Log', cny: 'CNY' },
  { width: 1440, lang: 'zh', fourClouds: '四朵云', absolute: '营收金额', log: '对数', cny: 'CNY' },
  { width: 390, lang: 'zh', fourClouds: '四朵云', absolute: '营收金额', log: '对数', cny: 'CNY' },
] as const;

describe('revenue growth compared, in Chromium against npm start', () => {
  for (const c of CASES) {
    it(`draws its marks, reaches the four clouds in ≤ 3 clicks, and never puts a bar on a log axis (${c.width} px, ${c.lang})`, async () => {
      const page = await b.newPage({ width: c.width, height: c.width < 500 ? 844 : 900 });
      await page.goto(`${b.appUrl()}?lang=${c.lang}`);
      await waitForPanels(page, 16);
      const panel = await revenuePanel(page);

      // The default page draws every company's growth (a phone too: labels above the marks).
      const first = await expectHonestBars(panel);
      expect(first.marks.length).toBe(5);
      expect(first.marks.every((m) => m.width > 0)).toBe(true);

      // The four clouds: one click from the default page.
      let clicks = 0;
      await panel.getByRole('button', { name: c.fourClouds, exact: true }).click();
      clicks++;
      await expect.poll(async () => (await chartFacts(panel)).marks.length).toBe(4);
      expect(clicks).toBeLessThanOrEqual(3);
      const four = await expectHonestBars(panel);
      expect(four.marks.map((m) => m.figure).sort()).toEqual(
        [
          'alibaba-cloud-growth-2024-q3',
          'azure-growth-guidance-2024-q3',
          'baidu-ai-cloud-growth-2024-q3',
          'google-cloud-growth-2024-q3',
        ].sort(),
      );
      await panel.screenshot({ path: artifactPath(`revenue-four-clouds-${c.width}-${c.lang}.png`) });

      // Amounts in CNY: linear bars from zero, lengths in the true ratio (Baidu ¥4.9B : Azure's guided ¥178B ≈ 1 : 36).
      await panel.getByRole('button', { name: c.absolute, exact: true }).click();
      await panel.getByRole('button', { name: c.cny, exact: true }).click();
      await expect.poll(async () => (await chartFacts(panel)).marks.length).toBe(4);
      const amounts = await expectHonestBars(panel);
      const width = (id: string) => amounts.marks.find((m) => m.figure === id)!.width;
      expect(width('azure-revenue-guidance-2024-q3') / width('baidu-ai-cloud-revenue-2024-q3')).toBeGreaterThan(30);
      expect(width('azure-revenue-guidance-2024-q3') / width('baidu-ai-cloud-revenue-2024-q3')).toBeLessThan(43);

      // Log: the same figures as dots, never bars.
      await panel.getByRole('button', { name: c.log, exact: true }).click();
      await expect.poll(async () => (await chartFacts(panel)).boxes[0]?.scale).toBe('log');
      const log = await expectHonestBars(panel);
      expect(log.boxes[0]!.mark).toBe('dot');
      expect(log.marks.map((m) => m.kind)).toEqual(['dot', 'dot', 'dot', 'dot']);
      await panel.screenshot({ path: artifactPath(`revenue-log-${c.width}-${c.lang}.png`) });
    });
  }
});
