import type { Lang } from '../../../shared/filters/state';
import type { Model, Vendor } from '../../../shared/api/contract';
import { formatCompact, formatPartialDate } from '../../../shared/format/number';
import type { TipInfo } from '../../../shared/ui/tip';
import { figureCells, type TableSpec } from '../../../shared/ui/table';
import { kindLabel } from '../../../shared/i18n/i18n';
import { modelName } from '../../../shared/i18n/modelName';
import type { KindOf } from './timeline';
import { capEven, type Capped } from '../../../shared/charts/markCap';
import type { DotSpec } from '../../../shared/charts/DotMark';

export interface ParameterPoint {
  id: string;
  name: string;
  vendorId: string;
  vendorName: string;
  parameters: number;
  released: string | null;
  /** Label for the x axis: the model name. */
  label: string;
  tip: TipInfo;
}

/** Models with a stated parameter count, in release order (undated last). */
export function parameterPoints(
  models: readonly Model[],
  vendors: ReadonlyMap<string, Vendor>,
  lang: Lang,
  paramsWord: string,
  kindOf: KindOf = () => 'reported',
): ParameterPoint[] {
  return models
    .filter((m): m is Model & { parameters: number } => m.parameters !== null)
    .sort((a, b) => (a.released ?? '9999').localeCompare(b.released ?? '9999'))
    .map((m) => {
      const vendor = vendors.get(m.vendorId);
      const value = `${formatCompact(m.parameters, lang)} ${paramsWord}`;
      const name = modelName(m, lang);
      return {
        id: m.id,
        name,
        vendorId: m.vendorId,
        vendorName: vendor ? vendor.name[lang] : m.vendorId,
        parameters: m.parameters,
        released: m.released,
        label: name,
        tip: {
          title: `${name}${m.released ? ` · ${formatPartialDate(m.released, lang)}` : ''}`,
          value,
          kind: kindOf(m.sourceId),
          sourceId: m.sourceId,
          note: m.note?.[lang],
        },
      };
    });
}

/**
 * Bars the chart draws at most: past about 24 in a half-width panel a bar is a
 * few pixels wide and its vendor colour no longer tells. The article has 4: it
 * is never thinned.
 */
export const PARAMETER_BAR_CAP = 24;

/**
 * The bars drawn: all up to the cap, else `cap` spread evenly over release
 * order (the earliest and the latest kept), so the growth over the period still
 * shows. The table keeps every model.
 */
export function shownParameterPoints(
  points: readonly ParameterPoint[],
  cap = PARAMETER_BAR_CAP,
): Capped<ParameterPoint> {
  return capEven(points, cap);
}

/** Growth multiple between consecutive points, e.g. GPT-2 → GPT-3: 117×. */
export function stepMultiples(points: readonly ParameterPoint[]): { from: string; to: string; multiple: number }[] {
  const out: { from: string; to: string; multiple: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    out.push({ from: a.name, to: b.name, multiple: b.parameters / a.parameters });
  }
  return out;
}

export function parameterTable(
  points: readonly ParameterPoint[],
  lang: Lang,
  h: { model: string; vendor: string; released: string; parameters: string; kind: string; source: string },
): TableSpec {
  return {
    columns: [
      { key: 'model', header: h.model },
      { key: 'vendor', header: h.vendor },
      { key: 'released', header: h.released, screenOnly: true },
      { key: 'parameters', header: h.parameters, numeric: true, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'source', header: h.source, source: true },
    ],
    rows: points.map((p) => ({
      model: p.name,
      vendor: p.vendorName,
      released: p.released ? formatPartialDate(p.released, lang) : '—',
      parameters: formatCompact(p.parameters, lang, 4),
      kind: kindLabel(p.tip.kind, lang),
      source: p.tip.sourceId,
      // The count as stated (1.75e11), its period the model's release.
      ...figureCells({ value: p.parameters, bound: 'exact', unit: 'parameters', period: p.released, kind: p.tip.kind }),
    })),
  };
}

/**
 * A model's mark on the log axis (1.5B to 1.8T: three orders of magnitude): a
 * dot at its stated count, the count written above it.
 */
export function parameterDot(p: ParameterPoint, color: string, lang: Lang): DotSpec {
  return {
    value: p.parameters,
    low: p.parameters,
    high: p.parameters,
    bound: 'exact',
    color,
    fillOpacity: 0.9,
    dashed: false,
    label: formatCompact(p.parameters, lang),
    name: p.name,
  };
}

/** Sizes such as "70B" / "405B" / "1.8T" in a model's name. */
const SIZE_IN_NAME = /(\d+(?:\.\d+)?)\s?([BbTtMm])\b/;

/**
 * Models without a stated parameter count whose size appears only in their
 * name (Llama 3.3 70B): not drawn, named in the notes.
 */
export function sizeOnlyInName(models: readonly Model[]): string[] {
  return models.filter((m) => m.parameters === null && SIZE_IN_NAME.test(m.name)).map((m) => m.name);
}
