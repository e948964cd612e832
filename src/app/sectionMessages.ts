import type { Lang } from '../shared/filters/state';

export const SECTION_TEXT: Record<Lang, { menu: string; folded: string; short: Record<string, string> }> = {
  en: {
    menu: 'Sections',
    short: { stages: 'Stages', compute: 'Compute', monetization: 'Monetization', china: 'China market' },
    folded: 'folded',
  },
  zh: {
    menu: '板块',
    short: { stages: '竞赛阶段', compute: '算力与成本', monetization: '商业变现', china: '中国市场' },
    folded: '已折叠',
  },
};

/** A slice's short name for the section menu (it must fit a phone's width), or null to use its title. */
export function shortSliceName(id: string, lang: Lang): string | null {
  const short: Readonly<Record<string, string>> = SECTION_TEXT[lang].short;
  return short[id] ?? null;
}
