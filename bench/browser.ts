// Browser-side sections: load (bytes), interaction, render size, export.
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';
import type { Figure } from './figures';
import { PROBE_SCRIPT } from './probe';
import { summarize } from './stats';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const VIEWPORT = { width: 1400, height: 1000 };
const READY_TIMEOUT = 180_000;

export async function openApp(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await ctx.addInitScript({ content: PROBE_SCRIPT });
  const page = await ctx.newPage();
  await page.goto(url);
  await waitSettled(page);
  return page;
}

/** Waits (outside any measurement) until panels are drawn and no /api fetch is in flight. */
export async function waitSettled(page: Page, timeout = READY_TIMEOUT): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const b = (window as unknown as { __bench?: { settled(): boolean } }).__bench;
        return document.querySelectorAll('[data-panel]').length > 0 && !!b && b.settled();
      },
      null,
      { timeout, polling: 50 },
    )
    .catch(async (err: unknown) => {
      throw new Error(`page did not settle: ${await unsettledReason(page)}`, { cause: err });
    });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Waits for a frame and then an idle period: whatever the last input set off has run. */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestIdleCallback(() => r(null), { timeout: 10_000 }))),
  );
}

/** What keeps the page from settling, as the probe sees it: panels loading, fetches in flight, charts in view still held. */
async function unsettledReason(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const b = (window as unknown as { __bench?: { unsettled(): unknown } }).__bench;
      return b ? JSON.stringify(b.unsettled()) : 'no probe in the page';
    })
    .catch(() => 'page not reachable');
}

// ---------------------------------------------------------------- load

const MSW_SIGNS = /mockServiceWorker|setupWorker|\[MSW\]|tough-cookie|tldts/;

export interface LoadResult {
  figures: Figure[];
  firstLoad: { url: string; type: string; raw: number; gzip: number; transferred: number; msw: string | null }[];
}

export async function measureLoad(browser: Browser, url: string, scale: number, reps: number): Promise<LoadResult> {
  const ready: number[] = [];
  let firstLoad: LoadResult['firstLoad'] = [];
  for (let i = 0; i < reps; i++) {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    await ctx.addInitScript({ content: PROBE_SCRIPT });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const reqs = new Map<string, { url: string; type: string; transferred: number }>();
    cdp.on('Network.responseReceived', (e) =>
      reqs.set(e.requestId, { url: e.response.url, type: e.type, transferred: 0 }),
    );
    cdp.on('Network.loadingFinished', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.transferred = e.encodedDataLength;
    });
    await page.goto(url);
    await waitSettled(page);
    ready.push(await page.evaluate(() => performance.now()));
    if (i === 0) {
      const assets = [...reqs.values()].filter((r) => r.type === 'Script' || r.type === 'Stylesheet');
      firstLoad = [];
      for (const a of assets) {
        const body = Buffer.from(await (await fetch(a.url)).arrayBuffer());
        const text = body.toString('utf8');
        const m = MSW_SIGNS.exec(text);
        firstLoad.push({
          url: a.url,
          type: a.type,
          raw: body.length,
          gzip: zlib.gzipSync(body).length,
          transferred: a.transferred,
          msw: m ? m[0] : null,
        });
      }
    }
    await ctx.close();
  }
  const html = await (await fetch(url)).text();
  const entrySrc =
    /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(html)?.[1] ??
    /<script[^>]+src="([^"]+)"[^>]*type="module"/.exec(html)?.[1];
  const entry = entrySrc
    ? firstLoad.find((f) => new URL(f.url).pathname === new URL(entrySrc, url).pathname)
    : undefined;
  const js = firstLoad.filter((f) => f.type === 'Script');
  const css = firstLoad.filter((f) => f.type === 'Stylesheet');
  const sum = (xs: typeof firstLoad, k: 'raw' | 'gzip' | 'transferred') => xs.reduce((n, x) => n + x[k], 0);
  const msw = firstLoad.filter((f) => f.msw);
  const how =
    'CDP Network events of a cold load until every panel settled; each JS/CSS file the page requested re-read and gzip-sized (zlib level 6)';
  const s = summarize(ready);
  const base = { scale, section: 'load' as const };
  return {
    firstLoad,
    figures: [
      {
        ...base,
        key: 'load.js.gzip',
        label: `first-load JS, gzip (${js.length} files)`,
        unit: 'B',
        value: sum(js, 'gzip'),
        method: how,
      },
      {
        ...base,
        key: 'load.js.transferred',
        label: 'first-load JS, as transferred',
        unit: 'B',
        value: sum(js, 'transferred'),
        method: 'CDP Network.loadingFinished encodedDataLength (the server sends no Content-Encoding)',
      },
      {
        ...base,
        key: 'load.css.gzip',
        label: `first-load CSS, gzip (${css.length} files)`,
        unit: 'B',
        value: sum(css, 'gzip'),
        method: how,
      },
      {
        ...base,
        key: 'load.entry.gzip',
        label: `entry chunk, gzip (${entry ? new URL(entry.url).pathname.split('/').pop() : '?'})`,
        unit: 'B',
        value: entry?.gzip ?? null,
        method: 'the <script type=module> of index.html, gzip-sized',
      },
      {
        ...base,
        key: 'load.msw',
        label: `first-load files with MSW code${msw.length ? ` (${msw.map((m) => `${new URL(m.url).pathname.split('/').pop()}: "${m.msw}"`).join('; ')})` : ''}`,
        unit: 'count',
        value: msw.length,
        method: `first-load JS/CSS searched for ${MSW_SIGNS.source}`,
      },
      {
        ...base,
        key: 'load.ready',
        label: 'navigation → every panel settled',
        unit: 'ms',
        value: s.median,
        p95: s.p95,
        n: s.n,
        method:
          'performance.now() in the page when no panel is loading and no /api fetch is in flight (1400×1000, no throttling)',
      },
    ],
  };
}

// ---------------------------------------------------------------- render

/**
 * Charts far from the viewport are held (src/shared/ui/useLiveChart.ts), so a
 * count or a re-render check on the default view would see only the charts
 * near it. This runs `fn` with a window tall enough for every chart to be live.
 */
export async function withEveryChartLive<T>(page: Page, fn: () => Promise<T>): Promise<T> {
  const before = page.viewportSize() ?? { width: 1400, height: 1000 };
  try {
    // Charts that come alive can make the page taller: grow the window until it holds the whole page.
    for (let i = 0; i < 6; i++) {
      const tall = Math.min(await page.evaluate(() => document.documentElement.scrollHeight + 400), 60000);
      if ((page.viewportSize()?.height ?? 0) >= tall) break;
      await page.setViewportSize({ width: before.width, height: tall });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await waitSettled(page);
    }
    return await fn();
  } finally {
    await page.setViewportSize(before);
  }
}

export async function measureRender(page: Page, scale: number): Promise<Figure[]> {
  // Each panel is scrolled into view (its chart renders, then stays rendered while held) before the
  // page is counted: a page taller than the window can be made (100×) still gets every chart. The
  // tall window afterwards gives charts still rendering (transitions) time to finish.
  for (const id of await page
    .locator('[data-panel]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')!))) {
    await page.locator(`[data-panel="${id}"]`).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await waitSettled(page);
  }
  return withEveryChartLive(page, () => countRender(page, scale));
}

async function countRender(page: Page, scale: number): Promise<Figure[]> {
  const r = await page.evaluate(() => {
    const per: Record<string, number> = {};
    for (const p of document.querySelectorAll('[data-panel]'))
      per[p.getAttribute('data-panel')!] = p.querySelectorAll('svg, svg *').length;
    return { per, page: document.querySelectorAll('svg, svg *').length, dom: document.querySelectorAll('*').length };
  });
  const entries = Object.entries(r.per).sort((a, b) => b[1] - a[1]);
  const method =
    'document.querySelectorAll("svg, svg *") inside each [data-panel], settled default view after scrolling to each panel, window as tall as the page (every chart live)';
  const out: Figure[] = [
    {
      scale,
      section: 'render',
      key: 'render.svg.page',
      label: 'SVG elements, whole page',
      unit: 'count',
      value: r.page,
      method,
    },
    {
      scale,
      section: 'render',
      key: 'render.dom.page',
      label: 'DOM elements, whole page',
      unit: 'count',
      value: r.dom,
      method: 'document.querySelectorAll("*")',
    },
    {
      scale,
      section: 'render',
      key: 'render.svg.max-panel',
      label: `SVG elements, largest panel (${entries[0]?.[0] ?? '-'})`,
      unit: 'count',
      value: entries[0]?.[1] ?? null,
      method,
    },
  ];
  for (const [id, n] of entries)
    out.push({
      scale,
      section: 'render',
      key: `render.svg.panel.${id}`,
      label: `SVG elements: ${id}`,
      unit: 'count',
      value: n,
      method,
    });
  return out;
}

// ---------------------------------------------------------------- interaction

type Kind = 'vendor' | 'region' | 'time' | 'growth' | 'lang';
const KINDS: Kind[] = ['vendor', 'region', 'time', 'growth', 'lang'];

const GROWTH_SELECTOR =
  '[data-panel] [data-growth-mode], [data-panel] button[data-mode="yoy"], [data-panel] button[data-mode="absolute"], [data-panel] button[data-mode="indexed"]';

async function growthButtons(page: Page) {
  const explicit = page.locator(GROWTH_SELECTOR);
  if (await explicit.count()) return explicit;
  return page
    .locator('[data-panel] .panel__tools button[aria-pressed]')
    .filter({ hasText: /^(YoY|Absolute|Indexed|同比|绝对值|绝对|指数|指数化)/i });
}

/** One input of a kind (rep i); returns false when the UI has no such control. */
async function act(page: Page, kind: Kind, i: number): Promise<boolean> {
  if (kind === 'region') {
    await page.locator(`button[data-region="${['cn', 'us', 'all'][i % 3]}"]`).click();
  } else if (kind === 'time') {
    await page.getByTestId('year-from').selectOption(String([2023, 2021, 2019][i % 3]));
  } else if (kind === 'lang') {
    await page.locator(`.app-header button[lang="${i % 2 ? 'en' : 'zh'}"]`).click();
  } else if (kind === 'vendor') {
    const chip = page.locator('[data-chip]').first();
    if (await chip.count()) await chip.click();
    else {
      const ids = await page
        .locator('[data-panel] button[data-vendor][aria-pressed="false"]')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-vendor')!))]);
      if (!ids.length) return false;
      const entry = page.locator(`[data-panel] button[data-vendor="${ids[(i >> 1) % ids.length]}"]`).first();
      // A reader scrolls to the legend, and the panels scrolled into view draw, before the click:
      // outside the measurement, which starts at the click event.
      await entry.scrollIntoViewIfNeeded();
      await waitIdle(page);
      await waitSettled(page);
      await entry.click();
    }
  } else {
    const btns = await growthButtons(page);
    const n = await btns.count();
    if (n < 2) return false;
    const unpressed = btns.and(page.locator('[aria-pressed="false"]'));
    if (!(await unpressed.count())) return false;
    await unpressed.first().click();
  }
  return true;
}

async function timed(page: Page, kind: string, action: () => Promise<boolean>): Promise<number | null> {
  const before = await page.evaluate((k) => {
    const b = (window as unknown as { __bench: { arm(k: string): void; results: unknown[] } }).__bench;
    b.arm(k);
    return b.results.length;
  }, kind);
  if (!(await action())) return null;
  await page
    .waitForFunction(
      (n) => (window as unknown as { __bench: { results: unknown[] } }).__bench.results.length > n,
      before,
      { timeout: READY_TIMEOUT, polling: 20 },
    )
    .catch(async (err: unknown) => {
      throw new Error(`no settled frame after the ${kind} input: ${await unsettledReason(page)}`, { cause: err });
    });
  const ms = await page.evaluate(
    () => (window as unknown as { __bench: { results: { ms: number }[] } }).__bench.results.at(-1)!.ms,
  );
  // Outside the measurement: let the page go idle, so panels held off-screen have caught up
  // (their transitions and fetches) before the next input, and each input starts from rest.
  await waitIdle(page);
  await waitSettled(page);
  return ms;
}

export async function measureInteraction(page: Page, scale: number, reps: number): Promise<Figure[]> {
  const out: Figure[] = [];
  const method = (k: Kind) =>
    `in-page: performance.mark at the ${k === 'time' ? 'change' : 'click'} event's timeStamp → the first rAF after a React commit (DevTools hook) in which no panel in the window is loading or aria-busy (showing the previous answer) and no chart in the window shows its placeholder; Playwright input, ${k === 'vendor' ? 'alternating legend toggle on (scrolled to and settled first) / chip off (repeat keys hit the query cache)' : k === 'region' ? 'cycling cn → us → all' : k === 'time' ? 'from-year cycling 2023 → 2021 → 2019' : k === 'lang' ? 'zh ↔ en' : 'cycling the growth-mode buttons'}`;
  for (const kind of KINDS) {
    const xs: number[] = [];
    let unavailable = false;
    for (let i = 0; i < reps; i++) {
      const ms = await timed(page, kind, () => act(page, kind, i));
      if (ms === null) {
        unavailable = true;
        break;
      }
      xs.push(ms);
    }
    await page.evaluate(() => ((window as unknown as { __bench: { armed: unknown } }).__bench.armed = null));
    await resetView(page);
    const s = summarize(xs);
    out.push({
      scale,
      section: 'interaction',
      key: `interaction.kind.${kind}`,
      label: `input → settled frame: ${kind}`,
      unit: 'ms',
      value: unavailable && !xs.length ? null : s.median,
      ...(xs.length ? { p95: s.p95, n: s.n } : {}),
      method: method(kind),
      ...(unavailable && !xs.length ? { note: `not available (no ${kind} control found)` } : {}),
    });
  }
  out.push(...(await withEveryChartLive(page, () => rerenderCheck(page, scale))));
  return out;
}

async function resetView(page: Page) {
  await page.locator('.filter-bar button.btn--ghost').last().click();
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'en')
    await page.locator('.app-header button[lang="en"]').click();
  await waitSettled(page);
}

type Renders = Record<string, Record<string, number>>;

/** For each shared filter: which panels that do not use it re-render when it changes between two active values. */
async function rerenderCheck(page: Page, scale: number): Promise<Figure[]> {
  const out: Figure[] = [];
  const vendorIds = await page
    .locator('[data-panel] button[data-vendor]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-vendor')!))]);
  const steps: { filter: string; first: () => Promise<unknown>; second: () => Promise<unknown> }[] = [
    {
      filter: 'region',
      first: () => page.locator('button[data-region="cn"]').click(),
      second: () => page.locator('button[data-region="us"]').click(),
    },
    {
      filter: 'time',
      first: () => page.getByTestId('year-from').selectOption('2023'),
      second: () => page.getByTestId('year-from').selectOption('2022'),
    },
  ];
  if (vendorIds.length >= 2)
    steps.push({
      filter: 'vendor',
      first: () =>
        page.evaluate(`document.querySelector('[data-panel] button[data-vendor="${vendorIds[0]}"]').click()`),
      second: async () => {
        const b = page.locator(`[data-panel] button[data-vendor="${vendorIds[1]}"]`).first();
        if (await b.count()) await b.click();
        else {
          // The legends show only the chosen vendor now: add a second one through the filter bar's picker.
          await page.getByRole('combobox').first().click();
          await page.locator('[role="option"][aria-selected="false"]:not([aria-disabled="true"])').first().click();
          // No Escape to close the list: Recharts' tooltips listen for Escape on the whole page.
        }
      },
    });
  for (const step of steps) {
    await step.first();
    await waitSettled(page);
    const ignoring = await page
      .locator('[data-panel]')
      .evaluateAll((els) => els.filter((e) => e.querySelector('.panel__na')).map((e) => e.getAttribute('data-panel')!));
    await page.evaluate(() => (window as unknown as { __bench: { startCounting(): void } }).__bench.startCounting());
    await step.second();
    await waitSettled(page);
    const renders = await page.evaluate(() =>
      (window as unknown as { __bench: { stopCounting(): Renders } }).__bench.stopCounting(),
    );
    const offenders = ignoring.filter((id) => renders[id] && Object.keys(renders[id]!).length);
    const detail = offenders.map((id) => `${id} [${Object.keys(renders[id]!).sort().join('+')}]`).join(', ');
    out.push({
      scale,
      section: 'interaction',
      key: `interaction.rerender.${step.filter}`,
      label: `panels re-rendering on ${step.filter} though they do not use it (${ignoring.length} do not use it)${detail ? `: ${detail}` : ''}`,
      unit: 'count',
      value: offenders.length,
      method:
        'panels showing "does not apply" with only this filter active; then the filter changes between two active values and every function-component fiber in the panel (owner, Panel frame, legend, chart, body) is checked per commit via the DevTools hook (memoizedProps/memoizedState identity); window as tall as the page, so no chart is held off-screen',
    });
    await resetView(page);
  }
  return out;
}

// ---------------------------------------------------------------- export

export async function measureExport(page: Page, scale: number, reps: number): Promise<Figure[]> {
  const panels = await page
    .locator('[data-panel][data-state="ready"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')!));
  const menuButton = (id: string) => page.locator(`[data-panel="${id}"] [data-testid="export-menu"]`).first();
  const available = panels.length > 0 && (await menuButton(panels[0]!).count()) > 0;
  const method =
    'in the page: User Timing from the click event (its timeStamp) on the panel Export menu item (PNG 2× / SVG) or the header Export all, to the moment the file is handed to the browser (export-file:* measures); Playwright clicks, waits for the download, then for an idle page; every ready panel';
  const na = (key: string, label: string, why = 'not available (no Export control in the UI yet)'): Figure => ({
    scale,
    section: 'export',
    key,
    label,
    unit: 'ms',
    value: null,
    method,
    note: why,
  });
  if (!available)
    return [
      na('export.png', 'PNG 2× of one panel'),
      na('export.svg', 'SVG of one panel'),
      na('export.zip', 'ZIP of all panels'),
    ];
  /** Clicks, waits for the download, and returns the page's own measures of that export (ms by name, summed). */
  const exportOnce = async (click: () => Promise<void>): Promise<Map<string, number> | null> => {
    await page.evaluate(() => performance.clearMeasures());
    const dl = page.waitForEvent('download', { timeout: 60_000 }).then(
      () => true,
      () => false,
    );
    await click();
    if (!(await dl)) return null;
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('export'))
        .map((e) => [e.name, e.duration] as [string, number]),
    );
    const byName = new Map<string, number>();
    for (const [name, ms] of measures) byName.set(name, (byName.get(name) ?? 0) + ms);
    return byName;
  };
  const result: Record<'png' | 'svg' | 'zip', number[]> = { png: [], svg: [], zip: [] };
  const phases = new Map<string, number[]>();
  let failures = 0;
  const record = (file: 'png' | 'svg' | 'zip', m: Map<string, number> | null) => {
    const ms = m?.get(`export-file:${file}`);
    if (ms === undefined) return void failures++;
    result[file].push(ms);
    if (file !== 'png') return;
    for (const [name, v] of m!) if (name.startsWith('export:')) phases.set(name, [...(phases.get(name) ?? []), v]);
  };
  for (const fmt of ['png', 'svg'] as const) {
    for (let r = 0; r < reps; r++) {
      for (const id of panels) {
        const btn = menuButton(id);
        if (await btn.isDisabled()) continue;
        await btn.click();
        const m = await exportOnce(() =>
          page
            .locator(`[data-panel="${id}"] [data-action="${fmt === 'png' ? 'png2' : 'svg'}"]`)
            .first()
            .click(),
        );
        record(fmt, m);
        await page.waitForFunction(
          (pid) => !document.querySelector(`[data-panel="${pid}"] [data-testid="export-menu"][aria-busy="true"]`),
          id,
        );
        // Each export starts from a page at rest: the last one's chart has redrawn at its own width.
        await waitIdle(page);
      }
    }
  }
  const all = page.locator('[data-testid="export-all"]').first();
  if (await all.count())
    for (let r = 0; r < Math.max(1, reps); r++) {
      record('zip', await exportOnce(() => all.click()));
      await page.waitForFunction(() => !document.querySelector('[data-testid="export-all"][disabled]'), null, {
        timeout: 120_000,
      });
      await waitIdle(page);
    }
  const fig = (key: string, label: string, xs: number[], how = method): Figure => {
    if (!xs.length) return na(key, label, failures ? 'no download event' : 'not available');
    const s = summarize(xs);
    return {
      scale,
      section: 'export',
      key,
      label: `${label}${failures ? ` (${failures} exports gave no file)` : ''}`,
      unit: 'ms',
      value: s.median,
      p95: s.p95,
      n: s.n,
      method: how,
    };
  };
  const phaseMethod =
    'export:* User Timing measures inside each PNG 2× export above (relayout: from moving the chart off-screen at the export width, incl. reveal, until it has redrawn; encode includes the deferred rasterisation)';
  return [
    fig('export.png', `PNG 2× of one panel (${panels.length} panels)`, result.png),
    ...[...phases].map(([name, xs]) =>
      fig(
        `export.phase.${name.slice('export:'.length)}`,
        `— PNG phase: ${name.slice('export:'.length)}`,
        xs,
        phaseMethod,
      ),
    ),
    fig('export.svg', 'SVG of one panel', result.svg),
    fig('export.zip', 'ZIP of all panels (PNG+SVG+CSV each)', result.zip),
  ];
}

// ---------------------------------------------------------------- profile

/** CPU profile (CDP Profiler) over a few region and lang inputs: self time by script file, to say what bounds the interactions. */
export async function profileInteractions(page: Page, rounds = 4): Promise<[string, number][]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < rounds; i++) {
    await timed(page, 'profile', () => act(page, 'region', i));
    await timed(page, 'profile', () => act(page, 'lang', i));
  }
  const { profile } = await cdp.send('Profiler.stop');
  await resetView(page);
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  for (const n of profile.nodes) {
    const url = n.callFrame.url;
    const name = url
      ? url
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.js$/, '.js')
      : `(${n.callFrame.functionName || 'native'})`;
    self.set(name, (self.get(name) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
}
