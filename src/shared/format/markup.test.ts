import { describe, expect, it } from 'vitest';
import { escapeXml } from './markup';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});
