import { isValidElement, memo } from 'react';
import { ReferenceArea, ReferenceLine } from 'recharts';

const isPlain = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Array.isArray(v));

// Props of reference marks are small (a label object, a custom label element), so
// comparing two levels down costs nothing next to a store dispatch.
const DEPTH = 3;

function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0) return false;
  if (isValidElement(a) && isValidElement(b))
    return a.type === b.type && a.key === b.key && sameEntries(a.props as object, b.props as object, depth - 1);
  return isPlain(a) && isPlain(b) && Array.isArray(a) === Array.isArray(b) && sameEntries(a, b, depth - 1);
}

function sameEntries(a: object, b: object, depth: number): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue(ra[k], rb[k], depth));
}

/**
 * Props equality for reference marks: values equal, with plain objects, arrays
 * and elements (a `label` given as an object or as a custom element) compared
 * by their contents a few levels down; functions and other objects by identity.
 */
export function referencePropsEqual(prev: object, next: object): boolean {
  return sameEntries(prev, next, DEPTH);
}

// Recharts 3 registers every ReferenceArea and ReferenceLine in its chart store
// from an effect without dependencies: each render removes and re-adds it, and
// every such dispatch re-runs the chart's selectors and re-renders it. A chart
// re-rendering with the same bands (a filter change) paid for that per mark.
// These skip the render, so the mark is re-registered only when its props change.
export const StableReferenceArea = memo(ReferenceArea, referencePropsEqual);
export const StableReferenceLine = memo(ReferenceLine, referencePropsEqual);
