import { LANE_BAR, LANE_LINE, laneHeight, laneLabel } from './stageLanes';

/*
 * Where the stage lanes sit above the timeline's rows. The chart's y axis
 * counts vendor rows (0 = first row); the lanes live in the room above row 0
 * (timelineLayout's headRoom), so their positions are given in rows too and
 * the ticks on them share the dots' axis and tooltip.
 */

/** Room above the first lane, in px. */
export const LANES_TOP = 3;

/**
 * Label lines every lane gets: 2 on a narrow chart (a phone) or when any label
 * needs two at this plot width, else 1. One height for all lanes keeps them
 * evenly spaced, and lets the loading state hold the same room (narrow or not).
 */
export function laneLines(labels: readonly string[], plotWidth: number, narrow: boolean): 1 | 2 {
  if (narrow) return 2;
  return labels.some((l) => laneLabel(l, 0, { left: 0, right: plotWidth }).lines.length > 1) ? 2 : 1;
}

/** The lanes' height in px: what timelineLayout is given as the room above the rows. */
export function lanesPx(count: number, lines: number): number {
  return count === 0 ? 0 : LANES_TOP + count * laneHeight(lines);
}

export interface LaneGeometry {
  /** Top and bottom of the lane's bar, and where its ticks sit, in rows (the y axis's unit). */
  barTop: number;
  barBottom: number;
  tickY: number;
}

/**
 * Each lane's bar in rows, lane 0 at the top. `headRoom` and `pitch` are
 * timelineLayout's; the y domain starts at -0.5 - headRoom.
 */
export function laneGeometry(
  count: number,
  lines: number,
  layout: { pitch: number; headRoom: number },
): LaneGeometry[] {
  const top = -0.5 - layout.headRoom;
  const rows = (px: number) => top + px / layout.pitch;
  return Array.from({ length: count }, (_, i) => {
    const barTopPx = LANES_TOP + i * laneHeight(lines) + lines * LANE_LINE;
    return {
      barTop: rows(barTopPx),
      barBottom: rows(barTopPx + LANE_BAR),
      tickY: rows(barTopPx + LANE_BAR / 2),
    };
  });
}
