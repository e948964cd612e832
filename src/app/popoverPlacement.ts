export interface PopoverPlacement {
  /** Pixels to move the popover sideways from the figure's left edge, so it stays inside the screen. */
  shiftX: number;
  /** Drawn above the figure (no room below, room above). */
  above: boolean;
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
 * popover wider than the screen starts at the left margin), and above the
 * anchor when it does not fit below but does above.
 */
export function popoverPlacement(
  anchor: Box,
  pop: { width: number; height: number },
  screen: { width: number; height: number },
): PopoverPlacement {
  let shiftX = 0;
  const overRight = anchor.left + pop.width - (screen.width - EDGE);
  if (overRight > 0) shiftX = -overRight;
  if (anchor.left + shiftX < EDGE) shiftX = EDGE - anchor.left;
  const fitsBelow = anchor.bottom + pop.height <= screen.height - EDGE;
  const fitsAbove = anchor.top - pop.height >= EDGE;
  return { shiftX: Math.round(shiftX), above: !fitsBelow && fitsAbove };
}
