import type { Metric, MetricUnit } from '../api/contract';
import type { Lang } from '../filters/state';
import { formatCompact, formatMoney, formatPlain } from './number';

type Figure = Pick<Metric, 'value' | 'low' | 'high' | 'bound' | 'unit' | 'currency'>;

/** Unit words written after a number (or after a range, once). */
const SUFFIX: Record<Lang, Partial<Record<MetricUnit, string>>> = {
  en: { percent: '%', pp: ' pp', multiple: '×', 'calls-per-day': '/day', 'currency-per-month': '/mo' },
  zh: { percent: '%', pp: '个百分点', multiple: '倍', 'calls-per-day': '次/日', 'currency-per-month': '/月' },
};

/** One number of a figure, without the unit word (money keeps its currency sign). */
function numberOf(n: number, f: Figure, lang: Lang): string {
  switch (f.unit) {
    case 'currency':
    case 'currency-per-month':
      // The schema guarantees a currency for these units; a record without one is a data error.
      if (f.currency === null) throw new Error(`a ${f.unit} figure needs a currency`);
      return formatMoney(n, f.currency, lang, 3);
    case 'users':
    case 'advertisers':
    case 'calls-per-day':
    case 'count':
      return n >= 10000 ? formatCompact(n, lang) : formatPlain(n, lang, 0);
    case 'percent':
    case 'pp':
    case 'multiple':
      return formatPlain(n, lang, 1);
  }
}

/**
 * A metric's figure as the article states it, in the reader's language:
 * exact `250M`, approximate `≈$3.4B`, a range `35–36%` (the unit once),
 * a lower bound `≥40M`, an upper bound `≤…`. Guidance, targets and
 * estimates keep their numbers; their kind is told beside the figure.
 */
export function formatMetricValue(f: Figure, lang: Lang): string {
  const suffix = SUFFIX[lang][f.unit] ?? '';
  const num = (n: number | null, field: string) => {
    if (n === null) throw new Error(`a figure bounded "${f.bound}" needs ${field}`);
    return numberOf(n, f, lang);
  };
  switch (f.bound) {
    case 'exact':
      return `${num(f.value, 'value')}${suffix}`;
    case 'approx':
      return `≈${num(f.value, 'value')}${suffix}`;
    case 'range':
      return `${num(f.low, 'low')}–${num(f.high, 'high')}${suffix}`;
    case 'lower':
      return `≥${num(f.low, 'low')}${suffix}`;
    case 'upper':
      return `≤${num(f.high, 'high')}${suffix}`;
  }
}
