import { describe, expect, it } from 'vitest';
import { linearTickLabels, logTickLabel, scaleWord } from './axis';

describe('linearTickLabels', () => {
  it('says every tick in one scale word: B in English, 亿 in Chinese', () => {
    const ticks = [0, 50e9, 100e9, 150e9, 200e9];
    expect(linearTickLabels(ticks, 'en')).toEqual(['0', '50B', '100B', '150B', '200B']);
    expect(linearTickLabels(ticks, 'zh')).toEqual(['0', '500亿', '1,000亿', '1,500亿', '2,000亿']);
    expect(linearTickLabels([0, 1.76e11], 'zh')[1]).toBe('1,760亿');
  });
  it('never puts 700M next to 1B: small ticks take the large tick’s word and the decimals they need', () => {
    expect(linearTickLabels([0, 0.5e9, 1e9, 1.5e9], 'en')).toEqual(['0', '0.5B', '1B', '1.5B']);
    expect(linearTickLabels([0, 0.2e9, 0.4e9, 0.6e9, 0.8e9], 'en')).toEqual(['0', '200M', '400M', '600M', '800M']);
    expect(linearTickLabels([0, 0.5e8, 1e8], 'zh')).toEqual(['0', '0.5亿', '1亿']);
  });
  it('adds a unit, and leaves small numbers plain', () => {
    expect(linearTickLabels([0, 20, 40], 'en', '%')).toEqual(['0%', '20%', '40%']);
    expect(linearTickLabels([80, 100, 120], 'zh')).toEqual(['80', '100', '120']);
    expect(linearTickLabels([], 'en')).toEqual([]);
  });
});

describe('logTickLabel', () => {
  it('names each power of ten in its own word', () => {
    expect([1e8, 1e9, 1e10, 1e11].map((v) => logTickLabel(v, 'en'))).toEqual(['100M', '1B', '10B', '100B']);
    expect([1e8, 1e9, 1e10, 1e11].map((v) => logTickLabel(v, 'zh'))).toEqual(['1亿', '10亿', '100亿', '1,000亿']);
    expect(logTickLabel(1e7, 'zh')).toBe('1,000万');
  });
});

describe('scaleWord', () => {
  it('picks the word by magnitude', () => {
    expect(scaleWord(2.5e10, 'en').suffix).toBe('B');
    expect(scaleWord(2.5e10, 'zh').suffix).toBe('亿');
    expect(scaleWord(2e12, 'zh').suffix).toBe('万亿');
    expect(scaleWord(12, 'en').suffix).toBe('');
  });
});
