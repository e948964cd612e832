import { describe, expect, it } from 'vitest';
import { kindOpacity, markStyle } from './kinds';

describe('markStyle', () => {
  it('fills reported solid, guidance lighter, forecasts faint', () => {
    expect(kindOpacity('reported')).toBeGreaterThan(kindOpacity('guidance'));
    expect(kindOpacity('guidance')).toBeGreaterThan(kindOpacity('forecast'));
    expect(kindOpacity('target')).toBe(kindOpacity('forecast'));
  });
  it('dashes and hatches derived figures', () => {
    expect(markStyle('reported', true, 'exact')).toEqual({
      fillOpacity: 0.9,
      dashed: true,
      hatched: true,
      open: false,
      arrow: null,
    });
  });
  it('draws a lower bound open with an arrow, never filled', () => {
    expect(markStyle('reported', false, 'lower')).toEqual({
      fillOpacity: 0,
      dashed: true,
      hatched: false,
      open: true,
      arrow: 'right',
    });
    expect(markStyle('reported', false, 'upper').arrow).toBe('left');
  });
});
