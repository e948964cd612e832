import type { Currency } from '../../../shared/filters/state';

/**
 * Converts an amount between USD and CNY at the reader's rate (CNY per USD).
 * The rate is a reader's setting, not a figure from the article.
 */
export function convertMoney(amount: number, from: Currency, to: Currency, cnyPerUsd: number): number {
  if (from === to) return amount;
  if (!(cnyPerUsd > 0)) throw new RangeError('cnyPerUsd must be positive');
  return from === 'USD' ? amount * cnyPerUsd : amount / cnyPerUsd;
}

/** The currency shown: the reader's pick; amounts in the other currency are converted. */
export function needsConversion(amountCurrency: Currency, shown: Currency): boolean {
  return amountCurrency !== shown;
}
