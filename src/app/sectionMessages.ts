import type { Lang } from '../shared/filters/state';

export const SECTION_TEXT = {
  en: {
    menu: 'Sections',
    folded: 'folded',
  },
  zh: {
    menu: '板块',
    folded: '已折叠',
  },
} satisfies Record<Lang, Record<string, string>>;
