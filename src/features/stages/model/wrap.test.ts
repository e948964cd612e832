import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap';

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Parameter contest', 400)).toEqual(['Parameter contest']);
  });
  it('wraps by words into at most two lines, clipping the rest', () => {
    expect(wrapLabel('Multimodal expansion and monetisation in parallel', 180)).toEqual([
      'Multimodal expansion and',
      'monetisation in parallel',
    ]);
    const lines = wrapLabel('A transformation pushed to the application layer', 90);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
  it('wraps Chinese by characters', () => {
    expect(wrapLabel('多模态拓展和变现并行', 64)).toEqual(['多模态拓展', '和变现并行']);
  });
  it('draws nothing in a band too narrow for text', () => {
    expect(wrapLabel('Device layer', 20)).toEqual([]);
  });
});
