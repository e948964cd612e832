import type { Lang } from '../filters/state';

export const LOCALE: Record<Lang, string> = { en: 'en-US', zh: 'zh-CN' };

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * One Intl.NumberFormat per language and options, made once: building one
 * costs far more than formatting with it, and charts format every tick and
 * label on every render.
 */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], options);
    numberFormats.set(key, f);
  }
  return f;
}

const collators = new Map<Lang, Intl.Collator>();

export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(LOCALE[lang]);
    collators.set(lang, c);
  }
  return c;
}
