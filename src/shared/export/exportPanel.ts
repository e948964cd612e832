/** Glue between the live page and the pure composers: one panel's PNG, SVG and CSV; the whole page. */
import type { Lang, ViewState } from '../filters/state';
import { serializeViewUrl } from '../filters/url';
import { captureCharts, canvasMeasure, resolveColor, svgToPng, yieldToEventLoop } from './chartClone';
import { layOutAt } from './exportLayout';
import { tableToCsv, type CsvSource } from './csv';
import { exportFileName, filtersSlug, isoDay } from './filename';
import { filtersSentence } from './filtersSentence';
import { em } from './messages';
import { buildReadme } from './readme';
import type { PanelSnapshot, RegisteredPanel } from './registry';
import {
  composePageSvg,
  composePanelSvg,
  EXPORT_WIDTH,
  PAD,
  type ChartPart,
  type ExportFrame,
  type PanelContent,
} from './svgCompose';
import { measurePhase } from './phases';
import { makeZip, type ZipEntry } from './zip';

export { downloadBlob } from './chartClone';

export type Background = 'white' | 'transparent';

export interface ExportEnv {
  lang: Lang;
  view: ViewState;
  vendorName: (id: string) => string | undefined;
  sourceOf: (id: string) => CsvSource | undefined;
  now: Date;
}

/** The page URL with the view state, pointing at a panel when given. */
export function shareLink(view: ViewState, panelId?: string | null): string {
  const { search } = serializeViewUrl({ ...view, focus: null });
  return `${window.location.origin}${window.location.pathname}${search}${panelId ? `#panel-${panelId}` : ''}`;
}

export function frameFor(env: ExportEnv, background: Background, panelId?: string): ExportFrame {
  const sep = em(env.lang, 'labelSep');
  return {
    lang: env.lang,
    filters: `${em(env.lang, 'filtersLabel')}${sep}${filtersSentence(env.view, env.lang, env.vendorName)}`,
    source: em(env.lang, 'sourceLine'),
    date: `${em(env.lang, 'exported')}${sep}${isoDay(env.now)}`,
    link: shareLink(env.view, panelId),
    background,
    width: EXPORT_WIDTH,
  };
}

/** How many panels Export all lays out at the export width together: one wait for redraws per batch, and the progress line still moves. */
const BATCH = 4;

function contentOf(s: PanelSnapshot, env: ExportEnv, charts: ChartPart[]): PanelContent {
  return {
    title: s.title,
    subtitle: s.subtitle,
    legend: s.legend.map((l) => ({ label: l.label, color: resolveColor(l.color), shape: l.shape })),
    charts,
    placeholder: charts.length === 0 ? em(env.lang, 'noChart') : undefined,
  };
}

/** A panel's content for the export, or what went wrong capturing it (the other panels go on). */
type Capture = { content: PanelContent } | { error: unknown };

/** A panel Export all skipped because its export threw, and why (one line). */
export interface FailedPanel {
  title: string;
  reason: string;
}

function failure(title: string, err: unknown): FailedPanel {
  const text = err instanceof Error ? err.message : String(err);
  const line = text.replace(/\s+/g, ' ').trim() || (err instanceof Error ? err.name : 'error');
  return { title, reason: line.length > 200 ? `${line.slice(0, 199)}…` : line };
}

function contentOrThrow(c: Capture | undefined): PanelContent {
  if (!c || 'error' in c) throw c ? c.error : new Error('nothing captured');
  return c.content;
}

/**
 * Lays the panels' charts out at the export width, reveals those held
 * off-screen (so their first render is already at that width), captures them,
 * and runs `whileLaidOut` on the contents before the charts go back. A PNG is therefore
 * rasterised while the page is still, not behind the charts' redraw at their
 * own width. A panel whose reveal or capture throws gets its error in place of
 * its content, so one broken panel does not stop the others.
 */
async function withContents<T>(
  snaps: PanelSnapshot[],
  env: ExportEnv,
  whileLaidOut: (contents: Capture[]) => Promise<T>,
): Promise<T> {
  const els = snaps.map((s) => s.chartEl).filter((el): el is HTMLDivElement => el !== null);
  const layout = layOutAt(els, EXPORT_WIDTH - 2 * PAD);
  const releases: (() => void)[] = [];
  try {
    const t0 = performance.now();
    const revealed = await Promise.allSettled(snaps.map((s) => s.reveal?.()));
    for (const r of revealed) if (r.status === 'fulfilled' && r.value) releases.push(r.value);
    measurePhase('reveal', t0);
    await layout.settled();
    const contents: Capture[] = [];
    for (const [i, s] of snaps.entries()) {
      const r = revealed[i];
      if (r?.status === 'rejected') contents.push({ error: r.reason });
      else
        try {
          contents.push({ content: contentOf(s, env, await captureCharts(s.chartEl)) });
        } catch (error) {
          contents.push({ error });
        }
    }
    return await whileLaidOut(contents);
  } finally {
    for (const release of releases) release();
    layout.restore();
  }
}

function panelImage(content: PanelContent, s: PanelSnapshot, env: ExportEnv, bg: Background) {
  return composePanelSvg(content, frameFor(env, bg, s.id), canvasMeasure());
}

export function panelSvg(s: PanelSnapshot, env: ExportEnv, bg: Background) {
  return withContents([s], env, async ([c]) => panelImage(contentOrThrow(c), s, env, bg));
}

export function panelPng(s: PanelSnapshot, env: ExportEnv, ratio: number, bg: Background): Promise<Blob> {
  return withContents([s], env, async ([c]) => {
    const { svg, width, height } = panelImage(contentOrThrow(c), s, env, bg);
    return svgToPng(svg, width, height, ratio);
  });
}

export function panelCsv(s: PanelSnapshot, env: ExportEnv): string {
  return tableToCsv(s.table(), env.lang, env.sourceOf);
}

export const fileName = (id: string, env: ExportEnv, ext: string) => exportFileName(id, env.view, env.now, ext);

export type Progress = (done: number, total: number) => void;

function exportable(panels: RegisteredPanel[]) {
  const snaps = panels.map((p) => p.snapshot());
  return { ready: snaps.filter((s) => s.ready), skipped: snaps.filter((s) => !s.ready) };
}

/** The files of one panel for the ZIP; throws if any of them cannot be made. */
async function panelFiles(content: PanelContent, s: PanelSnapshot, env: ExportEnv): Promise<ZipEntry[]> {
  const files: ZipEntry[] = [];
  if (content.charts.length > 0) {
    const { svg, width, height } = panelImage(content, s, env, 'white');
    const png = new Uint8Array(await (await svgToPng(svg, width, height, 2)).arrayBuffer());
    files.push({ name: fileName(s.id, env, 'png'), data: png }, { name: fileName(s.id, env, 'svg'), data: svg });
  }
  files.push({ name: fileName(s.id, env, 'csv'), data: panelCsv(s, env) });
  return files;
}

/** Thrown when Export all had panels to export and every one of them failed. */
function allFailed(lang: Lang, failed: FailedPanel[]): Error {
  return new Error(
    `${em(lang, 'exportAllFailed')}${em(lang, 'labelSep')}${failed.map((f) => `${f.title} (${f.reason})`).join(em(lang, 'listSep'))}`,
  );
}

/**
 * One ZIP with a PNG, an SVG and a CSV per ready panel, and a README.txt. A panel
 * whose export throws is left out whole (no half set of files), named in the
 * README and in `failed`; the rest are exported. It fails only when every panel did.
 */
export async function exportAllZip(
  panels: RegisteredPanel[],
  env: ExportEnv,
  progress: Progress,
): Promise<{ blob: Blob; name: string; count: number; failed: FailedPanel[] }> {
  const { ready, skipped } = exportable(panels);
  const files: ZipEntry[] = [];
  const listed: { title: string; files: string[]; csvOnly?: boolean }[] = [];
  const failed: FailedPanel[] = [];
  for (let from = 0; from < ready.length; from += BATCH) {
    const batch = ready.slice(from, from + BATCH);
    await yieldToEventLoop();
    await withContents(batch, env, async (contents) => {
      for (const [k, s] of batch.entries()) {
        progress(from + k + 1, ready.length);
        try {
          const content = contentOrThrow(contents[k]);
          const own = await panelFiles(content, s, env);
          files.push(...own);
          listed.push({ title: s.title, files: own.map((f) => f.name), csvOnly: content.charts.length === 0 });
        } catch (err) {
          failed.push(failure(s.title, err));
        }
      }
    });
  }
  if (listed.length === 0 && failed.length > 0) throw allFailed(env.lang, failed);
  const frame = frameFor(env, 'white');
  files.unshift({
    name: 'README.txt',
    data: buildReadme({
      lang: env.lang,
      filters: frame.filters,
      date: isoDay(env.now),
      link: frame.link,
      panels: listed,
      skipped: skipped.map((s) => s.title),
      failed,
    }),
  });
  const zip = makeZip(files, env.now);
  return {
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    name: `model-race_all_${filtersSlug(env.view)}_${isoDay(env.now)}.zip`,
    count: listed.length,
    failed,
  };
}

/** One tall PNG of every ready panel in page order, with one header and one source line. */
export async function exportPagePng(
  panels: RegisteredPanel[],
  env: ExportEnv,
  heading: { title: string; subtitle: string },
  progress: Progress,
) {
  const { ready } = exportable(panels);
  const contents: PanelContent[] = [];
  const failed: FailedPanel[] = [];
  for (let from = 0; from < ready.length; from += BATCH) {
    const batch = ready.slice(from, from + BATCH);
    progress(Math.min(from + BATCH, ready.length), ready.length);
    await yieldToEventLoop();
    const captured = await withContents(batch, env, async (c) => c);
    for (const [k, c] of captured.entries())
      if ('content' in c) contents.push(c.content);
      else failed.push(failure(batch[k]!.title, c.error));
  }
  if (contents.length === 0 && failed.length > 0) throw allFailed(env.lang, failed);
  const { svg, width, height } = composePageSvg(heading, contents, frameFor(env, 'white'), canvasMeasure());
  // Canvas limits: keep the tall image under ~30k px.
  const ratio = height * 2 <= 30000 ? 2 : Math.max(0.5, Math.floor((30000 / height) * 10) / 10);
  const blob = await svgToPng(svg, width, height, ratio);
  return {
    blob,
    name: `model-race_page_${filtersSlug(env.view)}_${isoDay(env.now)}.png`,
    count: contents.length,
    failed,
  };
}
