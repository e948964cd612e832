import { afterEach, describe, expect, it } from 'vitest';
import { broadcastHover, broadcastPoint, clearHover, hoveredTime, useHoverTime } from './hoverSync';

afterEach(() => clearHover());

describe('hover sync', () => {
  it('reads numeric labels from a chart mouse state', () => {
    expect(hoveredTime({ activeLabel: 1700000000000 })).toBe(1700000000000);
    expect(hoveredTime({ activeLabel: '1700000000000' })).toBe(1700000000000);
    expect(hoveredTime({ activeLabel: 'GPT-4' })).toBeNull();
    expect(hoveredTime(null)).toBeNull();
  });
  it('broadcasts the hovered date with its source panel and clears on leave', () => {
    const h = broadcastHover('doubling-curves');
    h.onMouseMove({ activeLabel: 42 });
    expect(useHoverTime.getState()).toMatchObject({ time: 42, source: 'doubling-curves' });
    h.onMouseLeave();
    expect(useHoverTime.getState()).toMatchObject({ time: null, source: null });
    broadcastPoint('release-timeline', 7);
    expect(useHoverTime.getState()).toMatchObject({ time: 7, source: 'release-timeline' });
    broadcastPoint('release-timeline', undefined);
    expect(useHoverTime.getState().time).toBe(7);
  });
});
