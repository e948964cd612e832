/** Glue between the live page and the pure composers: one panel's PNG, SVG and CSV; the whole page. */
import type { Lang, ViewState } from '../filters/state';
import { serializeViewUrl } from '../filters/url';
import { captureCharts, canvasMeasure, resolveColor, svgToPng, yieldToEventLoop } from './chartClone';
import { tableToCsv, type CsvSource } from './csv';
import { exportFileName, filtersSlug, isoDay } from './filename';
import { filtersSentence } from './filtersSentence';
import { em } from './messages';
import { buildReadme } from './readme';
import type { PanelSnapshot, RegisteredPanel } from './registry';
import { composePageSvg, composePanelSvg, EXPORT_WIDTH, PAD, type ExportFrame, type PanelContent } from './svgCompose';
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

export async function panelContent(s: PanelSnapshot, env: ExportEnv): Promise<PanelContent> {
  const release = s.reveal ? await s.reveal() : undefined;
  let charts;
  try {
    charts = await captureCharts(s.chartEl, EXPORT_WIDTH - 2 * PAD);
  } finally {
    release?.();
  }
  return {
    title: s.title,
    subtitle: s.subtitle,
    legend: s.legend.map((l) => ({ label: l.label, color: resolveColor(l.color), shape: l.shape })),
    charts,
    placeholder: charts.length === 0 ? em(env.lang, 'noChart') : undefined,
  };
}

export async function panelSvg(s: PanelSnapshot, env: ExportEnv, bg: Background, content?: PanelContent) {
  return composePanelSvg(content ?? (await panelContent(s, env)), frameFor(env, bg, s.id), canvasMeasure());
}

export async function panelPng(
  s: PanelSnapshot,
  env: ExportEnv,
  ratio: number,
  bg: Background,
  content?: PanelContent,
): Promise<Blob> {
  const { svg, width, height } = await panelSvg(s, env, bg, content);
  return svgToPng(svg, width, height, ratio);
}

export function panelCsv(s: PanelSnapshot, env: ExportEnv): string {
  return tableToCsv(s.table, env.lang, env.sourceOf);
}

export const fileName = (id: string, env: ExportEnv, ext: string) => exportFileName(id, env.view, env.now, ext);

export type Progress = (done: number, total: number) => void;

function exportable(panels: RegisteredPanel[]) {
  const snaps = panels.map((p) => p.snapshot());
  return { ready: snaps.filter((s) => s.ready), skipped: snaps.filter((s) => !s.ready) };
}

/** One ZIP with a PNG, an SVG and a CSV per ready panel, and a README.txt. */
export async function exportAllZip(
  panels: RegisteredPanel[],
  env: ExportEnv,
  progress: Progress,
): Promise<{ blob: Blob; name: string; count: number }> {
  const { ready, skipped } = exportable(panels);
  const files: ZipEntry[] = [];
  const listed: { title: string; files: string[]; csvOnly?: boolean }[] = [];
  for (const [i, s] of ready.entries()) {
    progress(i + 1, ready.length);
    await yieldToEventLoop();
    const names: string[] = [];
    const csvName = fileName(s.id, env, 'csv');
    const content = await panelContent(s, env);
    if (content.charts.length > 0) {
      const { svg, width, height } = composePanelSvg(content, frameFor(env, 'white', s.id), canvasMeasure());
      const png = new Uint8Array(await (await svgToPng(svg, width, height, 2)).arrayBuffer());
      names.push(fileName(s.id, env, 'png'), fileName(s.id, env, 'svg'));
      files.push({ name: names[0]!, data: png }, { name: names[1]!, data: svg });
    }
    files.push({ name: csvName, data: panelCsv(s, env) });
    names.push(csvName);
    listed.push({ title: s.title, files: names, csvOnly: content.charts.length === 0 });
    await yieldToEventLoop();
  }
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
    }),
  });
  const zip = makeZip(files, env.now);
  return {
    blob: new Blob([zip as BlobPart], { type: 'application/zip' }),
    name: `model-race_all_${filtersSlug(env.view)}_${isoDay(env.now)}.zip`,
    count: ready.length,
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
  for (const [i, s] of ready.entries()) {
    progress(i + 1, ready.length);
    await yieldToEventLoop();
    contents.push(await panelContent(s, env));
  }
  const { svg, width, height } = composePageSvg(heading, contents, frameFor(env, 'white'), canvasMeasure());
  // Canvas limits: keep the tall image under ~30k px.
  const ratio = height * 2 <= 30000 ? 2 : Math.max(0.5, Math.floor((30000 / height) * 10) / 10);
  const blob = await svgToPng(svg, width, height, ratio);
  return { blob, name: `model-race_page_${filtersSlug(env.view)}_${isoDay(env.now)}.png`, count: ready.length };
}
