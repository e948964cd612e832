import { describe, expect, it } from 'vitest';
import { conflictText, regionConflict, removeOutsideLabel } from './regionConflict';

const regions: Record<string, 'us' | 'cn' | null> = {
  openai: 'us',
  google: 'us',
  baidu: 'cn',
  alibaba: 'cn',
  duolingo: null,
};
const regionOf = (id: string) => regions[id];

describe('regionConflict', () => {
  it('is none without a region, without vendors, or when every vendor is in the region', () => {
    expect(regionConflict(['openai'], 'all', regionOf)).toBeNull();
    expect(regionConflict([], 'cn', regionOf)).toBeNull();
    expect(regionConflict(['baidu', 'alibaba'], 'cn', regionOf)).toBeNull();
  });
  it('OpenAI with region China can match nothing', () =>
    expect(regionConflict(['openai'], 'cn', regionOf)).toEqual({ region: 'cn', outside: ['openai'], all: true }));
  it('names the vendors outside when some are in the region', () =>
    expect(regionConflict(['openai', 'baidu', 'google'], 'cn', regionOf)).toEqual({
      region: 'cn',
      outside: ['openai', 'google'],
      all: false,
    }));
  it('counts a vendor with no region as outside every region', () =>
    expect(regionConflict(['duolingo', 'baidu'], 'cn', regionOf)).toEqual({
      region: 'cn',
      outside: ['duolingo'],
      all: false,
    }));
  it('leaves out a vendor whose region is not known yet', () => {
    expect(regionConflict(['openai', 'nosuch'], 'cn', regionOf)).toEqual({
      region: 'cn',
      outside: ['openai'],
      all: false,
    });
    expect(regionConflict(['nosuch'], 'us', regionOf)).toBeNull();
  });
});

describe('conflictText', () => {
  const name = (id: string) => ({ openai: 'OpenAI', google: 'Google', baidu: '百度' })[id] ?? id;
  it('says nothing can match, in both languages', () => {
    const c = regionConflict(['openai'], 'cn', regionOf)!;
    expect(conflictText(c, 'en', name)).toBe('Nothing can match: OpenAI is outside China.');
    expect(conflictText(c, 'zh', name)).toBe('没有可匹配的数据：OpenAI不在中国。');
  });
  it('says which vendors add nothing, singular and plural', () => {
    expect(conflictText(regionConflict(['openai', 'baidu'], 'cn', regionOf)!, 'en', name)).toBe(
      'OpenAI is outside China and adds nothing here.',
    );
    const two = regionConflict(['openai', 'google', 'baidu'], 'cn', regionOf)!;
    expect(conflictText(two, 'en', name)).toBe('OpenAI, Google are outside China and add nothing here.');
    expect(removeOutsideLabel(two, 'en', name)).toBe('Remove OpenAI, Google');
    expect(conflictText(regionConflict(['baidu', 'openai'], 'us', regionOf)!, 'zh', name)).toBe(
      '百度不在美国，在此不起作用。',
    );
  });
});
