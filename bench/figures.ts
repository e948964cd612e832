// One measured figure = one row of the table.

export type Section = 'load' | 'interaction' | 'render' | 'export' | 'api';
export const SECTIONS: readonly Section[] = ['load', 'interaction', 'render', 'export', 'api'];

export type Unit = 'B' | 'ms' | 'score' | 'count' | 'req/s' | 'MB' | 'ratio' | 'bool';

export interface Figure {
  scale: number;
  section: Section;
  /** Stable key budgets refer to, e.g. `load.js.gzip`, `interaction.vendor`. */
  key: string;
  label: string;
  unit: Unit;
  /** Single-valued figures: value. Repeated ones: median (and p95, n). */
  value: number | null;
  p95?: number;
  n?: number;
  /** How the figure was taken. */
  method: string;
  /** Text shown instead of a number (e.g. "not available: …"). */
  note?: string;
}

export function figure(f: Figure): Figure {
  return f;
}
