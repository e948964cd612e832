/**
 * When charts laid out at the export width have finished following it: a pure
 * rule over what the page shows each frame, so it can be tested without a browser.
 */

/** Past this, export what is there: a chart that never settles must not hang the export. */
export const SETTLE_MAX_MS = 2000;
/** A chart whose width did not change (already at the target, or fixed-width) gets this long to redraw anyway. */
export const SETTLE_UNCHANGED_MS = 600;
/** Slack for a chart whose margin keeps it a little under the width it was given. */
const WIDTH_SLACK = 60;

export interface SettleFrame {
  /** Width of each chart `<svg>` of each laid-out element, this frame. */
  widths: number[][];
  /** The same before the layout changed. */
  before: number[][];
  /** The width each element was given. */
  target: number;
  /** Frames in a row in which nothing inside the elements changed. */
  quietFrames: number;
  elapsedMs: number;
}

/** An element has followed when one of its charts changed width, or all are at (about) the target. */
export function hasFollowed(widths: number[], before: number[], target: number): boolean {
  return (
    widths.some((w, i) => Math.round(w) !== Math.round(before[i] ?? -1)) ||
    widths.every((w) => w >= target - WIDTH_SLACK)
  );
}

/**
 * Done when every element has followed and two frames passed with no DOM change
 * (a re-render can follow its commit with one more pass from its effects), or,
 * for charts that did not move, when nothing changed for three frames after
 * SETTLE_UNCHANGED_MS; at the latest after SETTLE_MAX_MS.
 */
export function layoutSettled(f: SettleFrame): boolean {
  if (f.elapsedMs >= SETTLE_MAX_MS) return true;
  const followed = f.widths.every((ws, i) => hasFollowed(ws, f.before[i] ?? [], f.target));
  if (followed) return f.quietFrames >= 2;
  return f.elapsedMs >= SETTLE_UNCHANGED_MS && f.quietFrames >= 3;
}
