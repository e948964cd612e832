import type { Lang } from '../filters/state';
import { numberFormat } from './intl';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Compact number in the reader's language: 1.5B / 15亿. */
export function formatCompact(value: number, lang: Lang, maxDigits = 3): string {
  return numberFormat(lang, { notation: 'compact', maximumSignificantDigits: maxDigits }).format(value);
}

/** Money, compact: $11.4B / 113.5亿美元 style through Intl. */
export function formatMoney(value: number, currency: 'USD' | 'CNY', lang: Lang, maxDigits = 4): string {
  return numberFormat(lang, {
    style: 'currency',
    currency,
    notation: Math.abs(value) >= 10000 ? 'compact' : 'standard',
    maximumSignificantDigits: maxDigits,
  }).format(value);
}

export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return `${numberFormat(lang, { maximumFractionDigits: digits }).format(value)}%`;
}

export function formatPlain(value: number, lang: Lang, digits = 2): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** A partial date for display: 2024-05 → May 2024 / 2024年5月; 2024-Q3 → Q3 2024 / 2024年第三季度. */
export function formatPartialDate(d: string, lang: Lang): string {
  const y = d.slice(0, 4);
  const rest = d.slice(5);
  if (!rest) return lang === 'zh' ? `${y}年` : y;
  // A quarter the article does not name: said so, never guessed.
  if (rest === 'QX') return lang === 'zh' ? `${y}年某季度（未注明季度）` : `a quarter of ${y} (quarter not stated)`;
  if (rest.startsWith('Q')) return lang === 'zh' ? `${y}年Q${rest.slice(1)}` : `Q${rest.slice(1)} ${y}`;
  if (rest.startsWith('H')) return lang === 'zh' ? `${y}年${rest === 'H1' ? '上半年' : '下半年'}` : `${rest} ${y}`;
  const [m, day] = rest.split('-').map(Number) as [number, number | undefined];
  if (lang === 'zh') return day ? `${y}年${m}月${day}日` : `${y}年${m}月`;
  const month = MONTHS_EN[m - 1] ?? String(m);
  return day ? `${month} ${day}, ${y}` : `${month} ${y}`;
}
