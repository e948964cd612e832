import { describe, expect, it } from 'vitest';
import { apiDots, kindDot } from './dots';

const base = { kind: 'reported' as const, derived: null, color: '#123456', label: '250M users', name: 'OpenAI' };

describe('kindDot', () => {
  it('puts a stated figure at its value, filled by its kind', () => {
    const d = kindDot({ ...base, span: { point: 250e6, low: 250e6, high: 250e6, bound: 'exact' } });
    expect(d).toMatchObject({ value: 250e6, bound: 'exact', fillOpacity: 0.9, dashed: false, name: 'OpenAI' });
    expect(kindDot({ ...base, kind: 'target', span: { point: 1, low: 1, high: 1, bound: 'exact' } }).fillOpacity).toBe(
      0.32,
    );
  });
  it('keeps a range as its two ends and a derived figure dashed', () => {
    const d = kindDot({
      ...base,
      derived: '250M × 5–6%',
      span: { point: 13.75e6, low: 12.5e6, high: 15e6, bound: 'range' },
    });
    expect(d).toMatchObject({ low: 12.5e6, high: 15e6, bound: 'range', dashed: true });
  });
  it('places a lower bound at the bound, not at a value the article does not give', () => {
    const d = kindDot({ ...base, span: { point: 1e6, low: 1e6, high: 1e6, bound: 'lower' } });
    expect(d).toMatchObject({ value: 1e6, bound: 'lower' });
  });
});

describe('apiDots', () => {
  const row = {
    key: 'gpt-4o',
    modelId: 'gpt-4o',
    model: 'GPT-4o',
    vendorId: 'openai',
    input: 5,
    output: 15,
    inputText: '$5 / M tokens',
    outputText: '$15 / M tokens',
    stated: { input: 5, output: 15 },
    statedCurrency: 'USD' as const,
    kind: 'reported' as const,
    sourceId: 's',
    tips: [
      { title: 'GPT-4o · input', value: '$5', kind: 'reported' as const, sourceId: 's' },
      { title: 'GPT-4o · output', value: '$15', kind: 'reported' as const, sourceId: 's' },
    ],
  };
  it('draws a model as an input and an output dot on one row, labelled once', () => {
    const dots = apiDots(
      [row],
      () => '#000',
      (r) => `in ${r.input} · out ${r.output}`,
    );
    expect(dots.map((d) => [d.side, d.row, d.dot.value, d.dot.label])).toEqual([
      ['input', 0, 5, ''],
      ['output', 0, 15, 'in 5 · out 15'],
    ]);
    expect(dots[1]!.dot.reach).toBe(5);
    expect(dots[0]!.tips.map((t) => t.title)).toEqual(['GPT-4o · input']);
    expect(dots[1]!.tips.map((t) => t.title)).toEqual(['GPT-4o · output']);
  });
});
