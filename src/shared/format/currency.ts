import type { Currency } from '../filters/state';

/**
 * Converts an amount between USD and CNY at `cnyPerUsd` — the reader's
 * setting, not a figure from the article. The one conversion every panel uses.
 */
export function convertMoney(amount: number, from: Currency, to: Currency, cnyPerUsd: number): number {
  if (!(cnyPerUsd > 0) || !Number.isFinite(cnyPerUsd)) throw new RangeError('the rate must be a positive number');
  if (from === to) return amount;
  return from === 'USD' ? amount * cnyPerUsd : amount / cnyPerUsd;
}

export const RATE_MIN = 0.01;
export const RATE_MAX = 999;

/**
 * Reads a CNY-per-USD rate a reader typed or a URL carries. Accepts `7.2`,
 * `7,2`, `7.1234`; returns null for anything else (empty, zero, negative, not
 * a number, more than 4 decimals, or outside 0.01–999).
 */
export function parseRate(input: string): number | null {
  const s = input.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(s)) return null;
  const n = Number(s);
  return n >= RATE_MIN && n <= RATE_MAX ? n : null;
}
