/**
 * The language of the article's sentences: the seed text is in traditional
 * characters, so a browser picks traditional glyphs for them and a screen
 * reader the right voice (the Chinese view itself is simplified, zh-CN).
 * Sentences are shown exactly as sources.json holds them (the seed's pinyin
 * readings such as 戰(zhàn) and its other artefacts included), never trimmed.
 */
export const QUOTE_LANG = 'zh-Hant';

/** A source sentence and its English translation, as sources.json holds them. */
export interface QuotedSource {
  quote: string;
  en: string;
}
