import { describe, expect, it } from 'vitest';
import {
  isNarrow,
  labelSide,
  NAME_LINE,
  NAME_OVERHANG,
  nameLines,
  rowChartHeight,
  rowLayout,
  splitNameLine,
  textWidth,
  wrapText,
} from './layout';

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
    expect(textWidth('abcd', 10)).toBe(25);
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

describe('splitNameLine / nameLines', () => {
  const long = 'of which paying consumers — ≈$2.55B · reported · computed';
  it('keeps a name line that fits on one line', () => {
    expect(splitNameLine('Revenue — ≈$3.4B · reported', 332)).toEqual(['Revenue — ≈$3.4B · reported']);
    expect(nameLines(['Revenue — ≈$3.4B · reported'], 332)).toBe(1);
  });
  it('breaks a long one before its figure on a phone, not on a wide chart', () => {
    expect(splitNameLine(long, 332)).toEqual(['of which paying consumers', '≈$2.55B · reported · computed']);
    expect(nameLines([long], 332)).toBe(2);
    expect(splitNameLine(long, 654)).toEqual([long]);
  });
  it('gives the rows of a two-line layout room for both lines', () => {
    const l = rowLayout(332, WIDE, 2);
    expect(l.rowHeight).toBe(44 + 2 * NAME_LINE);
    expect(l.margin.top).toBe(8 + 2 * NAME_OVERHANG);
  });
});

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('BAT', 44)).toEqual(['BAT']);
  });
  it('breaks a long label at spaces into at most two lines, never cutting it', () => {
    expect(wrapText('Six little dragons 六小龙', 89)).toEqual(['Six little', 'dragons 六小龙']);
    expect(wrapText('Internet platforms', 74)).toEqual(['Internet', 'platforms']);
    expect(wrapText('a b c d e f g h', 10, 11, 2).join(' ')).toBe('a b c d e f g h');
  });
  it('breaks Chinese between characters', () => {
    expect(wrapText('互联网平台', 33)).toEqual(['互联网', '平台']);
  });
});
