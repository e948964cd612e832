import type { Lang } from '../../../shared/filters/state';
import type { Modality, Model, Vendor } from '../../../shared/api/contract';
import { partialDateToMs } from '../../../shared/charts/time';
import { formatPartialDate } from '../../../shared/format/number';
import type { TipInfo } from '../../../shared/ui/tip';
import { figureCells, type TableSpec } from '../../../shared/ui/table';
import { kindLabel } from '../../../shared/i18n/i18n';
import { modelName } from '../../../shared/i18n/modelName';
import { capEven, type Capped } from '../../../shared/charts/markCap';
import type { KindOf } from './timeline';

export type Direction = 'input' | 'output';

export const BASE_MODALITIES: readonly Modality[] = ['text', 'image', 'audio', 'video'];
const ALL_MODALITIES: readonly Modality[] = ['text', 'image', 'audio', 'video', '3d'];

export interface MatrixColumn {
  key: string;
  direction: Direction;
  modality: Modality;
}

export interface MatrixRow {
  modelId: string;
  name: string;
  vendorId: string;
  vendorName: string;
  released: string | null;
  input: Modality[];
  output: Modality[];
  sourceId: string;
}

export interface MatrixCell {
  key: string;
  /** Column index. */
  x: number;
  /** Row index (0 = top row, the earliest model). */
  y: number;
  modelId: string;
  vendorId: string;
  tip: TipInfo;
}

const releaseKey = (d: string | null) => (d ? partialDateToMs(d) : Number.POSITIVE_INFINITY);

/** Models and products with stated modalities, in release order (undated last). */
export function matrixRows(models: readonly Model[], vendors: ReadonlyMap<string, Vendor>, lang: Lang): MatrixRow[] {
  return models
    .filter((m): m is Model & { modalities: NonNullable<Model['modalities']> } => m.modalities !== null)
    .sort((a, b) => releaseKey(a.released) - releaseKey(b.released) || a.name.localeCompare(b.name))
    .map((m) => ({
      modelId: m.id,
      name: modelName(m, lang),
      vendorId: m.vendorId,
      vendorName: vendors.get(m.vendorId)?.name[lang] ?? m.vendorId,
      released: m.released,
      input: m.modalities.input,
      output: m.modalities.output,
      sourceId: m.sourceId,
    }));
}

/** Input then output columns: text, image, audio, video — plus 3D where the data states it. */
export function matrixColumns(rows: readonly MatrixRow[]): MatrixColumn[] {
  const has3d = rows.some((r) => r.input.includes('3d') || r.output.includes('3d'));
  const mods = has3d ? ALL_MODALITIES : BASE_MODALITIES;
  const cols: MatrixColumn[] = [];
  for (const direction of ['input', 'output'] as const)
    for (const modality of mods) cols.push({ key: `${direction}:${modality}`, direction, modality });
  return cols;
}

/**
 * Most matrix rows drawn. A row costs ~8 SVG elements (its tick label and grid
 * line) plus ~2 per filled cell: ~12 with the article's average of two cells,
 * so 100 rows stay near 1,300 elements and under 3,000 even with every cell
 * filled. The article has 18 rows: it is never thinned.
 */
export const MATRIX_ROW_CAP = 100;

/**
 * The rows the matrix draws: all of them up to the cap, else `cap` rows spread
 * evenly over release order (the earliest and the latest kept), so the chart
 * still spans the whole period. The table keeps every row.
 */
export function matrixShownRows(rows: readonly MatrixRow[], cap = MATRIX_ROW_CAP): Capped<MatrixRow> {
  return capEven(rows, cap);
}

/** One filled cell per stated (model, direction, modality); nothing for what the article does not state. */
export function matrixCells(
  rows: readonly MatrixRow[],
  columns: readonly MatrixColumn[],
  lang: Lang,
  labels: { input: string; output: string; modality: Record<Modality, string>; stated: string },
  kindOf: KindOf,
): MatrixCell[] {
  const cells: MatrixCell[] = [];
  rows.forEach((r, y) => {
    columns.forEach((c, x) => {
      if (!r[c.direction].includes(c.modality)) return;
      cells.push({
        key: `${r.modelId}|${c.key}`,
        x,
        y,
        modelId: r.modelId,
        vendorId: r.vendorId,
        tip: {
          title: `${r.name}${r.released ? ` · ${formatPartialDate(r.released, lang)}` : ''} · ${r.vendorName}`,
          value: `${c.direction === 'input' ? labels.input : labels.output}: ${labels.modality[c.modality]} — ${labels.stated}`,
          kind: kindOf(r.sourceId),
          sourceId: r.sourceId,
        },
      });
    });
  });
  return cells;
}

/** Names of the models whose modalities the article does not state (not drawn, not assumed text-only). */
export function modalitiesNotStated(models: readonly Model[], lang: Lang): string[] {
  return models
    .filter((m) => m.modalities === null)
    .sort((a, b) => releaseKey(a.released) - releaseKey(b.released) || a.name.localeCompare(b.name))
    .map((m) => modelName(m, lang));
}

export interface FirstOutput {
  vendorId: string;
  vendorName: string;
  modality: Modality;
  /** Earliest stated release date of a model with this output, null when none of them is dated. */
  date: string | null;
  models: string[];
  sourceId: string;
}

/**
 * When each vendor got there: for every vendor and output modality, the
 * earliest dated model that produces it (ties: every model of that date).
 */
export function firstOutputPerVendor(rows: readonly MatrixRow[]): FirstOutput[] {
  const best = new Map<string, FirstOutput & { ms: number }>();
  for (const r of rows) {
    for (const modality of r.output) {
      const key = `${r.vendorId}|${modality}`;
      const ms = releaseKey(r.released);
      const cur = best.get(key);
      if (!cur || ms < cur.ms)
        best.set(key, {
          vendorId: r.vendorId,
          vendorName: r.vendorName,
          modality,
          date: r.released,
          models: [r.name],
          sourceId: r.sourceId,
          ms,
        });
      else if (ms === cur.ms) cur.models.push(r.name);
    }
  }
  const order = (m: Modality) => ALL_MODALITIES.indexOf(m);
  return [...best.values()]
    .sort((a, b) => a.vendorName.localeCompare(b.vendorName) || order(a.modality) - order(b.modality))
    .map(({ ms: _ms, ...f }) => f);
}

/** Vendors × output modalities: the first date (and model) per cell, for the notes table. */
export function firstOutputGrid(
  firsts: readonly FirstOutput[],
  modalities: readonly Modality[],
): { vendorId: string; vendorName: string; cells: Partial<Record<Modality, FirstOutput>> }[] {
  const byVendor = new Map<
    string,
    { vendorId: string; vendorName: string; cells: Partial<Record<Modality, FirstOutput>> }
  >();
  for (const f of firsts) {
    if (!modalities.includes(f.modality)) continue;
    let v = byVendor.get(f.vendorId);
    if (!v) {
      v = { vendorId: f.vendorId, vendorName: f.vendorName, cells: {} };
      byVendor.set(f.vendorId, v);
    }
    v.cells[f.modality] = f;
  }
  return [...byVendor.values()];
}

export function modalityTable(
  rows: readonly MatrixRow[],
  lang: Lang,
  labels: { modality: Record<Modality, string>; notStated: string },
  h: { model: string; vendor: string; released: string; input: string; output: string; kind: string; source: string },
  kindOf: KindOf,
): TableSpec {
  const list = (ms: readonly Modality[]) =>
    ms.length ? ms.map((m) => labels.modality[m]).join(', ') : labels.notStated;
  return {
    columns: [
      { key: 'model', header: h.model },
      { key: 'vendor', header: h.vendor },
      { key: 'released', header: h.released, screenOnly: true },
      { key: 'input', header: h.input },
      { key: 'output', header: h.output },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: rows.map((r) => ({
      model: r.name,
      vendor: r.vendorName,
      released: r.released ? formatPartialDate(r.released, lang) : '—',
      input: list(r.input),
      output: list(r.output),
      kind: kindLabel(kindOf(r.sourceId), lang),
      source: r.sourceId,
      // No number: the CSV's figure is the release as the data writes it and the sentence's kind.
      ...figureCells({ period: r.released, kind: kindOf(r.sourceId) }),
    })),
  };
}
