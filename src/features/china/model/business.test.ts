import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import { businessEvidence, businessMatrix, businessTable, CLAIM_READINGS, INDUSTRY } from './business';
import { claim, metric } from '../test/records';

const w = {
  modelLabel: (m: string) => `M:${m}`,
  rowLabel: (v: string) => (v === INDUSTRY ? 'Industry' : v.toUpperCase()),
};
const kindOf = () => 'reported' as const;
const claims = [
  claim('china-membership', []),
  claim('kimi-tipping-model', ['moonshot']),
  claim('tencent-undisclosed-revenue', ['tencent', 'alibaba', 'baidu']),
  claim('baidu-maas', ['baidu', 'alibaba', 'tencent']),
  claim('unrelated', ['baidu']),
];
const metrics = [
  metric({
    id: 'c1',
    vendorId: 'baidu',
    metric: 'api-calls-daily',
    period: '2023-Q4',
    value: 5e7,
    unit: 'calls-per-day',
  }),
  metric({
    id: 'c2',
    vendorId: 'baidu',
    metric: 'api-calls-daily',
    period: '2024-Q3',
    value: 1.5e9,
    unit: 'calls-per-day',
    subject: { en: 'ERNIE', zh: '文心' },
  }),
  metric({
    id: 'share',
    vendorId: 'baidu',
    metric: 'ai-revenue-share',
    period: '2024-Q3',
    bound: 'lower',
    low: 11,
    unit: 'percent',
  }),
  metric({
    id: 'price',
    vendorId: null,
    metric: 'subscription-price',
    period: '2024',
    value: 20,
    unit: 'currency-per-month',
    currency: 'USD',
  }),
];

describe('CLAIM_READINGS', () => {
  it('reads every claim at most once per vendor', () => {
    const keys = CLAIM_READINGS.map((r) => `${r.claimId}|${r.vendorId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('businessEvidence', () => {
  const ev = businessEvidence(claims, metrics, 'en', w, kindOf);
  it('marks each present claim for the vendor it is read for', () => {
    const claimMarks = ev.filter((e) => e.type === 'claim').map((e) => [e.row, e.model]);
    expect(claimMarks).toEqual([
      [INDUSTRY, 'subscription'],
      ['moonshot', 'tipping'],
      ['tencent', 'undisclosed'],
      ['alibaba', 'cloud-ai'],
      ['baidu', 'cloud-ai'],
      ['baidu', 'maas'],
    ]);
  });
  it('adds the latest figure of each vendor with its bound, never a made-up one', () => {
    const figures = ev.filter((e) => e.type === 'figure').map((e) => [e.row, e.model, e.text]);
    expect(figures).toEqual([
      [INDUSTRY, 'subscription', 'price: $20 (2024)'],
      ['baidu', 'api-use', 'ERNIE: 1.5B (Q3 2024)'],
      ['baidu', 'cloud-ai', 'share: ≥11% (Q3 2024)'],
    ]);
  });
  it('marks only the chosen vendors under a vendor filter', () => {
    const ev2 = businessEvidence(claims, metrics, 'en', w, kindOf, ['baidu']);
    expect([...new Set(ev2.map((e) => e.row))]).toEqual(['baidu']);
    expect(ev2.map((e) => e.model)).toEqual(['cloud-ai', 'maas', 'api-use', 'cloud-ai']);
  });
  it('skips a reading whose claim does not name the vendor', () => {
    const ev2 = businessEvidence([claim('baidu-maas', ['alibaba'])], [], 'en', w, kindOf);
    expect(ev2).toEqual([]);
    expect(businessEvidence([claim('china-membership', ['baidu'])], [], 'en', w, kindOf)).toEqual([]);
  });
});

describe('businessMatrix', () => {
  const ev = businessEvidence(claims, metrics, 'en', w, kindOf);
  const mx = businessMatrix(ev, ['baidu', 'alibaba', 'tencent', 'moonshot']);
  it('puts the industry row first, then vendors in order, and only models with evidence', () => {
    expect(mx.rows).toEqual([INDUSTRY, 'baidu', 'alibaba', 'tencent', 'moonshot']);
    expect(mx.models).toEqual(['subscription', 'tipping', 'api-use', 'cloud-ai', 'maas', 'undisclosed']);
  });
  it('nudges claim and figure apart when a cell has both', () => {
    const cell = mx.points.filter((p) => p.row === 'baidu' && p.model === 'cloud-ai');
    expect(cell.map((p) => [p.type, p.x, p.y])).toEqual([
      ['claim', 3 - 0.18, 1],
      ['figure', 3 + 0.18, 1],
    ]);
    expect(mx.points.find((p) => p.row === 'moonshot')).toMatchObject({ x: 1, y: 4, type: 'claim' });
  });
});

describe('businessTable', () => {
  it('lists evidence by business model with its source', () => {
    const ev = businessEvidence(claims, metrics, 'en', w, kindOf);
    const t = businessTable(
      ev,
      { row: 'R', model: 'M', type: 'T', text: 'X', kind: 'K', source: 'S' },
      { ...w, typeLabel: (x) => x, kindLabel: (k) => k },
    );
    expect(t.rows[0]).toMatchObject({
      row: 'Industry',
      model: 'M:subscription',
      type: 'claim',
      source: 's-china-membership',
    });
    expect(t.rows).toHaveLength(ev.length);
  });
  it('gives the CSV a figure’s numbers apart from its words; a claim its statement and no number', () => {
    const ev = businessEvidence(claims, metrics, 'zh', w, kindOf);
    const t = businessTable(
      ev,
      { row: 'R', model: 'M', type: 'T', text: 'X', kind: 'K', source: 'S' },
      { ...w, typeLabel: (x) => x, kindLabel: (k) => k },
    );
    const calls = t.rows.find((r) => r.source === metrics[1]!.sourceId && r.type === 'figure')!;
    expect(calls.text).toContain('亿');
    expect(calls.label).toBe('文心');
    expect(csvFigure(calls)).toMatchObject({ value: 1.5e9, unit: 'calls-per-day', period: '2024-Q3', bound: 'exact' });
    const claimRow = t.rows.find((r) => r.type === 'claim')!;
    expect(csvFigure(claimRow)).toMatchObject({ value: null, kind: 'reported' });
    expect(t.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual(['text', 'kind']);
    expect(t.columns.filter((c) => c.csvOnly).map((c) => c.key)).toEqual(['label']);
  });
});
