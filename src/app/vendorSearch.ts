import type { Vendor } from '../shared/api/contract';

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·._-]+/g, '');

/**
 * Vendors matching a search by English name, Chinese name or alias
 * (文心 finds Baidu). Prefix matches first, then substring matches.
 */
export function searchVendors(vendors: readonly Vendor[], query: string): Vendor[] {
  const q = norm(query);
  if (!q) return [...vendors];
  const scored: { v: Vendor; score: number }[] = [];
  for (const v of vendors) {
    const names = [v.name.en, v.name.zh, v.id, ...v.aliases].map(norm);
    const score = names.some((n) => n.startsWith(q)) ? 2 : names.some((n) => n.includes(q)) ? 1 : 0;
    if (score) scored.push({ v, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.v);
}
