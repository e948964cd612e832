import { describe, expect, it } from 'vitest';
import { BOM, neutralise, plainNumber, quoteField, tableToCsv } from './csv';
import { figureCells, metricFigure, spanFigure, type TableSpec } from '../ui/table';

const FIG_EN = 'Value,Low,High,Bound,Unit,Currency,Period,Kind';
/** The eight figure cells of a row without a figure. */
const NO_FIGURE = ',,,,,,,,';

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
    expect(csv).toBe(`${BOM}V,${FIG_EN}\r\n-5${NO_FIGURE}\r\n3${NO_FIGURE}\r\n-5${NO_FIGURE}\r\n`);
  });
  it('quotes per RFC 4180', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('x\ny')).toBe('"x\ny"');
  });
  it('starts with a BOM, writes the sentence as written and its translation in English, CRLF rows', () => {
    const csv = tableToCsv(spec, 'en', (id) => sources[id]);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(`Model,Parameters,Unit,${FIG_EN},Source,Source (English)`);
    expect(lines[1]).toBe(`GPT-3,175000000000,parameters${NO_FIGURE},"戰(zhàn)爭,GPT-3發布","War, GPT-3 released"`);
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",-5,${NO_FIGURE},missing,`);
    expect(csv).toContain(`"a, ""b""\nc",,+1${NO_FIGURE},,`);
    expect(lines.at(-1)).toBe('');
  });
  it('writes only the Chinese sentence in Chinese mode', () => {
    const csv = tableToCsv(spec, 'zh', (id) => sources[id]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Model,Parameters,Unit,数值,下限,上限,界限,单位,币种,期间,类型,Source');
    expect(lines[1]).toBe(`GPT-3,175000000000,parameters${NO_FIGURE},"戰(zhàn)爭,GPT-3發布"`);
    expect(csv).not.toContain('War, GPT-3');
  });
  it('has one line per table row', () => {
    const csv = tableToCsv(
      { columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'x' }, { a: 'y' }] },
      'en',
      () => undefined,
    );
    expect(csv).toBe(`${BOM}A,${FIG_EN}\r\nx${NO_FIGURE}\r\ny${NO_FIGURE}\r\n`);
  });
});

describe('CSV figure columns', () => {
  // As a panel's table spec holds a figure: formatted for reading on screen, as data for the CSV.
  const revenue: TableSpec = {
    columns: [
      { key: 'item', header: 'Item' },
      { key: 'vendor', header: 'Vendor' },
      { key: 'period', header: 'Period', screenOnly: true },
      { key: 'value', header: 'Value', numeric: true, screenOnly: true },
      { key: 'kind', header: 'Kind', screenOnly: true },
      { key: 'source', header: 'Source', source: true },
    ],
    rows: [
      {
        item: 'Google Cloud',
        vendor: 'Google',
        period: 'Q3 2024',
        value: '$11.35B',
        kind: 'Reported',
        source: 's1',
        ...figureCells(
          metricFigure(
            {
              value: 11353000000,
              low: null,
              high: null,
              bound: 'exact',
              unit: 'currency',
              currency: 'USD',
              period: '2024-Q3',
            },
            'reported',
          ),
        ),
      },
      {
        item: 'Azure',
        vendor: '微软',
        period: '2024年Q3',
        value: '245亿–250亿美元',
        kind: '指引',
        source: 's1',
        ...figureCells(
          metricFigure(
            {
              value: null,
              low: 24500000000,
              high: 25000000000,
              bound: 'range',
              unit: 'currency',
              currency: 'USD',
              period: '2024-Q3',
            },
            'guidance',
          ),
        ),
      },
      {
        item: 'Alibaba',
        vendor: 'x',
        period: '',
        value: '≥100%',
        kind: '',
        source: null,
        ...figureCells(
          spanFigure(
            { point: 100, low: 100, high: 100, bound: 'lower' },
            { unit: 'percent', currency: null, period: '2024', kind: 'reported' },
          ),
        ),
      },
    ],
  };
  const rows = (lang: 'en' | 'zh') =>
    tableToCsv(revenue, lang, (id) => sources[id])
      .slice(1)
      .split('\r\n');
  it('writes each figure as plain numbers and codes, not as formatted text', () => {
    const [head, google, azure, alibaba] = rows('en');
    expect(head).toBe(`Item,Vendor,${FIG_EN},Source,Source (English)`);
    expect(google).toBe(
      'Google Cloud,Google,11353000000,,,exact,currency,USD,2024-Q3,reported,"戰(zhàn)爭,GPT-3發布","War, GPT-3 released"',
    );
    expect(azure).toBe(
      'Azure,微软,,24500000000,25000000000,range,currency,USD,2024-Q3,guidance,"戰(zhàn)爭,GPT-3發布","War, GPT-3 released"',
    );
    expect(alibaba).toBe('Alibaba,x,,100,,lower,percent,,2024,reported,,');
    expect(rows('en').join('\n')).not.toMatch(/\$11|亿|245亿|≥/);
  });
  it('has the same numbers and codes in Chinese, under translated headers', () => {
    const [head, google, azure] = rows('zh');
    expect(head).toBe('Item,Vendor,数值,下限,上限,界限,单位,币种,期间,类型,Source');
    expect(google).toBe('Google Cloud,Google,11353000000,,,exact,currency,USD,2024-Q3,reported,"戰(zhàn)爭,GPT-3發布"');
    expect(azure).toBe(
      'Azure,微软,,24500000000,25000000000,range,currency,USD,2024-Q3,guidance,"戰(zhàn)爭,GPT-3發布"',
    );
  });
  it('writes CSV-only columns (words the screen shows in a formatted column) and leaves screen-only ones out', () => {
    const csv = tableToCsv(
      {
        columns: [
          { key: 'item', header: 'Item' },
          { key: 'price', header: 'Price', screenOnly: true },
          { key: 'statement', header: 'Statement', csvOnly: true },
        ],
        rows: [{ item: 'Free tier', price: 'Limited daily use', statement: 'Limited daily use' }],
      },
      'en',
      () => undefined,
    );
    expect(csv).toBe(`${BOM}Item,Statement,${FIG_EN}\r\nFree tier,Limited daily use${NO_FIGURE}\r\n`);
  });
  it('writes numbers without float noise, separators or suffixes', () => {
    expect(plainNumber(0.1 + 0.2)).toBe('0.3');
    expect(plainNumber(1.75e11)).toBe('175000000000');
    expect(plainNumber(33.333333333333336)).toBe('33.3333333333');
    expect(plainNumber(Number.NaN)).toBe('');
  });
});
