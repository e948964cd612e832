import { useViewStore } from '../filters/store';
import type { Lang } from '../filters/state';
import type { LocalizedText, SourceKind } from '../api/contract';
import { messages, type MessageKey } from './messages';

export function translate(lang: Lang, key: MessageKey): string {
  return messages[lang][key];
}

export function useLang(): Lang {
  return useViewStore((s) => s.lang);
}

/** `t('retry')` in the current language. */
export function useT(): (key: MessageKey) => string {
  const lang = useLang();
  return (key) => messages[lang][key];
}

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** Strings a slice keeps for itself, in both languages. */
export type SliceMessages<K extends string> = Record<Lang, Record<K, string>>;

const KIND_KEY: Record<SourceKind, MessageKey> = {
  reported: 'kindReported',
  guidance: 'kindGuidance',
  estimate: 'kindEstimate',
  forecast: 'kindForecast',
  target: 'kindTarget',
  claim: 'kindClaim',
};

export function kindLabel(kind: SourceKind, lang: Lang): string {
  return messages[lang][KIND_KEY[kind]];
}
