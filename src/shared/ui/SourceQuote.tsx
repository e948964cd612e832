import type { Lang } from '../filters/state';
import { QUOTE_LANG, type QuotedSource } from '../format/quote';
import './sourceQuote.css';

/**
 * The article's sentence behind a figure, exactly as written (traditional
 * characters and the seed's artefacts kept), in quotation marks; in English
 * its translation follows.
 */
export function SourceQuoteBlock({ source, lang }: { source: QuotedSource; lang: Lang }) {
  return (
    <blockquote className="tip__quote">
      <p lang={QUOTE_LANG}>“{source.quote}”</p>
      {lang === 'en' ? (
        <p className="tip__en" lang="en">
          {source.en}
        </p>
      ) : null}
    </blockquote>
  );
}

/** The same, inside a line of text (a list item, a note): the sentence quoted, in English its translation after a dash. */
export function SourceQuoteInline({
  source,
  lang,
  className,
}: {
  source: QuotedSource;
  lang: Lang;
  className?: string;
}) {
  return (
    <>
      <q lang={QUOTE_LANG} className={className}>
        {source.quote}
      </q>
      {lang === 'en' ? (
        <span className="source-quote__en" lang="en">
          {' '}
          — {source.en}
        </span>
      ) : null}
    </>
  );
}
