// Lighthouse 12 through its Node API, Chromium started by chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';
import type { Figure } from './figures';
import { median } from './stats';

const AUDITS = [
  ['performance', 'category', 'score'],
  ['lcp', 'largest-contentful-paint', 'ms'],
  ['fcp', 'first-contentful-paint', 'ms'],
  ['tbt', 'total-blocking-time', 'ms'],
  ['cls', 'cumulative-layout-shift', 'ratio'],
  ['accessibility', 'category', 'score'],
  ['best-practices', 'category', 'score'],
] as const;

export interface LighthouseRun {
  values: Record<string, number>;
  /** Failing audits worth naming when a score is below 100. */
  failing: string[];
}

export async function lighthouseOnce(url: string, formFactor: 'mobile' | 'desktop'): Promise<LighthouseRun> {
  process.env.CHROME_PATH ??= chromiumPath();
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('lighthouse returned no result');
    const lhr = result.lhr;
    const values: Record<string, number> = {};
    for (const [name, id] of AUDITS) {
      if (id === 'category') values[name] = Math.round((lhr.categories[name]?.score ?? Number.NaN) * 100);
      else values[name] = lhr.audits[id]?.numericValue ?? Number.NaN;
    }
    const failing = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 0.9 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return { values, failing };
  } finally {
    chrome.kill();
  }
}

export async function measureLighthouse(
  url: string,
  scale: number,
  runs: number,
  log: (s: string) => void,
): Promise<{ figures: Figure[]; failing: Record<string, string[]> }> {
  const figures: Figure[] = [];
  const failing: Record<string, string[]> = {};
  for (const ff of ['mobile', 'desktop'] as const) {
    const rs: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) {
      try {
        rs.push(await lighthouseOnce(url, ff));
        log(`  lighthouse ${ff} ${i + 1}/${runs}: perf ${rs.at(-1)!.values.performance}`);
      } catch (e) {
        log(`  lighthouse ${ff} ${i + 1}/${runs} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    failing[ff] = [...new Set(rs.flatMap((r) => r.failing))];
    for (const [name, , unit] of AUDITS) {
      const xs = rs.map((r) => r.values[name]!).filter((x) => Number.isFinite(x));
      figures.push({
        scale,
        section: 'load',
        key: `load.lh.${ff}.${name}`,
        label: `Lighthouse ${ff}: ${name}`,
        unit,
        value: xs.length ? median(xs) : null,
        n: xs.length,
        method: `Lighthouse 12.2.3 Node API, ${ff === 'desktop' ? 'desktop preset' : 'default mobile (simulated throttling)'}, chrome-launcher + /usr/bin/chromium, median of ${runs}`,
        ...(xs.length ? {} : { note: 'failed' }),
      });
    }
  }
  return { figures, failing };
}
