import type { Bound, SourceKind } from '../../../shared/api/contract';

/**
 * How strongly a bar is filled, by the kind of its sentence: reported figures
 * solid, guidance lighter, forecasts and targets faint.
 */
export function kindOpacity(kind: SourceKind): number {
  switch (kind) {
    case 'reported':
      return 0.9;
    case 'estimate':
      return 0.7;
    case 'guidance':
      return 0.55;
    case 'forecast':
    case 'target':
    case 'claim':
      return 0.32;
  }
}

export interface MarkStyle {
  fillOpacity: number;
  /** Outline dashes: derived figures and lower bounds are dashed. */
  dashed: boolean;
  /** Hatched fill for derived figures. */
  hatched: boolean;
  /** No fill at all: a lower bound is an open marker with an arrow. */
  open: boolean;
  arrow: 'right' | 'left' | null;
}

/** The look of a mark from its kind, whether it is derived and its bound. */
export function markStyle(kind: SourceKind, derived: boolean, bound: Bound): MarkStyle {
  const open = bound === 'lower' || bound === 'upper';
  return {
    fillOpacity: open ? 0 : kindOpacity(kind),
    dashed: derived || open,
    hatched: derived && !open,
    open,
    arrow: bound === 'lower' ? 'right' : bound === 'upper' ? 'left' : null,
  };
}
