import { describe, expect, it } from 'vitest';
import { hasFollowed, layoutSettled, SETTLE_MAX_MS, SETTLE_UNCHANGED_MS, type SettleFrame } from './layoutSettle';

const frame = (over: Partial<SettleFrame>): SettleFrame => ({
  widths: [[912]],
  before: [[620]],
  target: 912,
  quietFrames: 2,
  elapsedMs: 50,
  ...over,
});

describe('hasFollowed', () => {
  it('is true when a chart changed width, even short of the target', () => {
    expect(hasFollowed([700], [620], 912)).toBe(true);
  });
  it('is true when every chart is within the margin slack of the target, changed or not', () => {
    expect(hasFollowed([880, 900], [880, 900], 912)).toBe(true);
  });
  it('is false while every chart keeps its old width below the target', () => {
    expect(hasFollowed([620, 300], [620, 300], 912)).toBe(false);
  });
  it('counts a chart that appeared (no width before) as followed', () => {
    expect(hasFollowed([912], [], 912)).toBe(true);
  });
});

describe('layoutSettled', () => {
  it('waits for two quiet frames after every element followed', () => {
    expect(layoutSettled(frame({ quietFrames: 0 }))).toBe(false);
    expect(layoutSettled(frame({ quietFrames: 1 }))).toBe(false);
    expect(layoutSettled(frame({ quietFrames: 2 }))).toBe(true);
  });
  it('waits for every element, not just the first', () => {
    const widths = [[912], [400]];
    const before = [[620], [400]];
    expect(layoutSettled(frame({ widths, before, quietFrames: 5 }))).toBe(false);
    expect(layoutSettled(frame({ widths: [[912], [912]], before, quietFrames: 2 }))).toBe(true);
  });
  it('lets a chart that never moves go after SETTLE_UNCHANGED_MS and three quiet frames', () => {
    const still = { widths: [[400]], before: [[400]] };
    expect(layoutSettled(frame({ ...still, quietFrames: 10, elapsedMs: SETTLE_UNCHANGED_MS - 1 }))).toBe(false);
    expect(layoutSettled(frame({ ...still, quietFrames: 2, elapsedMs: SETTLE_UNCHANGED_MS }))).toBe(false);
    expect(layoutSettled(frame({ ...still, quietFrames: 3, elapsedMs: SETTLE_UNCHANGED_MS }))).toBe(true);
  });
  it('gives up waiting at SETTLE_MAX_MS even while the charts keep changing', () => {
    expect(layoutSettled(frame({ quietFrames: 0, elapsedMs: SETTLE_MAX_MS }))).toBe(true);
  });
});
