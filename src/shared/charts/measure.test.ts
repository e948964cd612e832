// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { measureText } from './measure';
import { textWidth } from './layout';

describe('measureText', () => {
  it('falls back to the estimate where no canvas can measure (jsdom)', () => {
    expect(measureText('≥ US$27亿', 12)).toBe(textWidth('≥ US$27亿', 12));
    expect(measureText('百度智能云', 10)).toBe(50);
  });
});
