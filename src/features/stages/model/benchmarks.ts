import type { Lang } from '../../../shared/filters/state';
import type { Model, Vendor } from '../../../shared/api/contract';
import { partialDateToMs } from '../../../shared/charts/time';
import { formatPartialDate, formatPlain, formatPercent } from '../../../shared/format/number';
import type { TipInfo } from '../../../shared/ui/tip';
import { figureCells, type TableSpec } from '../../../shared/ui/table';
import { kindLabel } from '../../../shared/i18n/i18n';
import { modelName } from '../../../shared/i18n/modelName';
import type { KindOf } from './timeline';
import { capEven, type Capped } from '../../../shared/charts/markCap';

export interface BenchmarkBar {
  key: string;
  modelId: string;
  model: string;
  vendorId: string;
  vendorName: string;
  released: string | null;
  benchmark: string;
  /** Score in percent (86.5 for 86.5 %). */
  value: number;
  /** Axis label: the model name, plus the benchmark when there are several. */
  label: string;
  sourceId: string;
  tip: TipInfo;
}

export interface BenchmarkDiff {
  benchmark: string;
  from: string;
  to: string;
  /** Later score − earlier score, in percentage points (derived). */
  pp: number;
  tip: TipInfo;
}

const releaseKey = (d: string | null) => (d ? partialDateToMs(d) : Number.POSITIVE_INFINITY);

/** Every benchmark score the data holds, by benchmark, in release order. */
export function benchmarkBars(
  models: readonly Model[],
  vendors: ReadonlyMap<string, Vendor>,
  lang: Lang,
  kindOf: KindOf,
): BenchmarkBar[] {
  const sorted = [...models].sort(
    (a, b) => releaseKey(a.released) - releaseKey(b.released) || a.name.localeCompare(b.name),
  );
  const names = new Set(sorted.flatMap((m) => m.benchmarks.map((b) => b.name)));
  const several = names.size > 1;
  const bars: BenchmarkBar[] = [];
  for (const name of [...names].sort()) {
    for (const m of sorted) {
      for (const b of m.benchmarks) {
        if (b.name !== name) continue;
        const model = modelName(m, lang);
        bars.push({
          key: `${m.id}|${b.name}`,
          modelId: m.id,
          model,
          vendorId: m.vendorId,
          vendorName: vendors.get(m.vendorId)?.name[lang] ?? m.vendorId,
          released: m.released,
          benchmark: b.name,
          value: b.value,
          label: several ? `${model} · ${b.name}` : model,
          sourceId: b.sourceId,
          tip: {
            title: `${model}${m.released ? ` · ${formatPartialDate(m.released, lang)}` : ''}`,
            value: `${b.name}: ${formatPercent(b.value, lang)}`,
            kind: kindOf(b.sourceId),
            sourceId: b.sourceId,
          },
        });
      }
    }
  }
  return bars;
}

/**
 * Bars the chart draws at most: past about 16 in a half-width panel the model
 * names and the scores over the bars no longer read. The article has 4: it is
 * never thinned.
 */
export const BENCHMARK_BAR_CAP = 16;

/**
 * The bars drawn: all up to the cap, else `cap` bars spread evenly over the
 * given order (by benchmark, then release), the first and the last kept, so the
 * chart still spans every benchmark and the whole period. The table keeps all.
 */
export function shownBenchmarkBars(bars: readonly BenchmarkBar[], cap = BENCHMARK_BAR_CAP): Capped<BenchmarkBar> {
  return capEven(bars, cap);
}

/** Differences between consecutive scores on the same benchmark (later − earlier), derived. */
export function benchmarkDiffs(
  bars: readonly BenchmarkBar[],
  lang: Lang,
  derivedText: (a: BenchmarkBar, b: BenchmarkBar) => string,
): BenchmarkDiff[] {
  const out: BenchmarkDiff[] = [];
  for (let i = 1; i < bars.length; i++) {
    const a = bars[i - 1]!;
    const b = bars[i]!;
    if (a.benchmark !== b.benchmark) continue;
    const pp = Math.round((b.value - a.value) * 1000) / 1000;
    out.push({
      benchmark: b.benchmark,
      from: a.model,
      to: b.model,
      pp,
      tip: {
        title: `${b.benchmark}: ${a.model} → ${b.model}`,
        value: formatPp(pp, lang),
        kind: b.tip.kind,
        sourceId: b.sourceId,
        derived: derivedText(a, b),
      },
    });
  }
  return out;
}

/** +2.2 pp / +2.2个百分点 */
export function formatPp(pp: number, lang: Lang): string {
  const sign = pp > 0 ? '+' : pp < 0 ? '−' : '±';
  const n = formatPlain(Math.abs(pp), lang, 1);
  return lang === 'zh' ? `${sign}${n}个百分点` : `${sign}${n} pp`;
}

export function benchmarkTable(
  bars: readonly BenchmarkBar[],
  diffs: readonly BenchmarkDiff[],
  lang: Lang,
  h: {
    model: string;
    vendor: string;
    released: string;
    benchmark: string;
    score: string;
    unit: string;
    kind: string;
    derived: string;
    derivedYes: string;
    source: string;
  },
): TableSpec {
  return {
    columns: [
      { key: 'model', header: h.model },
      { key: 'vendor', header: h.vendor },
      { key: 'released', header: h.released, screenOnly: true },
      { key: 'benchmark', header: h.benchmark },
      { key: 'score', header: h.score, numeric: true, screenOnly: true },
      { key: 'unit', header: h.unit, screenOnly: true },
      { key: 'kind', header: h.kind, screenOnly: true },
      { key: 'derived', header: h.derived },
      { key: 'source', header: h.source, source: true },
    ],
    rows: [
      ...bars.map((b) => ({
        model: b.model,
        vendor: b.vendorName,
        released: b.released ? formatPartialDate(b.released, lang) : '—',
        benchmark: b.benchmark,
        score: formatPlain(b.value, lang, 1),
        unit: '%',
        kind: kindLabel(b.tip.kind, lang),
        derived: '',
        source: b.sourceId,
        // The score as the data holds it; its period is the model's release.
        ...figureCells({ value: b.value, bound: 'exact', unit: 'percent', period: b.released, kind: b.tip.kind }),
      })),
      ...diffs.map((d) => ({
        model: `${d.from} → ${d.to}`,
        vendor: '',
        released: '',
        benchmark: d.benchmark,
        score: formatPp(d.pp, lang),
        unit: 'pp',
        kind: kindLabel(d.tip.kind, lang),
        derived: `${h.derivedYes}: ${d.tip.derived ?? ''}`,
        source: d.tip.sourceId,
        ...figureCells({ value: d.pp, bound: 'exact', unit: 'pp', kind: d.tip.kind }),
      })),
    ],
  };
}
