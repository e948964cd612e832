import { describe, expect, it } from 'vitest';
import { callMultiples, seriesOf, usagePoints, usageTable, CALL_METRICS, USER_METRICS } from './usage';
import { metric } from '../test/records';

const subj = (en: string) => ({ en, zh: `${en}中` });
const dau = metric({
  id: 'dau',
  vendorId: 'bytedance',
  subject: subj('Doubao app'),
  metric: 'daily-active-users',
  period: '2024-09',
  value: 7.6e6,
  unit: 'users',
});
const mau = metric({
  id: 'mau',
  vendorId: 'bytedance',
  subject: subj('Doubao app'),
  metric: 'monthly-active-users',
  period: '2024-09',
  bound: 'lower',
  low: 4e7,
  unit: 'users',
});
const c1 = metric({
  id: 'c1',
  vendorId: 'baidu',
  subject: subj('ERNIE'),
  metric: 'api-calls-daily',
  period: '2023-Q4',
  value: 5e7,
  unit: 'calls-per-day',
});
const c2 = metric({
  id: 'c2',
  vendorId: 'baidu',
  subject: subj('ERNIE'),
  metric: 'api-calls-daily',
  period: '2024-Q3',
  value: 1.5e9,
  unit: 'calls-per-day',
  sourceId: 's-q3',
});
const g = metric({
  id: 'g',
  vendorId: 'baidu',
  subject: subj('ERNIE'),
  metric: 'api-calls-growth',
  period: '2024-Q3',
  value: 30,
  unit: 'multiple',
  sourceId: 's-q3',
});
const all = [g, c2, mau, dau, c1];
const kindOf = () => 'reported' as const;
const w = { metricLabel: (k: string) => k, unitWord: (k: string) => (k.startsWith('api') ? 'calls/day' : 'users') };

describe('usagePoints', () => {
  it('places user figures in time, the lower bound open at its bound', () => {
    const pts = usagePoints(all, USER_METRICS, 'en', w, kindOf);
    expect(pts.map((p) => [p.id, p.y, p.open, p.label])).toEqual([
      ['mau', 4e7, true, '≥40M'],
      ['dau', 7.6e6, false, '7.6M'],
    ]);
    expect(new Date(pts[0]!.x).toISOString().slice(0, 10)).toBe('2024-09-01');
    expect(pts[1]!.tip).toMatchObject({ value: '7.6M users', kind: 'reported', sourceId: 's-dau' });
  });
  it('orders call figures by time and leaves out the multiple (not a call count)', () => {
    const pts = usagePoints(all, ['api-calls-daily'], 'zh', w, kindOf);
    expect(pts.map((p) => p.label)).toEqual(['5000万', '15亿']);
    expect(pts[0]!.subject).toBe('ERNIE中');
  });
  it('splits series by vendor and subject', () => {
    const s = seriesOf(usagePoints(all, CALL_METRICS, 'en', w, kindOf));
    expect(s.map((x) => [x.key, x.points.length])).toEqual([['baidu|ERNIE', 3]]);
  });
});

describe('callMultiples', () => {
  it('divides the later figure by the earlier and sets it beside the stated multiple', () => {
    const [m] = callMultiples(all);
    expect(m).toMatchObject({
      fromId: 'c1',
      toId: 'c2',
      derived: 30,
      stated: { value: 30, sourceId: 's-q3', id: 'g' },
      agrees: true,
      y: 1.5e9,
    });
  });
  it('says when the stated multiple disagrees, and has none without one', () => {
    expect(callMultiples([c1, c2, { ...g, value: 29 }])[0]!.agrees).toBe(false);
    expect(callMultiples([c1, c2])[0]).toMatchObject({ stated: null, agrees: null });
  });
  it('never divides a bound', () => {
    expect(callMultiples([c1, { ...c2, bound: 'lower', value: null, low: 1.5e9 }])).toEqual([]);
  });
});

describe('usageTable', () => {
  it('lists the figures with bounds and a derived multiple row', () => {
    const h = {
      subject: 'S',
      metric: 'M',
      period: 'P',
      value: 'V',
      unit: 'U',
      bound: 'B',
      kind: 'K',
      derived: 'D',
      source: 'Src',
    };
    const tw = {
      ...w,
      boundLabel: (b: string) => b,
      derivedLabel: 'derived',
      multipleLabel: 'multiple',
      howDerived: (a: string, b: string) => `${a} ÷ ${b}`,
      timesWord: 'times',
    };
    const spec = usageTable(all, 'en', h, tw, kindOf);
    const dauRow = spec.rows.find((r) => r.metric === 'daily-active-users');
    expect(dauRow).toMatchObject({ value: '7.6M', period: 'Sep 2024', bound: 'exact', derived: null });
    expect(spec.rows.find((r) => r.metric === 'monthly-active-users')!.value).toBe('≥40M');
    expect(spec.rows.find((r) => r.metric === 'api-calls-growth')!.value).toBe('30×');
    expect(spec.rows.at(-1)).toMatchObject({
      metric: 'multiple',
      value: '30×',
      derived: 'derived: 1.5B ÷ 50M',
      period: 'Q4 2023 → Q3 2024',
    });
  });
});
