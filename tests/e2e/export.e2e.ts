import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser, waitForPanels } from './browser';

const b = useBrowser();
const SOURCE_MARK = '《AI大模型战争年度复盘》';

async function readyPanels(page: Page): Promise<string[]> {
  return page
    .locator('[data-panel][data-state="ready"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')!));
}

/** Opens a panel's Export menu and picks an item; resolves with the downloaded file's bytes and name. */
async function exportFrom(page: Page, id: string, action: string): Promise<{ name: string; data: Buffer }> {
  const panel = page.locator(`[data-panel="${id}"]`);
  await panel.getByTestId('export-menu').click();
  const dl = page.waitForEvent('download', { timeout: 20000 });
  await panel.locator(`[role="menu"] [data-action="${action}"]`).click();
  const d = await dl;
  const p = await d.path();
  return { name: d.suggestedFilename(), data: fs.readFileSync(p) };
}

/** Share of non-background pixels in a band of rows (CSS px × ratio). */
function ink(png: PNG, y0: number, y1: number): number {
  let n = 0;
  let total = 0;
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++)
    for (let x = 0; x < png.width; x += 2) {
      const i = (y * png.width + x) * 4;
      total++;
      const [r, g, bl, a] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
      if (a > 20 && (r < 235 || g < 235 || bl < 235)) n++;
    }
  return total ? n / total : 0;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const FIGURE_COLUMNS = {
  en: ['Value', 'Low', 'High', 'Bound', 'Unit', 'Currency', 'Period', 'Kind'],
  zh: ['数值', '下限', '上限', '界限', '单位', '币种', '期间', '类型'],
};
/** A plain number as a spreadsheet reads it: no separators, no 亿 or B, no currency sign. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/;

/** Every panel CSV has the figure columns, in order, and holds plain numbers (or nothing) in value, low and high. */
function expectFigureColumns(rows: string[][], lang: 'en' | 'zh', id: string): void {
  const head = rows[0]!;
  const at = head.indexOf(FIGURE_COLUMNS[lang][0]!);
  expect(at, `${id}: figure columns`).toBeGreaterThan(0);
  expect(head.slice(at, at + 8), `${id}: figure columns`).toEqual(FIGURE_COLUMNS[lang]);
  for (const row of rows.slice(1))
    for (const cell of row.slice(at, at + 3)) if (cell) expect(cell, `${id}: a figure cell`).toMatch(PLAIN_NUMBER);
}

async function svgCheck(page: Page, svg: string) {
  return page.evaluate((s) => {
    // The page requires Trusted Types (the server's CSP): the check hands its string over through a policy.
    type Policy = { createHTML(x: string): string };
    const tt = (window as unknown as { trustedTypes?: { createPolicy(n: string, p: Policy): Policy } }).trustedTypes;
    const markup = tt ? tt.createPolicy('svg-check', { createHTML: (x) => x }).createHTML(s) : s;
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.tagName,
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n'),
      foreign: doc.getElementsByTagName('foreignObject').length,
    };
  }, svg);
}

describe('export and share, in Chromium against npm start', () => {
  it('every ready panel exports a PNG, an SVG and a CSV that match what it shows', async () => {
    const page = await b.newPage();
    await page.goto(b.appUrl());
    await waitForPanels(page);
    const ids = await readyPanels(page);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const id of ids) {
      const panel = page.locator(`[data-panel="${id}"]`);
      const title = (await panel.locator('.panel__title').textContent())!.trim();
      const legend = (await panel.locator('.legend li').allTextContents()).map((s) => s.trim()).filter(Boolean);
      await expect(panel.getByRole('button', { name: `Export ${title}` }).count()).resolves.toBe(1);

      const png = await exportFrom(page, id, 'png2');
      expect(png.name).toBe(`model-race_${id}_all_${png.name.slice(-14, -4)}.png`);
      const img = PNG.sync.read(png.data);
      expect(img.width, id).toBe(1920);
      expect(ink(img, 20 * 2, 60 * 2), `${id}: title strip`).toBeGreaterThan(0.005);
      expect(ink(img, 110 * 2, img.height - 110 * 2), `${id}: plot area`).toBeGreaterThan(0.01);
      if (id === ids[0]) fs.writeFileSync(artifactPath(`export-${id}-en.png`), png.data);

      const svg = await exportFrom(page, id, 'svg');
      expect(svg.name.endsWith('.svg')).toBe(true);
      const text = svg.data.toString('utf8');
      expect(text).not.toContain('var(--');
      const parsed = await svgCheck(page, text);
      expect(parsed.error, id).toBe(false);
      expect(parsed.root).toBe('svg');
      expect(parsed.foreign).toBe(0);
      expect(parsed.text).toContain(title);
      for (const l of legend) expect(parsed.text, `${id}: legend ${l}`).toContain(l);
      expect(parsed.text).toContain(SOURCE_MARK);

      const csv = await exportFrom(page, id, 'csv');
      const csvText = csv.data.toString('utf8');
      expect(csvText.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(csvText.slice(1));
      await panel.getByRole('button', { name: 'Show as table' }).click();
      const bodyRows = panel.locator('.panel__body table.data-table tbody tr');
      const n = await bodyRows.count();
      expect(rows.length - 1, `${id}: csv rows`).toBe(n);
      const headers = await panel.locator('.panel__body table.data-table thead th').allTextContents();
      expect(rows[0]!.slice(0, 1)).toEqual(headers.slice(0, 1));
      expectFigureColumns(rows, 'en', id);
      if (n > 0) {
        const first = (await bodyRows.first().locator('td').first().textContent())!.trim();
        expect(rows[1]![0]!.replace(/^'/, '') || '—').toBe(first);
      }
      await panel.getByRole('button', { name: 'Show as chart' }).click();
    }

    // The timeline's range brush is a control: exports leave its (empty) strip out.
    await expect(
      page.locator('[data-panel="release-timeline"] [data-export="skip"] .recharts-brush').count(),
    ).resolves.toBe(1);

    // 1× and 4× for one panel.
    const id = ids[0]!;
    expect(PNG.sync.read((await exportFrom(page, id, 'png1')).data).width).toBe(960);
    expect(PNG.sync.read((await exportFrom(page, id, 'png4')).data).width).toBe(3840);
  });

  it('a phone-sized window exports the same 960-px layout; Chinese titles have ink', async () => {
    const page = await b.newPage({ width: 390, height: 844 });
    await page.goto(`${b.appUrl()}?lang=zh`);
    await waitForPanels(page);
    const [id] = await readyPanels(page);
    const title = (await page.locator(`[data-panel="${id}"] .panel__title`).textContent())!.trim();
    const png = await exportFrom(page, id!, 'png2');
    const img = PNG.sync.read(png.data);
    expect(img.width).toBe(1920);
    expect(ink(img, 20 * 2, 60 * 2)).toBeGreaterThan(0.005);
    fs.writeFileSync(artifactPath(`export-${id}-zh-phone.png`), png.data);
    const svg = (await exportFrom(page, id!, 'svg')).data.toString('utf8');
    const parsed = await svgCheck(page, svg);
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain('数据按原文报道');
    expect(parsed.text).toContain('筛选');
  });

  it('a panel with two charts keeps each chart’s heading in its SVG and PNG, in Chinese', async () => {
    const page = await b.newPage();
    await page.goto(`${b.appUrl()}?lang=zh`);
    await waitForPanels(page);
    for (const id of ['pricing', 'china-cloud', 'china-players', 'china-usage']) {
      const panel = page.locator(`[data-panel="${id}"]`);
      await panel.scrollIntoViewIfNeeded();
      const headings = await panel
        .locator('.chart-box[data-heading]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.heading!));
      expect(headings.length, `${id}: charts with a heading`).toBe(2);
      // The heading drawn on the page is the one the export draws.
      expect(await panel.locator('h4.chart-heading').allTextContents()).toEqual(expect.arrayContaining(headings));
      const parsed = await svgCheck(page, (await exportFrom(page, id, 'svg')).data.toString('utf8'));
      expect(parsed.error, id).toBe(false);
      for (const h of headings) expect(parsed.text, `${id}: heading ${h}`).toContain(h);
      const png = await exportFrom(page, id, 'png2');
      fs.writeFileSync(artifactPath(`export-${id}-zh.png`), png.data);
    }

    // The Chinese CSV: headers translated, figures the same plain numbers and codes.
    const csv = parseCsv((await exportFrom(page, 'pricing', 'csv')).data.toString('utf8').slice(1));
    expectFigureColumns(csv, 'zh', 'pricing');
    const at = csv[0]!.indexOf('数值');
    const plus = csv.find((r) => r[0]!.includes('ChatGPT Plus'))!;
    expect(plus.slice(at, at + 8)).toEqual(['20', '', '', 'exact', 'currency-per-month', 'USD', '2024', 'reported']);
  });

  it('Export all gives one ZIP with a PNG, an SVG and a CSV per panel and a README; the page PNG is one tall image', async () => {
    const page = await b.newPage();
    await page.goto(`${b.appUrl()}?v=1&from=2020&to=2025`);
    await waitForPanels(page);
    const ids = await readyPanels(page);
    const dl = page.waitForEvent('download', { timeout: 90000 });
    await page.getByTestId('export-all').click();
    await expect
      .poll(() => page.getByTestId('export-progress').textContent(), { timeout: 5000, interval: 50 })
      .toMatch(/Exporting \d+ \/ \d+…|ZIP downloaded/);
    const d = await dl;
    expect(d.suggestedFilename()).toMatch(/^model-race_all_2020-2025_\d{4}-\d\d-\d\d\.zip$/);
    const files = unzipSync(new Uint8Array(fs.readFileSync(await d.path())));
    const names = Object.keys(files);
    expect(names).toContain('README.txt');
    for (const id of ids)
      for (const ext of ['png', 'svg', 'csv'])
        expect(names, `${id}.${ext}`).toContain(
          `model-race_${id}_2020-2025_${d.suggestedFilename().slice(-14, -4)}.${ext}`,
        );
    const readme = strFromU8(files['README.txt']!);
    expect(readme).toContain('Filters: 2020–2025');
    expect(readme).toContain(SOURCE_MARK);
    const firstPng = names.find((n) => n.endsWith('.png'))!;
    expect(PNG.sync.read(Buffer.from(files[firstPng]!)).width).toBe(1920);
    await expect.poll(() => page.getByTestId('export-progress').textContent()).toContain('ZIP downloaded');

    const dl2 = page.waitForEvent('download', { timeout: 90000 });
    await page.getByTestId('export-page').click();
    const pageImg = await dl2;
    expect(pageImg.suggestedFilename()).toMatch(/^model-race_page_2020-2025_.*\.png$/);
    const data = fs.readFileSync(await pageImg.path());
    fs.writeFileSync(artifactPath('export-page.png'), data);
    const tall = PNG.sync.read(data);
    expect(tall.width).toBeGreaterThanOrEqual(960);
    expect(tall.height).toBeGreaterThan(tall.width);
  });

  it('Copy link and Share restore the same view, focused panel included', async () => {
    const perms = ['clipboard-read', 'clipboard-write'];
    const page = await b.newPage({ permissions: perms });
    await page.goto(`${b.appUrl()}?v=1&region=us&from=2022&to=2025&lang=zh&growth=indexed&cur=CNY`);
    await waitForPanels(page);
    const ids = await readyPanels(page);
    const id = ids[ids.length - 1]!;
    const panel = page.locator(`[data-panel="${id}"]`);
    await panel.getByTestId('export-menu').click();
    await panel.locator('[data-action="copyLink"]').click();
    await expect.poll(() => panel.getByTestId('export-status').getAttribute('data-link')).toContain(`#panel-${id}`);
    const link = (await panel.getByTestId('export-status').getAttribute('data-link'))!;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // Copy image: a PNG on the clipboard (or a clear message where the browser refuses).
    await panel.getByTestId('export-menu').click();
    await panel.locator('[data-action="copyImage"]').click();
    await expect
      .poll(() => panel.getByTestId('export-status').textContent(), { timeout: 15000 })
      .toMatch(/图片已复制到剪贴板|无法把图片复制|复制图片失败/);
    if ((await panel.getByTestId('export-status').textContent())!.includes('图片已复制')) {
      const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
      expect(types).toContain('image/png');
    }
    for (const p of ['region=us', 'from=2022', 'to=2025', 'lang=zh', 'growth=indexed', 'cur=CNY'])
      expect(link).toContain(p);

    // A fresh load of the link: same filters and options, the panel scrolled to and highlighted.
    const fresh = await b.newPage({ permissions: perms });
    await fresh.goto(link);
    await waitForPanels(fresh);
    await expect.poll(() => fresh.locator(`[data-panel="${id}"]`).getAttribute('class')).toContain('panel--focused');
    expect(await fresh.getByRole('heading', { level: 1 }).textContent()).toBe('大模型竞赛');
    expect(await fresh.locator('[data-region="us"]').getAttribute('aria-pressed')).toBe('true');
    expect(await fresh.getByTestId('year-from').inputValue()).toBe('2022');
    await fresh.waitForTimeout(800);
    const box = await fresh.locator(`[data-panel="${id}"]`).boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-5);
    expect(box!.y).toBeLessThan(400);
    expect(new URL(fresh.url()).search).toBe(new URL(link).search);

    // The header's Share copies a link that restores the same view too.
    await fresh.getByTestId('share').click();
    const shared = await fresh.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(fresh.url());
    const again = await b.newPage();
    await again.goto(shared);
    await waitForPanels(again);
    expect(new URL(again.url()).search).toBe(new URL(link).search);
    await expect.poll(() => again.locator(`[data-panel="${id}"]`).getAttribute('class')).toContain('panel--focused');
  });
});
