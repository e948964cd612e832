import type { SourceKind } from '../../../shared/api/contract';
import type { DotSpec } from '../../../shared/charts/DotMark';
import type { Span } from './figures';
import type { ApiPriceRow } from './pricing';
import { kindOpacity } from './kinds';

/** What a figure needs to be drawn as a dot: its numbers, kind, whether derived, its colour and words. */
export interface DotFigure {
  span: Span;
  kind: SourceKind;
  derived: string | null;
  color: string;
  /** The figure as text beside the dot. */
  label: string;
  /** The row's name (written above the dot on a phone). */
  name: string;
}

/**
 * The dot of a figure on a log axis, marked as the slice's bars were: fill
 * strength by kind, dashed when derived, a line for a range, an open circle
 * with an arrow for a lower or upper bound (placed at the bound, never at a
 * made-up value).
 */
export function kindDot(f: DotFigure): DotSpec {
  const { span } = f;
  const value = span.bound === 'lower' ? span.low : span.bound === 'upper' ? span.high : span.point;
  return {
    value,
    low: span.low,
    high: span.high,
    bound: span.bound,
    color: f.color,
    fillOpacity: kindOpacity(f.kind),
    dashed: f.derived !== null,
    label: f.label,
    name: f.name,
  };
}

/** One API price drawn: a model's input or output price, a dot on its model's row. */
export interface ApiDot extends Pick<ApiPriceRow, 'key' | 'vendorId' | 'model' | 'tips'> {
  row: number;
  side: 'input' | 'output';
  dot: DotSpec;
}

/**
 * API prices per million tokens as dots on a log axis ($0.15 to $15: two
 * orders of magnitude), one row per model: input lighter, output solid, joined
 * by a line, both prices in one label on the output dot.
 */
export function apiDots(
  rows: readonly ApiPriceRow[],
  color: (vendorId: string) => string,
  label: (r: ApiPriceRow) => string,
): ApiDot[] {
  return rows.flatMap((r, row) =>
    (['input', 'output'] as const).map((side) => ({
      key: `${r.key}|${side}`,
      vendorId: r.vendorId,
      model: r.model,
      tips: side === 'input' ? r.tips.slice(0, 1) : r.tips.slice(1),
      row,
      side,
      dot: {
        value: r[side],
        low: r[side],
        high: r[side],
        bound: 'exact' as const,
        color: color(r.vendorId),
        fillOpacity: side === 'input' ? 0.45 : 0.9,
        dashed: false,
        label: side === 'output' ? label(r) : '',
        name: r.model,
        ...(side === 'output' ? { reach: r.input } : {}),
      },
    })),
  );
}
