import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { referencePropsEqual } from './stableReference';

function Label(_: { value: string; muted?: boolean }) {
  return null;
}
function Other(_: { value: string; muted?: boolean }) {
  return null;
}

describe('referencePropsEqual', () => {
  it('is true for props with the same values', () => {
    expect(referencePropsEqual({ x1: 1, x2: 2, fill: '#fff' }, { x1: 1, x2: 2, fill: '#fff' })).toBe(true);
  });
  it('is false when a value differs, or a prop is added or missing', () => {
    expect(referencePropsEqual({ x1: 1, x2: 2 }, { x1: 1, x2: 3 })).toBe(false);
    expect(referencePropsEqual({ x1: 1 }, { x1: 1, y1: 0 })).toBe(false);
    expect(referencePropsEqual({ x1: 1, y1: undefined }, { x1: 1, y2: undefined })).toBe(false);
  });
  it('compares a label element by its type and props, not by identity', () => {
    const a = { x1: 1, label: createElement(Label, { value: 'Stage 1' }) };
    expect(referencePropsEqual(a, { x1: 1, label: createElement(Label, { value: 'Stage 1' }) })).toBe(true);
    expect(referencePropsEqual(a, { x1: 1, label: createElement(Label, { value: 'Stage 2' }) })).toBe(false);
    expect(referencePropsEqual(a, { x1: 1, label: createElement(Other, { value: 'Stage 1' }) })).toBe(false);
  });
  it('compares a label object and arrays by their contents', () => {
    const label = () => ({ value: 'Input', position: 'top', fontSize: 12 });
    expect(referencePropsEqual({ label: label() }, { label: label() })).toBe(true);
    expect(referencePropsEqual({ label: label() }, { label: { ...label(), value: 'Output' } })).toBe(false);
    expect(referencePropsEqual({ segment: [{ x: 1 }, { x: 2 }] }, { segment: [{ x: 1 }, { x: 2 }] })).toBe(true);
    expect(referencePropsEqual({ segment: [{ x: 1 }] }, { segment: { 0: { x: 1 } } })).toBe(false);
  });
  it('compares functions and class instances by identity', () => {
    const f = () => null;
    expect(referencePropsEqual({ shape: f }, { shape: f })).toBe(true);
    expect(referencePropsEqual({ shape: f }, { shape: () => null })).toBe(false);
    expect(referencePropsEqual({ at: new Date(0) }, { at: new Date(0) })).toBe(false);
  });
});
