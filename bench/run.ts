// npm run bench -- [--scales 1,10,100] [--quick] [--only load,interaction,render,export,api] [--no-lighthouse]
// Builds the real-API app, serves it with the real server (startServer, in a
// child process) on the real data (1×) or a synthetic N× dataset, drives
// Chromium, and prints one table plus the budget verdicts. Results go to
// bench/results/bench-<time>.json (git-ignored).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parseArgs } from './args';
import { measureApi } from './api';
import { evaluate } from './budgets';
import { buildApp, BENCH_DIST, mswFilesInDist, type ChunkInfo } from './build';
import {
  launchBrowser,
  measureExport,
  measureInteraction,
  measureLoad,
  measureRender,
  openApp,
  profileInteractions,
} from './browser';
import { calibrate, calibrationLine } from './calibrate';
import { writeSynth } from './data-synth';
import type { Figure, Section } from './figures';
import { measureLighthouse } from './lighthouse';
import { startChildServer } from './server';
import { renderBudgets, renderTable, rowsOf } from './table';

const args = parseArgs(process.argv.slice(2));
const REPS = args.quick
  ? { load: 1, interaction: 5, export: 1, lighthouse: 0, apiSeconds: 3 }
  : { load: 3, interaction: 30, export: 3, lighthouse: args.noLighthouse ? 0 : 3, apiSeconds: 10 };
const log = (s: string) => console.error(s);
const has = (s: Section) => args.only.includes(s);
const started = Date.now();

const figures: Figure[] = [];
const notes: string[] = [];
let chunks: ChunkInfo[] = [];
let firstLoadFiles: string[] = [];
const lhFailing: Record<string, Record<string, string[]>> = {};
const profiles: Record<string, [string, number][]> = {};

function failed(scale: number, section: Section, key: string, err: unknown): Figure {
  const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  log(`  ${section} failed at ${scale}×: ${msg}`);
  return {
    scale,
    section,
    key,
    label: `${section} (run failed)`,
    unit: 'count',
    value: null,
    method: '-',
    note: `error: ${msg.slice(0, 120)}`,
  };
}

const speedAtStart = calibrate();
log(calibrationLine(speedAtStart, null));

const browserSections = (['load', 'interaction', 'render', 'export'] as Section[]).filter(has);
let browser: Browser | undefined;
try {
  if (browserSections.length) {
    log('building the real-API app into bench/.data/dist …');
    chunks = await buildApp();
    const msw = mswFilesInDist();
    if (msw.length)
      notes.push(`dist holds MSW files that the real-API page does not load (mock mode only): ${msw.join(', ')}`);
    browser = await launchBrowser();
  }
  for (const scale of args.scales) {
    log(`— scale ${scale}×`);
    const datasetFile = scale === 1 ? undefined : writeSynth(scale);
    if (browserSections.length && browser) {
      const server = await startChildServer({ staticDir: BENCH_DIST, ...(datasetFile ? { datasetFile } : {}) });
      try {
        if (has('load')) {
          try {
            log('  load …');
            const r = await measureLoad(browser, server.url + '/', scale, REPS.load);
            figures.push(...r.figures);
            if (scale === args.scales[0])
              firstLoadFiles = r.firstLoad.map(
                (f) => `${new URL(f.url).pathname.split('/').pop()} ${(f.gzip / 1000).toFixed(1)} kB gzip`,
              );
          } catch (e) {
            figures.push(failed(scale, 'load', 'load.error', e));
          }
          if (REPS.lighthouse) {
            try {
              const lh = await measureLighthouse(server.url + '/', scale, REPS.lighthouse, log);
              figures.push(...lh.figures);
              lhFailing[`${scale}x`] = lh.failing;
            } catch (e) {
              figures.push(failed(scale, 'load', 'load.lh.error', e));
            }
          } else
            figures.push({
              scale,
              section: 'load',
              key: 'load.lh.skipped',
              label: 'Lighthouse',
              unit: 'count',
              value: null,
              method: 'Lighthouse 12.2.3 Node API',
              note: 'skipped (--quick / --no-lighthouse)',
            });
        }
        if (has('render') || has('interaction')) {
          const page = await openApp(browser, server.url + '/');
          if (has('render'))
            try {
              log('  render …');
              figures.push(...(await measureRender(page, scale)));
            } catch (e) {
              figures.push(failed(scale, 'render', 'render.error', e));
            }
          if (has('interaction'))
            try {
              log(`  interaction (${REPS.interaction} of each) …`);
              figures.push(...(await measureInteraction(page, scale, REPS.interaction)));
              profiles[`${scale}x`] = await profileInteractions(page);
            } catch (e) {
              figures.push(failed(scale, 'interaction', 'interaction.error', e));
            }
          await page.context().close();
        }
        if (has('export')) {
          try {
            log('  export …');
            const page = await openApp(browser, server.url + '/');
            figures.push(...(await measureExport(page, scale, REPS.export)));
            await page.context().close();
          } catch (e) {
            figures.push(failed(scale, 'export', 'export.error', e));
          }
        }
      } finally {
        await server.close();
      }
    }
    if (has('api')) {
      try {
        log('  api …');
        figures.push(...(await measureApi(scale, datasetFile, REPS.apiSeconds, log)));
      } catch (e) {
        figures.push(failed(scale, 'api', 'api.error', e));
      }
    }
  }
} finally {
  await browser?.close();
}

const speedAtEnd = calibrate();

const order: Section[] = ['load', 'interaction', 'render', 'export', 'api'];
figures.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section) || a.scale - b.scale);
const results = evaluate(figures);
const table = renderTable(rowsOf(figures, results));
const budgets = renderBudgets(results);
console.log(
  `\nModel Race benchmark — ${args.quick ? 'QUICK (smoke figures, fewer repetitions, no Lighthouse)' : 'full run'} — scales ${args.scales.join(', ')}× — ${new Date().toISOString()}\n`,
);
console.log(table);
console.log('\nBudgets\n');
console.log(budgets);
const pass = results.filter((r) => r.verdict === 'PASS').length;
const fail = results.filter((r) => r.verdict === 'FAIL').length;
if (chunks.length) {
  console.log('\nBundle (bench/.data/dist, gzip; top contributors by rendered bytes)');
  for (const c of chunks.slice(0, 12))
    console.log(
      `  ${c.file.padEnd(40)} ${(c.gzip / 1000).toFixed(1).padStart(7)} kB${c.isEntry ? ' [entry]' : ''}  ${c.top.map(([g, n]) => `${g} ${(n / 1000).toFixed(0)}k`).join(', ')}`,
    );
  if (firstLoadFiles.length) console.log(`  first load (${args.scales[0]}×): ${firstLoadFiles.join('; ')}`);
}
for (const [scale, ff] of Object.entries(lhFailing))
  for (const [k, v] of Object.entries(ff))
    if (v.length) console.log(`Lighthouse ${k} ${scale} audits below 0.9: ${v.join(', ')}`);
for (const [scale, p] of Object.entries(profiles))
  console.log(
    `Interaction CPU profile ${scale} (4 region + 4 lang inputs, self ms by script): ${p.map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join(', ')}`,
  );
for (const n of notes) console.log(`note: ${n}`);
console.log(calibrationLine(speedAtStart, speedAtEnd));
const outDir = path.resolve(import.meta.dirname, 'results');
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(
  outDir,
  `bench-${new Date().toISOString().replace(/[:.]/g, '-')}${args.quick ? '-quick' : ''}.json`,
);
fs.writeFileSync(
  file,
  JSON.stringify(
    {
      args,
      durationSeconds: (Date.now() - started) / 1000,
      machineSpeed: { start: speedAtStart, end: speedAtEnd },
      figures,
      budgets: results.map((r) => ({
        id: r.budget.id,
        label: r.budget.label,
        scale: r.scale,
        verdict: r.verdict,
        detail: r.detail,
      })),
      chunks,
      notes,
      lighthouseFailingAudits: lhFailing,
    },
    null,
    2,
  ),
);
console.log(
  `\n${pass} budgets PASS, ${fail} FAIL, ${results.length - pass - fail} n/a — ${((Date.now() - started) / 1000).toFixed(0)} s — ${path.relative(process.cwd(), file)}`,
);
