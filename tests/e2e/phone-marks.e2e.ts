import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, waitForPanels } from './browser';

const b = useBrowser();

/**
 * What each kind of mark is in the page (ChartBox's data-mark): a bar group, a
 * dot (a Scatter symbol, a line's dot, a dot-plot mark), a line's curve, a cell
 * of a matrix, an area.
 */
const MARK: Record<string, string> = {
  bar: '.recharts-bar-rectangle',
  dot: '.recharts-scatter-symbol, .recharts-dot, .dot-mark, .rev-mark',
  line: '.recharts-line-curve',
  cell: '.recharts-scatter-symbol',
  area: '.recharts-area-area',
};

/** A bar's drawn rectangle (KindBar and custom shapes draw rect, Recharts' own bar a path.recharts-rectangle). */
const BAR_SHAPE = '.recharts-bar-rectangle rect, .recharts-bar-rectangle path.recharts-rectangle';

interface ChartFacts {
  panel: string;
  scale: string | null;
  mark: string | null;
  /** Marks of the chart's kind drawn inside its SVG (a box that is seen, its centre within the chart). */
  marks: number;
  barShapes: number;
  /** Dot-plot labels cut: outside the chart's SVG, or inside a group clipped to the plot area. */
  cutLabels: string[];
}

/** Opens the page and makes the window as tall as the page (charts far off-screen are held), every chart drawn. */
async function openAll(page: Page, lang: string, width: number): Promise<void> {
  await page.goto(`${b.appUrl()}?lang=${lang}`);
  await waitForPanels(page, 16);
  for (let i = 0, last = 0; i < 8; i++) {
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    if (h === last) break;
    last = h;
    await page.setViewportSize({ width, height: Math.min(h + 100, 32000) });
    await page.waitForTimeout(500);
  }
  await waitForPanels(page, 16);
}

async function chartFacts(page: Page): Promise<ChartFacts[]> {
  return page.evaluate(
    ({ MARK, BAR_SHAPE }) =>
      [...document.querySelectorAll<HTMLElement>('[data-panel] .chart-box')].map((box) => {
        const mark = box.dataset.mark ?? null;
        const svg = box.querySelector('svg.recharts-surface')?.getBoundingClientRect();
        const seen = (el: Element) => {
          const r = el.getBoundingClientRect();
          const cx = r.left + r.width / 2;
          const cy = r.top + r.height / 2;
          return (
            !!svg &&
            (r.width > 0 || r.height > 0) &&
            cx >= svg.left - 1 &&
            cx <= svg.right + 1 &&
            cy >= svg.top - 1 &&
            cy <= svg.bottom + 1
          );
        };
        return {
          panel: box.closest('[data-panel]')!.getAttribute('data-panel')!,
          scale: box.dataset.scale ?? null,
          mark,
          marks: mark ? [...box.querySelectorAll(MARK[mark]!)].filter(seen).length : 0,
          barShapes: box.querySelectorAll(BAR_SHAPE).length,
          cutLabels: [...box.querySelectorAll('.dot-mark text')]
            .filter((t) => {
              const r = t.getBoundingClientRect();
              const outside = !svg || r.left < svg.left - 1 || r.right > svg.right + 1;
              return outside || !!t.closest('[clip-path]');
            })
            .map((t) => t.textContent ?? ''),
        };
      }),
    { MARK, BAR_SHAPE },
  );
}

/** Waits until every chart that says what it draws has drawn at least one mark of that kind. */
async function drawn(page: Page): Promise<ChartFacts[]> {
  let facts: ChartFacts[] = [];
  await expect
    .poll(
      async () => {
        facts = await chartFacts(page);
        return facts.filter((f) => f.mark && f.marks === 0).map((f) => `${f.panel} (${f.mark})`);
      },
      { timeout: 45_000, interval: 500 },
    )
    .toEqual([]);
  return facts;
}

/** Every panel draws; no bar stands on a log axis; a chart that draws bars says so. */
function expectHonestCharts(facts: readonly ChartFacts[]) {
  const panels = new Set(facts.map((f) => f.panel));
  expect(panels.size).toBe(16);
  for (const id of panels)
    expect(
      facts.filter((f) => f.panel === id && f.mark).reduce((n, f) => n + f.marks, 0),
      `${id} draws no marks`,
    ).toBeGreaterThan(0);
  for (const f of facts) {
    expect(f.scale === 'log' && f.mark === 'bar', `${f.panel}: a bar chart on a log axis`).toBe(false);
    if (f.scale === 'log') expect(f.barShapes, `${f.panel}: bar rectangles on a log axis`).toBe(0);
    if (f.barShapes > 0) expect([f.panel, f.mark, f.scale]).toEqual([f.panel, 'bar', 'linear']);
    expect(f.cutLabels, `${f.panel}: labels cut at the chart's edge`).toEqual([]);
  }
}

const key = (f: ChartFacts, i: number) => `${f.panel}#${i}`;
const byChart = (facts: readonly ChartFacts[]) => {
  const seen = new Map<string, number>();
  return Object.fromEntries(
    facts.map((f) => {
      const i = seen.get(f.panel) ?? 0;
      seen.set(f.panel, i + 1);
      return [key(f, i), f.marks];
    }),
  );
};

describe('every panel draws its marks on a phone, in Chromium against npm start', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`at 390×844 and 1440×900 in ${lang}: every panel's marks drawn, the same marks on both, no bar on a log axis`, async () => {
      const phone = await b.newPage({ width: 390, height: 844 });
      await openAll(phone, lang, 390);
      const small = await drawn(phone);
      expectHonestCharts(small);
      // Nothing runs off a phone's screen sideways.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      const desktop = await b.newPage({ width: 1440, height: 900 });
      await openAll(desktop, lang, 1440);
      const large = await drawn(desktop);
      expectHonestCharts(large);
      // A phone draws every mark a desktop draws (before: Reach drew 3 bars at 1440 and 0 at 390).
      expect(byChart(small)).toEqual(byChart(large));
    });
  }

  it('a tooltip stays inside a phone’s screen, wherever the tapped mark is', async () => {
    const page = await b.newPage({ width: 390, height: 844 });
    await openAll(page, 'zh', 390);
    await drawn(page);
    for (const [panel, mark] of [
      // A dot's tap target (the mark's group also holds its label, whose middle is off the dot).
      ['reach', '.dot-mark > circle:first-child'],
      ['training-cost', '.dot-mark > circle:first-child'],
      ['revenue-loss', '.recharts-bar-rectangle'],
      ['china-cloud', '.recharts-bar-rectangle'],
    ] as const) {
      const marks = page.locator(`[data-panel="${panel}"] ${mark}`);
      for (const at of [0, (await marks.count()) - 1]) {
        await marks.nth(at).hover({ force: true });
        const tip = page.locator(`[data-panel="${panel}"] .recharts-tooltip-wrapper .tooltip`);
        await expect.poll(() => tip.isVisible(), { timeout: 5000 }).toBe(true);
        const box = (await tip.boundingBox())!;
        expect(box.x, `${panel}: tooltip left of the screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${panel}: tooltip right of the screen`).toBeLessThanOrEqual(390);
        await page.mouse.move(1, 1);
      }
    }
  });

  it('a table on a phone scrolls sideways under a sticky first column, with no column cut', async () => {
    const page = await b.newPage({ width: 390, height: 844 });
    await openAll(page, 'en', 390);
    const panel = page.locator('[data-panel="pricing"]');
    await panel.getByRole('button', { name: 'Show as table' }).click();
    const wrap = panel.locator('.table-wrap');
    await expect.poll(() => wrap.count()).toBe(1);
    const facts = await wrap.evaluate((el) => {
      const first = el.querySelector('tbody td')!;
      const r = el.getBoundingClientRect();
      el.scrollLeft = el.scrollWidth;
      const afterScroll = first.getBoundingClientRect().left - r.left;
      return {
        scrolls: el.scrollWidth > el.clientWidth,
        sticky: getComputedStyle(first).position,
        right: r.right,
        firstStaysInView: afterScroll >= -1 && afterScroll <= 2,
        focusable: el.tabIndex === 0,
      };
    });
    expect(facts).toEqual({
      scrolls: true,
      sticky: 'sticky',
      right: facts.right,
      firstStaysInView: true,
      focusable: true,
    });
    expect(facts.right).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
