import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import type { Modality } from '../../../shared/api/contract';
import { dataset } from '../../../../data';
import {
  MATRIX_ROW_CAP,
  firstOutputGrid,
  firstOutputPerVendor,
  matrixCells,
  matrixColumns,
  matrixRows,
  matrixShownRows,
  modalitiesNotStated,
  modalityTable,
} from './modalities';
import { model, scaleModels, vendors } from './fixtures.test-util';

const V = vendors(
  ['openai', 'OpenAI', 'OpenAI'],
  ['google', 'Google', '谷歌'],
  ['bytedance', 'ByteDance', '字节跳动', 'cn'],
);
const MOD: Record<Modality, string> = { text: 'text', image: 'image', audio: 'audio', video: 'video', '3d': '3D' };
const kindOf = () => 'reported' as const;

const models = [
  model({ id: 'sora', vendorId: 'openai', name: 'Sora', modalities: { input: [], output: ['video'] } }),
  model({
    id: 'gpt-4o',
    vendorId: 'openai',
    name: 'GPT-4o',
    released: '2024-05',
    modalities: { input: ['text', 'image', 'audio'], output: ['text', 'image', 'audio'] },
  }),
  model({
    id: 'gpt-2',
    vendorId: 'openai',
    name: 'GPT-2',
    released: '2019-02',
    modalities: { input: ['text'], output: ['text'] },
  }),
  model({ id: 'chatgpt', vendorId: 'openai', name: 'ChatGPT', kind: 'product', released: '2022-11', modalities: null }),
  model({
    id: 'flash',
    vendorId: 'google',
    name: 'Gemini 2.0 Flash',
    released: '2024-12-12',
    modalities: { input: ['text', 'image'], output: ['text', 'image'] },
  }),
  model({ id: 'pixeldance', vendorId: 'bytedance', name: 'PixelDance', modalities: { input: [], output: ['video'] } }),
  model({ id: 'seaweed', vendorId: 'bytedance', name: 'Seaweed', modalities: { input: [], output: ['video'] } }),
  model({ id: 'doubao', vendorId: 'bytedance', name: 'Doubao', nameZh: '豆包', modalities: null }),
];

describe('matrixRows / matrixColumns', () => {
  const rows = matrixRows(models, V, 'en');
  it('names a model by its Chinese name in the Chinese view', () => {
    const kling = model({
      id: 'kling',
      vendorId: 'bytedance',
      name: 'Kling AI',
      nameZh: '可灵AI',
      modalities: { input: [], output: ['video'] },
    });
    expect(matrixRows([kling], V, 'zh')[0]!.name).toBe('可灵AI');
    expect(matrixRows([kling], V, 'en')[0]!.name).toBe('Kling AI');
  });
  it('keeps models with stated modalities, dated first in release order', () => {
    expect(rows.map((r) => r.name)).toEqual(['GPT-2', 'GPT-4o', 'Gemini 2.0 Flash', 'PixelDance', 'Seaweed', 'Sora']);
  });
  it('has input then output columns for text, image, audio, video', () => {
    expect(matrixColumns(rows).map((c) => c.key)).toEqual([
      'input:text',
      'input:image',
      'input:audio',
      'input:video',
      'output:text',
      'output:image',
      'output:audio',
      'output:video',
    ]);
  });
  it('adds 3D columns only when the data states 3D', () => {
    const with3d = matrixRows(
      [model({ id: 'x', vendorId: 'openai', name: 'X', modalities: { input: ['text'], output: ['3d'] } })],
      V,
      'en',
    );
    expect(matrixColumns(with3d)).toHaveLength(10);
  });
});

describe('matrixCells', () => {
  const rows = matrixRows(models, V, 'en');
  const cols = matrixColumns(rows);
  const cells = matrixCells(
    rows,
    cols,
    'en',
    { input: 'Input', output: 'Output', modality: MOD, stated: 'stated' },
    kindOf,
  );
  it('draws a cell only for what is stated', () => {
    expect(cells).toHaveLength(2 + 6 + 4 + 1 + 1 + 1);
    const sora = cells.filter((c) => c.modelId === 'sora');
    expect(sora.map((c) => cols[c.x]!.key)).toEqual(['output:video']);
    expect(sora[0]!.y).toBe(5);
  });
  it('carries a tooltip with the model, date, vendor and source', () => {
    const c = cells.find((x) => x.key === 'flash|output:image')!;
    expect(c.tip).toEqual({
      title: 'Gemini 2.0 Flash · Dec 12, 2024 · Google',
      value: 'Output: image — stated',
      kind: 'reported',
      sourceId: 's-flash',
    });
  });
});

describe('modalitiesNotStated', () => {
  it('lists models with no stated modalities instead of drawing them as text-only', () => {
    expect(modalitiesNotStated(models, 'en')).toEqual(['ChatGPT', 'Doubao']);
  });
  it('names them in Chinese in the Chinese view', () => {
    expect(modalitiesNotStated(models, 'zh')).toEqual(['ChatGPT', '豆包']);
  });
});

describe('firstOutputPerVendor', () => {
  const rows = matrixRows(models, V, 'en');
  const firsts = firstOutputPerVendor(rows);
  it('finds each vendor’s first dated model per output modality', () => {
    const openai = firsts.filter((f) => f.vendorId === 'openai');
    expect(openai.map((f) => [f.modality, f.date, f.models])).toEqual([
      ['text', '2019-02', ['GPT-2']],
      ['image', '2024-05', ['GPT-4o']],
      ['audio', '2024-05', ['GPT-4o']],
      ['video', null, ['Sora']],
    ]);
  });
  it('keeps every undated model when none is dated', () => {
    expect(firsts.find((f) => f.vendorId === 'bytedance')).toMatchObject({
      modality: 'video',
      date: null,
      models: ['PixelDance', 'Seaweed'],
    });
  });
  it('lays them out as vendors × output modalities', () => {
    const grid = firstOutputGrid(firsts, ['text', 'image', 'audio', 'video']);
    expect(grid.map((g) => g.vendorId)).toEqual(['bytedance', 'google', 'openai']);
    expect(grid[1]!.cells.image?.date).toBe('2024-12-12');
    expect(grid[1]!.cells.video).toBeUndefined();
  });
});

describe('modalityTable', () => {
  it('lists inputs and outputs, and says when none is stated', () => {
    const t = modalityTable(
      matrixRows(models, V, 'zh'),
      'zh',
      { modality: MOD, notStated: '未述及' },
      { model: 'm', vendor: 'v', released: 'r', input: 'i', output: 'o', kind: 'k', source: 's' },
      kindOf,
    );
    expect(t.rows.find((r) => r.model === 'Sora')).toMatchObject({
      input: '未述及',
      output: 'video',
      released: '—',
      vendor: 'OpenAI',
    });
    expect(t.rows.find((r) => r.model === 'Gemini 2.0 Flash')).toMatchObject({
      vendor: '谷歌',
      released: '2024年12月12日',
      input: 'text, image',
    });
    // The CSV: the release as the data writes it and the kind's code, the same in both languages.
    const flash = t.rows.find((r) => r.model === 'Gemini 2.0 Flash')!;
    expect(csvFigure(flash)).toMatchObject({ value: null, period: '2024-12-12', kind: 'reported' });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['released', 'kind']);
  });
});

describe('matrixShownRows (mark cap)', () => {
  // as the panel reads them: chips and servers left out
  const real = dataset.models.filter((x) => x.kind !== 'chip' && x.kind !== 'server');
  const realV = new Map(dataset.vendors.map((v) => [v.id, v]));

  it('leaves the article’s rows untouched', () => {
    const rows = matrixRows(real, realV, 'en');
    expect(rows.length).toBeGreaterThan(0);
    const c = matrixShownRows(rows);
    expect(c).toEqual({ shown: rows, total: rows.length, thinned: false });
  });

  it('caps 100× the rows, spread evenly over release order with both ends kept', () => {
    const all = matrixRows(scaleModels(real, 100), realV, 'en');
    const n = matrixRows(real, realV, 'en').length;
    expect(all).toHaveLength(100 * n);
    const c = matrixShownRows(all);
    expect(c.thinned).toBe(true);
    expect(c.total).toBe(all.length);
    expect(c.shown).toHaveLength(MATRIX_ROW_CAP);
    expect(c.shown[0]).toBe(all[0]);
    expect(c.shown.at(-1)).toBe(all.at(-1));
    // evenly spread: kept rows stay in release order and come from all over the list
    const at = c.shown.map((r) => all.indexOf(r));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const gaps = at.slice(1).map((x, i) => x - at[i]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('keeps every row up to the cap', () => {
    const rows = matrixRows(models, V, 'en');
    expect(matrixShownRows(rows, rows.length).thinned).toBe(false);
    expect(matrixShownRows(rows, 2).shown.map((r) => r.name)).toEqual(['GPT-2', 'Sora']);
  });
});
