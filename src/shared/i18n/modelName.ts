import type { Lang } from '../filters/state';

/** What a model, product or chip is called in a language: its Chinese name in Chinese where it has one. */
export function modelName(m: { name: string; nameZh?: string | undefined }, lang: Lang): string {
  return lang === 'zh' && m.nameZh ? m.nameZh : m.name;
}
