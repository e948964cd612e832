import { describe, expect, it } from 'vitest';
import { isNarrow, labelSide, NAME_LINE, rowChartHeight, rowLayout, textWidth } from './layout';

const WIDE = { categoryWidth: 220, right: 170, rowHeight: 44 };

describe('rowLayout', () => {
  it('on a phone (332 px) writes names above the rows and leaves the width to the marks', () => {
    const l = rowLayout(332, WIDE);
    expect(l.narrow).toBe(true);
    expect(l.categoryWidth).toBe(0);
    expect(l.namesAbove).toBe(true);
    expect(l.rowHeight).toBe(44 + NAME_LINE);
    // The plot keeps nearly all of the width: before, 332 − 220 − 170 − 8 left no room (Reach drew 0 bars).
    expect(332 - l.categoryWidth - l.margin.left - l.margin.right).toBeGreaterThan(280);
    expect(l.ticks).toBeLessThanOrEqual(4);
  });
  it('on a desktop panel keeps the category axis beside the rows', () => {
    const l = rowLayout(654, WIDE);
    expect(l.narrow).toBe(false);
    expect(l.categoryWidth).toBe(218);
    expect(l.margin.right).toBe(170);
    expect(l.namesAbove).toBe(false);
  });
  it('treats an unmeasured width as wide', () => {
    expect(isNarrow(0)).toBe(false);
    expect(isNarrow(480)).toBe(true);
    expect(isNarrow(481)).toBe(false);
  });
  it('gives a height that grows with the rows', () => {
    const l = rowLayout(654, WIDE);
    expect(rowChartHeight(l, 3)).toBe(3 * 44 + 8 + 24 + 16);
    expect(rowChartHeight(l, 0)).toBe(120);
  });
});

describe('textWidth', () => {
  it('counts CJK characters wider than Latin ones', () => {
    expect(textWidth('abcd', 10)).toBe(24);
    expect(textWidth('百度智能云', 10)).toBe(50);
  });
});

describe('labelSide', () => {
  const limit = { start: 10, end: 330 };
  it('puts the label right of a mark while it fits', () => {
    expect(labelSide({ start: 50, end: 60 }, 100, limit)).toBe('right');
  });
  it('moves it left of a mark near the right edge', () => {
    expect(labelSide({ start: 300, end: 310 }, 100, limit)).toBe('left');
  });
  it('puts it above when it fits on neither side', () => {
    expect(labelSide({ start: 150, end: 170 }, 200, limit)).toBe('above');
  });
});
