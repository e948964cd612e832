import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../shared/charts/layout';
import { wrapLabel } from './labelWrap';

describe('wrapLabel', () => {
  it('leaves a label that fits alone', () => {
    expect(wrapLabel('Google Cloud', 200, 12)).toEqual(['Google Cloud']);
  });
  it('breaks at spaces into lines that fit', () => {
    const lines = wrapLabel('Alibaba Cloud AI-related products', 150, 12);
    expect(lines).toEqual(['Alibaba Cloud', 'AI-related products']);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(150);
  });
  it('breaks Chinese between characters', () => {
    const lines = wrapLabel('阿里云人工智能相关产品收入', 80, 12, 3);
    expect(lines.join('')).toBe('阿里云人工智能相关产品收入');
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(80);
  });
  it('ends the last line in “…” past the line limit', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidth(lines[1]!, 12)).toBeLessThanOrEqual(60);
  });
});
