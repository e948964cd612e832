import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser, waitForPanels } from './browser';

const b = useBrowser();

/** The timeline's stage lanes as drawn: id, whether dated, the bar's box on screen and the lane's text. */
async function lanes(page: Page) {
  return page.locator('[data-panel="release-timeline"] [data-stage]').evaluateAll((els) =>
    els.map((el) => {
      const bar = el.querySelector('rect')!.getBoundingClientRect();
      return {
        id: el.getAttribute('data-stage')!,
        dated: el.getAttribute('data-dated') === 'true',
        fill: el.querySelector('rect')!.getAttribute('fill') ?? '',
        left: bar.left,
        right: bar.right,
        top: bar.top,
        text: el.textContent ?? '',
      };
    }),
  );
}

async function openTimeline(page: Page, lang: 'en' | 'zh') {
  await page.goto(`${b.appUrl()}?lang=${lang}`);
  await waitForPanels(page, 16);
  const panel = page.locator('[data-panel="release-timeline"]');
  await panel.scrollIntoViewIfNeeded();
  await expect.poll(() => panel.locator('[data-stage]').count()).toBeGreaterThanOrEqual(3);
  return panel;
}

describe('the race’s stages as the article tells them, in Chromium against npm start', () => {
  for (const [width, lang] of [
    [1440, 'en'],
    [390, 'en'],
    [1440, 'zh'],
    [390, 'zh'],
  ] as const) {
    it(`draws ≥ 3 stage lanes at ${width} px (${lang}): 1 and 2 overlapping, the device layer not dated`, async () => {
      const page = await b.newPage({ width, height: 900, touch: width < 500 });
      const panel = await openTimeline(page, lang);
      const drawn = await lanes(page);
      expect(drawn.length).toBeGreaterThanOrEqual(3);
      const by = new Map(drawn.map((l) => [l.id, l]));
      const one = by.get('parameters')!;
      const two = by.get('multimodal-monetization')!;
      // Overlapping in time: the bars share some of the x axis, each on a lane of its own.
      expect(one.left < two.right && two.left < one.right).toBe(true);
      expect(Math.min(one.right, two.right) - Math.max(one.left, two.left)).toBeGreaterThan(width < 500 ? 10 : 100);
      expect(two.top).toBeGreaterThan(one.top);
      // The device layer: not dated, hatched, and said so.
      const device = by.get('device')!;
      expect(device.dated).toBe(false);
      expect(device.fill).toMatch(/^url\(#/);
      expect(device.text).toContain(lang === 'en' ? 'not dated' : '未定时间');
      expect(device.left).toBeGreaterThanOrEqual(Math.max(one.right, two.right) - 1);
      await panel.screenshot({ path: artifactPath(`stages-timeline-${width}-${lang}.png`) });
      await page.close();
    });
  }

  it('a tick on a stage’s lane shows the event with its own kind and its sentence', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    const panel = await openTimeline(page, 'en');
    const url = page.url();
    // Stage 2's first tick: OpenAI's first CFO (June 2024), told in the stage-2 section. Its sentence also states a
    // target (5%–6% paying users), but the event itself is reported.
    const lane = await panel.locator('[data-stage="multimodal-monetization"] rect').first().boundingBox();
    const ticks = panel.locator('.stage-tick');
    const boxes = await ticks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const onLane = boxes.filter((r) => lane && Math.abs(r.y + r.height / 2 - (lane.y + lane.height / 2)) < 6);
    expect(onLane.length).toBeGreaterThan(0);
    const first = onLane.sort((a, c) => a.x - c.x)[0]!;
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    const tip = panel.locator('.tooltip');
    await expect.poll(() => tip.textContent()).toContain('OpenAI’s first CFO joins');
    expect(await tip.locator('.kind').first().textContent()).toMatch(/reported/i);
    expect(await tip.textContent()).toContain('Stage 2');
    expect(page.url()).toBe(url);
    await page.close();
  });

  it('the timeline has no serious or critical axe violations', async () => {
    const page = await b.newPage({ width: 1440, height: 900 });
    await openTimeline(page, 'en');
    const result = await new AxeBuilder({ page }).include('[data-panel="release-timeline"]').analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)).toEqual([]);
    await page.close();
  });
});
