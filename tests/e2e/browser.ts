import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHART_WAIT_CLASS } from '../../src/shared/ui/chartWait';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const p = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(p))
    throw new Error(
      `Chromium not found at ${p}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH`,
    );
  return p;
}

export async function launch(): Promise<Browser> {
  // Playwright makes a fresh profile for each launch.
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** One browser per test file; a fresh context per `newPage`. */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
  });
  return {
    appUrl: () => inject('appUrl'),
    demoUrl: () => inject('demoUrl'),
    async newPage(
      opts: {
        width?: number;
        height?: number;
        permissions?: string[];
        acceptDownloads?: boolean;
        /** A phone: touch events (page.touchscreen) and a mobile viewport. */
        touch?: boolean;
      } = {},
    ): Promise<Page> {
      const ctx = await browser.newContext({
        viewport: { width: opts.width ?? 1400, height: opts.height ?? 1000 },
        ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
        acceptDownloads: opts.acceptDownloads ?? true,
        permissions: opts.permissions ?? [],
      });
      contexts.push(ctx);
      return ctx.newPage();
    },
  };
}

/** Waits until every slice has mounted and every panel has left its loading state. */
export async function waitForPanels(page: Page, min = 4): Promise<void> {
  await page.waitForFunction(
    ({ n, wait }) => {
      // Every lazy slice has mounted (no slice skeleton left) and no panel is loading.
      if (document.querySelector('.skeleton--slice')) return false;
      const panels = document.querySelectorAll('[data-panel]');
      if (panels.length < n || [...panels].some((p) => p.getAttribute('data-state') === 'loading')) return false;
      // Charts in view have rendered: no held-chart placeholder is left inside the window.
      return [...document.querySelectorAll(`.${wait}`)].every((w) => {
        const r = w.getBoundingClientRect();
        return r.bottom <= 0 || r.top >= window.innerHeight;
      });
    },
    { n: min, wait: CHART_WAIT_CLASS },
    { timeout: 30000 },
  );
}

export const ARTIFACTS = path.resolve(import.meta.dirname, '__artifacts__');
export function artifactPath(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
export const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-e2e-'));
