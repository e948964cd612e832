import { FIGURE_FIELDS, figureKey, type TableCell } from './table';

/** A table row's figure cells read back as one object (what its CSV line's figure columns hold). */
export function csvFigure(row: Record<string, TableCell>): Record<string, TableCell> {
  return Object.fromEntries(FIGURE_FIELDS.map((f) => [f, row[figureKey(f)] ?? null]));
}
