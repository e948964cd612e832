import { describe, expect, it } from 'vitest';
import { EDGE, popoverPlacement } from './popoverPlacement';

const screen = { width: 390, height: 844 };
const pop = { width: 300, height: 200 };

describe('popoverPlacement', () => {
  it('stays at the anchor’s left edge, below it, when it fits', () => {
    expect(popoverPlacement({ left: 12, top: 300, bottom: 380 }, pop, screen)).toEqual({ shiftX: 0, side: 'below' });
  });

  it('moves left just enough to end EDGE px inside the screen (a figure in the right column)', () => {
    const p = popoverPlacement({ left: 200, top: 300, bottom: 380 }, pop, screen);
    expect(p.shiftX).toBe(390 - EDGE - 300 - 200);
    expect(200 + p.shiftX + pop.width).toBe(390 - EDGE);
  });

  it('starts at the left margin when it is wider than the screen', () => {
    const p = popoverPlacement({ left: 100, top: 300, bottom: 380 }, { width: 500, height: 100 }, screen);
    expect(100 + p.shiftX).toBe(EDGE);
  });

  it('moves right when the anchor starts left of the margin (scrolled partly out)', () => {
    expect(popoverPlacement({ left: -20, top: 300, bottom: 380 }, pop, screen).shiftX).toBe(EDGE + 20);
  });

  it('goes above when there is no room below but room above', () => {
    expect(popoverPlacement({ left: 12, top: 700, bottom: 780 }, pop, screen).side).toBe('above');
  });

  it('does not go above under a sticky bar: with room on neither side it becomes a sheet at the foot', () => {
    // A phone: the card's top at 484, a 343-px popover, the sticky bar's bottom at 190.
    const tall = { width: 360, height: 343 };
    const p = popoverPlacement({ left: 200, top: 484, bottom: 600 }, tall, screen, 190);
    expect(p).toEqual({ shiftX: 0, side: 'sheet' });
    // Without the bar it would have fitted above.
    expect(popoverPlacement({ left: 200, top: 484, bottom: 600 }, tall, screen, 0).side).toBe('above');
  });
});
