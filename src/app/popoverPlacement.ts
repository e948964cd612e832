export interface PopoverPlacement {
  /** Pixels to move the popover sideways from the figure's left edge, so it stays inside the screen. */
  shiftX: number;
  /**
   * Under the figure; above it (no room below, room above under the sticky bar);
   * or, with room on neither side (a phone), a sheet fixed at the bottom of the screen.
   */
  side: 'below' | 'above' | 'sheet';
}

interface Box {
  left: number;
  top: number;
  bottom: number;
}

/** Margin kept between a popover and the screen's edges. */
export const EDGE = 8;

/**
 * Where a popover goes: under its anchor, starting at the anchor's left edge,
 * moved left or right just enough to stay `EDGE` px inside the screen (a
 * popover wider than the screen starts at the left margin); above the anchor
 * when it does not fit below but fits between the anchor and `topLimit` (the
 * bottom of a sticky bar that would hide it); else a sheet at the screen's foot.
 */
export function popoverPlacement(
  anchor: Box,
  pop: { width: number; height: number },
  screen: { width: number; height: number },
  topLimit = 0,
): PopoverPlacement {
  if (anchor.bottom + pop.height <= screen.height - EDGE) return { shiftX: shiftX(anchor, pop, screen), side: 'below' };
  if (anchor.top - pop.height >= topLimit + EDGE) return { shiftX: shiftX(anchor, pop, screen), side: 'above' };
  return { shiftX: 0, side: 'sheet' };
}

function shiftX(anchor: Box, pop: { width: number }, screen: { width: number }): number {
  let x = 0;
  const overRight = anchor.left + pop.width - (screen.width - EDGE);
  if (overRight > 0) x = -overRight;
  if (anchor.left + x < EDGE) x = EDGE - anchor.left;
  return Math.round(x);
}
