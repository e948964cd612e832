import { describe, expect, it } from 'vitest';
import { messages } from './messages';

describe('messages', () => {
  it('has every key in both languages, none empty', () => {
    const en = Object.keys(messages.en).sort();
    const zh = Object.keys(messages.zh).sort();
    expect(zh).toEqual(en);
    for (const lang of ['en', 'zh'] as const)
      for (const [k, v] of Object.entries(messages[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });
});
