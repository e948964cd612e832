import { describe, expect, it } from 'vitest';
import { BOM, neutralise, quoteField, tableToCsv } from './csv';
import type { TableSpec } from '../ui/table';

const spec: TableSpec = {
  columns: [
    { key: 'name', header: 'Model' },
    { key: 'value', header: 'Parameters', numeric: true },
    { key: 'unit', header: 'Unit' },
    { key: 'src', header: 'Source', source: true },
  ],
  rows: [
    { name: 'GPT-3', value: 175e9, unit: 'parameters', src: 's1' },
    { name: '=HYPERLINK("http://x")', value: -5, unit: null, src: 'missing' },
    { name: 'a, "b"\nc', value: null, unit: '+1', src: null },
  ],
};
const sources = { s1: { quote: '戰(zhàn)爭,GPT-3發布', en: 'War, GPT-3 released' } } as Record<
  string,
  { quote: string; en: string }
>;

describe('CSV', () => {
  it('neutralises formula-like cells and quotes per RFC 4180', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('x\ny')).toBe('"x\ny"');
  });
  it('starts with a BOM, writes the sentence and its translation in English, CRLF rows', () => {
    const csv = tableToCsv(spec, 'en', (id) => sources[id]);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Model,Parameters,Unit,Source,Source (English)');
    expect(lines[1]).toBe('GPT-3,175000000000,parameters,"戰爭,GPT-3發布","War, GPT-3 released"');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",-5,,missing,`);
    expect(csv).toContain(`"a, ""b""\nc",,'+1,,`);
    expect(lines.at(-1)).toBe('');
  });
  it('writes only the Chinese sentence in Chinese mode', () => {
    const csv = tableToCsv(spec, 'zh', (id) => sources[id]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Model,Parameters,Unit,Source');
    expect(lines[1]).toBe('GPT-3,175000000000,parameters,"戰爭,GPT-3發布"');
    expect(csv).not.toContain('War, GPT-3');
  });
  it('has one line per table row', () => {
    const csv = tableToCsv(
      { columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'x' }, { a: 'y' }] },
      'en',
      () => undefined,
    );
    expect(csv).toBe(`${BOM}A\r\nx\r\ny\r\n`);
  });
});
