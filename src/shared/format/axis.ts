import type { Lang } from '../filters/state';
import { numberFormat } from './intl';

/*
 * Axis tick labels in the reader's locale. A linear axis says every tick in one
 * scale word (0, 5B, 10B … or 0, 500亿, 1,000亿 …: never "700M" next to "1B");
 * a log axis names each power of ten in its own word (100M, 1B, 10B / 1亿, 10亿).
 * The currency or unit goes in the axis title, not on every tick.
 */

export interface ScaleWord {
  divisor: number;
  suffix: string;
}

const EN: readonly ScaleWord[] = [
  { divisor: 1e12, suffix: 'T' },
  { divisor: 1e9, suffix: 'B' },
  { divisor: 1e6, suffix: 'M' },
  { divisor: 1e3, suffix: 'K' },
];
// Chinese counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²): 1,760亿, not 176B.
const ZH: readonly ScaleWord[] = [
  { divisor: 1e12, suffix: '万亿' },
  { divisor: 1e8, suffix: '亿' },
  { divisor: 1e4, suffix: '万' },
];
const NONE: ScaleWord = { divisor: 1, suffix: '' };

/** The scale word for a number as large as `magnitude`: B / M / K in English, 万亿 / 亿 / 万 in Chinese. */
export function scaleWord(magnitude: number, lang: Lang): ScaleWord {
  const a = Math.abs(magnitude);
  return (lang === 'zh' ? ZH : EN).find((w) => a >= w.divisor) ?? NONE;
}

/** Decimals that tell ticks `step` apart once divided by `divisor` (0.5B needs 1, 5B none). */
function decimalsFor(step: number, divisor: number): number {
  const s = Math.abs(step / divisor);
  if (!(s > 0) || !Number.isFinite(s)) return 0;
  return Math.min(6, Math.max(0, -Math.floor(Math.log10(s) + 1e-9)));
}

/**
 * Labels of a linear axis's ticks, all in the scale word of the largest one,
 * with the decimals their step needs. Zero is "0".
 */
export function linearTickLabels(ticks: readonly number[], lang: Lang, unit = ''): string[] {
  if (ticks.length === 0) return [];
  const largest = Math.max(...ticks.map(Math.abs));
  const word = scaleWord(largest, lang);
  const steps = ticks.slice(1).map((t, i) => Math.abs(t - ticks[i]!));
  const step = steps.length > 0 ? Math.min(...steps.filter((s) => s > 0), largest || 1) : largest || 1;
  const digits = decimalsFor(step, word.divisor);
  const f = numberFormat(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits });
  return ticks.map((t) => (t === 0 ? `0${unit}` : `${f.format(t / word.divisor)}${word.suffix}${unit}`));
}

/** A log axis's tick (a power of ten, or any positive number) in its own scale word: 100M, 1B / 1亿, 10亿. */
export function logTickLabel(value: number, lang: Lang): string {
  const word = scaleWord(value, lang);
  const f = numberFormat(lang, { maximumSignificantDigits: 3 });
  return `${f.format(value / word.divisor)}${word.suffix}`;
}
