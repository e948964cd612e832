import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import {
  parameterDot,
  PARAMETER_BAR_CAP,
  parameterPoints,
  parameterTable,
  shownParameterPoints,
  sizeOnlyInName,
  stepMultiples,
} from './parameters';
import { model, vendors } from './fixtures.test-util';

const V = vendors(['openai', 'OpenAI', 'OpenAI'], ['meta', 'Meta', 'Meta']);
const models = [
  model({ id: 'gpt-4', vendorId: 'openai', name: 'GPT-4', released: '2023-03', parameters: 1.8e12 }),
  model({ id: 'gpt-2', vendorId: 'openai', name: 'GPT-2', released: '2019-02', parameters: 1.5e9 }),
  model({ id: 'gpt-3', vendorId: 'openai', name: 'GPT-3', released: '2020-06', parameters: 1.75e11 }),
  model({ id: 'gpt-4o', vendorId: 'openai', name: 'GPT-4o', released: '2024-05' }),
  model({ id: 'llama', vendorId: 'meta', name: 'Llama 3.3 70B', released: '2024-12-09' }),
  model({ id: 'llama-405', vendorId: 'meta', name: 'Llama 3.1 405B' }),
];

describe('parameterPoints', () => {
  it('keeps stated counts in release order, with the source kind', () => {
    const pts = parameterPoints(models, V, 'en', 'parameters', (id) => (id === 's-gpt-4' ? 'estimate' : 'reported'));
    expect(pts.map((p) => [p.name, p.parameters])).toEqual([
      ['GPT-2', 1.5e9],
      ['GPT-3', 1.75e11],
      ['GPT-4', 1.8e12],
    ]);
    expect(pts[2]!.tip).toMatchObject({ title: 'GPT-4 · Mar 2023', value: '1.8T parameters', kind: 'estimate' });
  });
  it('names a model by its Chinese name in the Chinese view (label, tip and table)', () => {
    const qwen = model({
      id: 'qwen',
      vendorId: 'openai',
      name: 'Tongyi Qianwen',
      nameZh: '通义千问',
      parameters: 1e11,
    });
    const [p] = parameterPoints([qwen], V, 'zh', '参数');
    expect([p!.name, p!.label, p!.tip.title]).toEqual(['通义千问', '通义千问', '通义千问']);
    expect(parameterPoints([qwen], V, 'en', 'parameters')[0]!.label).toBe('Tongyi Qianwen');
  });
});

describe('stepMultiples / parameterDot', () => {
  const pts = parameterPoints(models, V, 'en', 'parameters');
  it('computes the step multiples', () => {
    const s = stepMultiples(pts);
    expect(s.map((x) => [x.from, x.to])).toEqual([
      ['GPT-2', 'GPT-3'],
      ['GPT-3', 'GPT-4'],
    ]);
    expect(s[0]!.multiple).toBeCloseTo(116.67, 1);
    expect(s[1]!.multiple).toBeCloseTo(10.29, 1);
  });
  it('marks each model as a dot at its stated count, labelled in the reader’s locale', () => {
    const gpt3 = pts.find((p) => p.name === 'GPT-3')!;
    expect(parameterDot(gpt3, '#000', 'en')).toMatchObject({ value: 1.75e11, bound: 'exact', label: '175B' });
    expect(parameterDot(gpt3, '#000', 'zh').label).toBe('1750亿');
  });
});

describe('sizeOnlyInName', () => {
  it('names models whose size is only in the name', () => {
    expect(sizeOnlyInName(models)).toEqual(['Llama 3.3 70B', 'Llama 3.1 405B']);
  });
});

describe('parameterTable', () => {
  it('has a row per point', () => {
    const t = parameterTable(parameterPoints(models, V, 'zh', '参数'), 'zh', {
      model: 'm',
      vendor: 'v',
      released: 'r',
      parameters: 'p',
      kind: 'k',
      source: 's',
    });
    expect(t.rows[0]).toMatchObject({ model: 'GPT-2', released: '2019年2月', parameters: '15亿', source: 's-gpt-2' });
    // The CSV: the count itself, not "15亿", and the release as the data writes it.
    expect(csvFigure(t.rows[0]!)).toMatchObject({
      value: 1.5e9,
      unit: 'parameters',
      period: '2019-02',
      bound: 'exact',
    });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['released', 'parameters', 'kind']);
  });
});

describe('shownParameterPoints (mark cap)', () => {
  it('draws every model at the article scale', () => {
    const pts = parameterPoints(models, V, 'en', 'parameters');
    expect(shownParameterPoints(pts)).toEqual({ shown: pts, total: 3, thinned: false });
  });
  it('beyond the cap keeps the earliest and the latest release, in order', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      model({
        id: `m${i}`,
        vendorId: 'openai',
        name: `M${i}`,
        released: `${2000 + Math.floor(i / 3)}-0${1 + (i % 3)}`,
        parameters: 1e9 * (i + 1),
      }),
    );
    const pts = parameterPoints(many, V, 'en', 'parameters');
    const c = shownParameterPoints(pts);
    expect(c).toMatchObject({ total: 60, thinned: true });
    expect(c.shown).toHaveLength(PARAMETER_BAR_CAP);
    expect([c.shown[0]!.name, c.shown.at(-1)!.name]).toEqual(['M0', 'M59']);
    const released = c.shown.map((p) => p.released!);
    expect(released).toEqual([...released].sort());
  });
});
