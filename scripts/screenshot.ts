// Usage: npx tsx scripts/screenshot.ts <url> <out.png> [--width 1280] [--full] [--selector css]
// Takes a headless-Chromium screenshot (Debian's /usr/bin/chromium) so you can look at what you built.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: tsx scripts/screenshot.ts <url> <out.png> [--width N] [--full] [--selector CSS]');
  process.exit(2);
}
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const width = Number(arg('--width') ?? 1280);
const selector = arg('--selector');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('[data-panel]', { timeout: 20000 });
  await page
    .waitForFunction(() => document.querySelectorAll('[data-state="loading"]').length === 0, null, { timeout: 20000 })
    .catch(() => {});
  await page.waitForTimeout(500);
  if (process.argv.includes('--full') || selector) {
    // Charts far from the viewport are held (useLiveChart): make the window as tall as the page so all render.
    for (let i = 0; i < 4; i++) {
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      if (h <= (page.viewportSize()?.height ?? 0)) break;
      await page.setViewportSize({ width, height: Math.min(h, 30000) });
      await page.waitForTimeout(800);
    }
  }
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
