import { describe, expect, it } from 'vitest';
import { evaluate } from './budgets';
import type { Figure } from './figures';
import { formatValue, renderTable, rowsOf } from './table';

describe('table', () => {
  it('formats units', () => {
    expect(formatValue(153_400, 'B')).toBe('153.4 kB');
    expect(formatValue(812, 'B')).toBe('812 B');
    expect(formatValue(3.456, 'ms')).toBe('3.46 ms');
    expect(formatValue(48.04, 'ms')).toBe('48.0 ms');
    expect(formatValue(12_345, 'ms')).toBe('12.35 s');
    expect(formatValue(0.0123, 'ratio')).toBe('0.012');
    expect(formatValue(null, 'ms')).toBe('—');
    expect(formatValue(Number.NaN, 'ms')).toBe('—');
    expect(formatValue(4210.4, 'req/s')).toBe('4210 req/s');
  });
  it('renders aligned rows with the verdict and method', () => {
    const f: Figure = {
      scale: 1,
      section: 'interaction',
      key: 'interaction.kind.region',
      label: 'region',
      unit: 'ms',
      value: 20,
      p95: 60,
      n: 30,
      method: 'marks',
    };
    const g: Figure = {
      scale: 1,
      section: 'export',
      key: 'export.png',
      label: 'PNG 2×',
      unit: 'ms',
      value: null,
      method: 'UI',
      note: 'not available',
    };
    const rows = rowsOf([f, g], evaluate([f, g]));
    expect(rows[0]).toEqual([
      '1×',
      'interaction',
      'region',
      '20.0 ms',
      '60.0 ms',
      '30',
      'FAIL interaction-1x',
      'marks',
    ]);
    expect(rows[1]![3]).toBe('not available');
    expect(rows[1]![6]).toBe('');
    const text = renderTable(rows).split('\n');
    expect(text).toHaveLength(4);
    const bar = (s: string) => [...s].map((c, i) => (c === '|' ? i : -1)).filter((i) => i >= 0);
    expect(bar(text[2]!)).toEqual(bar(text[3]!));
  });
});

describe('verdicts', () => {
  it('marks each covered figure PASS or FAIL, even when another figure fails the same budget', () => {
    const a: Figure = {
      scale: 1,
      section: 'interaction',
      key: 'interaction.kind.lang',
      label: 'lang',
      unit: 'ms',
      value: 20,
      p95: 60,
      n: 30,
      method: 'm',
    };
    const b: Figure = { ...a, key: 'interaction.kind.growth', label: 'growth', p95: 40 };
    const rows = rowsOf([a, b], evaluate([a, b]));
    expect(rows.map((r) => r[6])).toEqual(['FAIL interaction-1x', 'PASS interaction-1x']);
  });
});
