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
  // Each row: a cell's text, and whether a spreadsheet could take it for a formula (so it gets a leading apostrophe).
  const FORMULA_CASES: [label: string, cell: string, neutralised: boolean][] = [
    ['equals', '=1+1', true],
    ['plus then formula', '+1+1', true],
    ['minus then reference', '-1+A1', true],
    ['at', '@SUM(A1)', true],
    ['leading tab', '\tx', true],
    ['leading CR', '\rx', true],
    ['leading LF', '\n=1+1', true],
    ['leading LF before text', '\nplain', true],
    ['space then equals', ' =1+1', true],
    ['spaces then plus', '   +A1', true],
    ['no-break space then minus', '\u00a0-A1', true],
    ['ideographic space then at', '\u3000@x', true],
    ['full-width equals', '＝1+1', true],
    ['full-width plus', '＋A1', true],
    ['full-width minus', '－A1', true],
    ['full-width at', '＠SUM(A1)', true],
    ['pipe (DDE)', '|calc', true],
    ['space then pipe', ' |calc', true],
    ['plain text', 'plain', false],
    ['text with a formula character inside', 'a=b|c', false],
    ['leading space before text', ' plain', false],
    ['empty', '', false],
    ['negative integer', '-5', false],
    ['signed positive integer', '+3', false],
    ['decimal', '3.14', false],
    ['negative decimal', '-0.5', false],
    ['exponent', '-2.5e-3', false],
  ];
  it.each(FORMULA_CASES)('neutralise: %s', (_label, cell, neutralised) => {
    expect(neutralise(cell)).toBe(neutralised ? `'${cell}` : cell);
  });
  it('keeps numeric cells as numbers', () => {
    const csv = tableToCsv(
      { columns: [{ key: 'v', header: 'V', numeric: true }], rows: [{ v: -5 }, { v: 3 }, { v: '-5' }] },
      'en',
      () => undefined,
    );
    expect(csv).toBe(`${BOM}V\r\n-5\r\n3\r\n-5\r\n`);
  });
  it('quotes per RFC 4180', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('x\ny')).toBe('"x\ny"');
  });
  it('starts with a BOM, writes the sentence and its translation in English, CRLF rows', () => {
    const csv = tableToCsv(spec, 'en', (id) => sources[id]);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Model,Parameters,Unit,Source,Source (English)');
    expect(lines[1]).toBe('GPT-3,175000000000,parameters,"戰(zhàn)爭,GPT-3發布","War, GPT-3 released"');
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",-5,,missing,`);
    expect(csv).toContain(`"a, ""b""\nc",,+1,,`);
    expect(lines.at(-1)).toBe('');
  });
  it('writes only the Chinese sentence in Chinese mode', () => {
    const csv = tableToCsv(spec, 'zh', (id) => sources[id]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Model,Parameters,Unit,Source');
    expect(lines[1]).toBe('GPT-3,175000000000,parameters,"戰(zhàn)爭,GPT-3發布"');
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
