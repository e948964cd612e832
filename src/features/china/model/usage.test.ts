import { describe, expect, it } from 'vitest';
import { csvFigure } from '../../../shared/ui/table.test-util';
import {
  callMultiples,
  seriesOf,
  shownUsage,
  usagePoints,
  usageTable,
  CALL_METRICS,
  USAGE_CAPS,
  USAGE_METRICS,
  USER_METRICS,
} from './usage';
import { dataset } from '../../../../data';
import { synthesize } from '../../../../bench/synth';
import { metric, type Records } from '../test/records';

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
    // The CSV: counts as numbers ("7.6M" is 7600000), a lower bound by its end, the multiple over its interval.
    expect(csvFigure(dauRow!)).toMatchObject({ value: 7.6e6, bound: 'exact', unit: 'users', period: '2024-09' });
    expect(csvFigure(spec.rows.find((r) => r.metric === 'monthly-active-users')!)).toMatchObject({
      value: null,
      low: 4e7,
      bound: 'lower',
    });
    expect(csvFigure(spec.rows.at(-1)!)).toMatchObject({
      bound: 'exact',
      unit: 'multiple',
      period: '2023-Q4/2024-Q3',
      kind: null,
    });
    expect(csvFigure(spec.rows.at(-1)!).value).toBeCloseTo(30, 10);
    expect(spec.columns.filter((c) => c.screenOnly).map((c) => c.key)).toEqual([
      'period',
      'value',
      'unit',
      'bound',
      'kind',
    ]);
  });
});

describe('shownUsage (mark caps)', () => {
  /** What the panel asks for: usage metrics of Chinese vendors. */
  const usageOf = (d: Records) => {
    const cn = new Set(d.vendors.filter((v) => v.region === 'cn').map((v) => v.id));
    const ms = d.metrics.filter((m) => USAGE_METRICS.includes(m.metric) && m.vendorId !== null && cn.has(m.vendorId));
    return {
      ms,
      calls: usagePoints(ms, ['api-calls-daily'], 'en', w, kindOf),
      users: usagePoints(ms, USER_METRICS, 'en', w, kindOf),
    };
  };
  const real = usageOf(dataset);
  const big = usageOf(synthesize(dataset, 100));

  it('draws every mark of the article', () => {
    const drawn = shownUsage(real.calls, real.users);
    expect(drawn.calls).toEqual({ shown: real.calls, total: 2, thinned: false });
    expect(drawn.users).toEqual({ shown: real.users, total: 2, thinned: false });
    expect(drawn.callSeries).toEqual(seriesOf(real.calls));
    expect(callMultiples(real.ms).filter(drawn.drawsMultiple)).toHaveLength(1);
    expect(drawn.totals).toEqual({ shown: 4, total: 4, thinned: false });
  });

  it('caps 100× as many marks, and says so in points', () => {
    const drawn = shownUsage(big.calls, big.users);
    expect(drawn.callSeries).toHaveLength(USAGE_CAPS.callSeries);
    expect(drawn.calls).toMatchObject({ total: 200, thinned: true });
    expect(drawn.calls.shown).toHaveLength(2 * USAGE_CAPS.callSeries);
    expect(drawn.users.shown).toHaveLength(USAGE_CAPS.userPoints);
    expect(drawn.users.total).toBe(200);
    expect(drawn.totals).toEqual({
      shown: 2 * USAGE_CAPS.callSeries + USAGE_CAPS.userPoints,
      total: 400,
      thinned: true,
    });
    // the multiples' labels sit on the series drawn only
    const multiples = callMultiples(big.ms);
    expect(multiples).toHaveLength(100);
    expect(multiples.filter(drawn.drawsMultiple)).toHaveLength(USAGE_CAPS.callSeries);
  });

  it('keeps the call series with the largest latest figure, in data order', () => {
    const all = seriesOf(big.calls);
    const drawn = shownUsage(big.calls, big.users).callSeries;
    const latest = (x: (typeof all)[number]) => x.points.at(-1)!.y;
    const smallestKept = Math.min(...drawn.map(latest));
    const kept = new Set(drawn.map((x) => x.key));
    expect(all.filter((x) => !kept.has(x.key)).every((x) => latest(x) <= smallestKept)).toBe(true);
    const at = drawn.map((x) => all.findIndex((y) => y.key === x.key));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('spreads user points evenly over time, keeping the first and the last', () => {
    const monthly = Array.from({ length: 100 }, (_, i) =>
      metric({
        id: `u${i}`,
        vendorId: 'bytedance',
        subject: subj('Doubao app'),
        metric: 'daily-active-users',
        period: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        value: 1e6 + i,
        unit: 'users',
      }),
    );
    const users = usagePoints(monthly, USER_METRICS, 'en', w, kindOf);
    const drawn = shownUsage([], users, { callSeries: 1, userPoints: 10 }).users;
    expect(drawn.thinned).toBe(true);
    expect(drawn.shown.map((p) => p.id)).toEqual(['u0', 'u11', 'u22', 'u33', 'u44', 'u55', 'u66', 'u77', 'u88', 'u99']);
  });
});
