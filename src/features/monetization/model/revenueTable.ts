import type { Region } from '../../../shared/api/contract';
import { formatPartialDate, formatPlain } from '../../../shared/format/number';
import { kindLabel } from '../../../shared/i18n/i18n';
import { figureCells, spanFigure, type RowFigure, type TableSpec } from '../../../shared/ui/table';
import { formatSpan } from './figures';
import type { Comparison } from './revenueCompare';
import type { IndexView } from './revenueIndex';
import type { RevenueBasis, RevenueFigure } from './revenueFigures';
import { derivedText, markOf, statedText, type MarkUnits, type MarkWords } from './revenueMarks';

/*
 * The panel's table: every figure of the mode's family, drawn or not, with
 * where it is (in the chart, in a tooltip, or left out and why), so nothing the
 * chart leaves out is lost.
 */

export interface TableWords extends MarkWords {
  subject: string;
  vendor: string;
  region: string;
  basis: string;
  period: string;
  value: string;
  stated: string;
  kind: string;
  derived: string;
  inChart: string;
  source: string;
  index: string;
  regionNames: Record<Region, string>;
  basisNames: Record<RevenueBasis, string>;
  shownYes: string;
  shownTooltip: string;
  shownOtherBasis: string;
  shownOtherPeriod: string;
  shownNotChosen: string;
  shownThinned: string;
  shownOnePeriod: string;
}

/**
 * A revenue figure for the CSV: in the unit and currency the article states it
 * (a growth in percent, money in its own currency, never converted), a growth we
 * computed as the number it comes to.
 */
export function revenueRowFigure(f: RevenueFigure): RowFigure {
  return spanFigure(f.span, {
    unit: f.basis === 'yoy-growth' ? 'percent' : 'currency',
    currency: f.basis === 'yoy-growth' ? null : f.currency,
    period: f.period,
    kind: f.kind,
  });
}

/** Where a figure of the family is: drawn, thinned out, or left out (and why). */
function whereText(
  f: RevenueFigure,
  c: Pick<Comparison, 'basis' | 'period'>,
  drawn: ReadonlySet<string>,
  chosen: (series: string) => boolean,
  w: TableWords,
): string {
  if (drawn.has(f.id)) return w.shownYes;
  if (!chosen(f.series)) return w.shownNotChosen;
  if (f.basis !== c.basis) return w.shownOtherBasis;
  if (f.period !== c.period) return w.shownOtherPeriod;
  return w.shownThinned;
}

/** The comparison's table: the family's figures (and their alternates), drawn first, in the chart's order. */
export function comparisonTable(
  family: readonly RevenueFigure[],
  c: Pick<Comparison, 'basis' | 'period'>,
  drawnInOrder: readonly string[],
  labelOf: (series: string) => string,
  vendorOf: (vendorId: string | null) => string,
  chosen: (series: string) => boolean,
  u: MarkUnits,
  w: TableWords,
): TableSpec {
  const drawn = new Set(drawnInOrder);
  const rank = new Map(drawnInOrder.map((id, i) => [id, i] as const));
  const ordered = [...family].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  const rows = ordered.flatMap((f) => {
    const row = (g: RevenueFigure, where: string) => ({
      subject: labelOf(g.series),
      vendor: vendorOf(g.vendorId),
      region: g.region ? w.regionNames[g.region] : '—',
      basis: w.basisNames[g.basis],
      period: formatPartialDate(g.period, u.lang),
      value: markOf(g, labelOf(g.series), u, w).display,
      stated: statedText(g, u.lang),
      kind: kindLabel(g.kind, u.lang),
      derived: derivedText(g, u.lang, w) ?? '—',
      inChart: where,
      source: g.sourceId,
      ...figureCells(revenueRowFigure(g)),
    });
    return [row(f, whereText(f, c, drawn, chosen, w)), ...f.alternates.map((a) => row(a, w.shownTooltip))];
  });
  return {
    columns: [
      { key: 'subject', header: w.subject },
      { key: 'vendor', header: w.vendor },
      { key: 'region', header: w.region },
      { key: 'basis', header: w.basis },
      { key: 'period', header: w.period, screenOnly: true },
      { key: 'value', header: w.value, numeric: true, screenOnly: true },
      { key: 'stated', header: w.stated, screenOnly: true },
      { key: 'kind', header: w.kind, screenOnly: true },
      { key: 'derived', header: w.derived },
      { key: 'inChart', header: w.inChart },
      { key: 'source', header: w.source, source: true },
    ],
    rows,
  };
}

/** The index view's table: each drawn point's index and revenue, then the companies with one period (no line). */
export function indexTable(v: IndexView, labelOf: (series: string) => string, u: MarkUnits, w: TableWords): TableSpec {
  const indexText = (n: number) => formatPlain(n, u.lang, 1);
  const rows = [
    ...v.lines.flatMap((l) =>
      l.points.map((p) => ({
        subject: labelOf(l.series),
        basis: w.basisNames[p.figure.basis],
        period: formatPartialDate(p.period, u.lang),
        index: formatSpan(p.index, indexText),
        stated: statedText(p.figure, u.lang),
        kind: kindLabel(p.figure.kind, u.lang),
        inChart: w.shownYes,
        source: p.figure.sourceId,
        // The index the line draws (derived: ÷ the company's own base period × 100).
        ...figureCells(spanFigure(p.index, { unit: 'index', currency: null, period: p.period, kind: p.figure.kind })),
      })),
    ),
    ...v.single.map((f) => ({
      subject: labelOf(f.series),
      basis: w.basisNames[f.basis],
      period: formatPartialDate(f.period, u.lang),
      index: '—',
      stated: statedText(f, u.lang),
      kind: kindLabel(f.kind, u.lang),
      inChart: w.shownOnePeriod,
      source: f.sourceId,
      // No index: the figure as stated.
      ...figureCells(revenueRowFigure(f)),
    })),
  ];
  return {
    columns: [
      { key: 'subject', header: w.subject },
      { key: 'basis', header: w.basis },
      { key: 'period', header: w.period, screenOnly: true },
      { key: 'index', header: w.index, numeric: true, screenOnly: true },
      { key: 'stated', header: w.stated, screenOnly: true },
      { key: 'kind', header: w.kind, screenOnly: true },
      { key: 'inChart', header: w.inChart },
      { key: 'source', header: w.source, source: true },
    ],
    rows,
  };
}
