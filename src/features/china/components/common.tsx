import { useCallback } from 'react';
import type { Metric, SourceKind, VendorGroup } from '../../../shared/api/contract';
import { useViewStore } from '../../../shared/filters/store';
import type { FilterUse, ListFilters } from '../../../shared/filters/state';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { SourceQuoteInline } from '../../../shared/ui/SourceQuote';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import { useSourceIndex } from '../../../shared/ui/useSources';
import { chinaMessages } from '../messages';
import { chinaFilters, regionExcludesChina } from '../model/region';

export type ChinaMessages = (typeof chinaMessages)['en'];

/** The slice's messages in the reader's language. */
export function useChinaMessages(): ChinaMessages {
  return chinaMessages[useLang()];
}

/** The shared filters a panel uses, the panel's own China filters, and whether the region filter excludes China. */
export function useChinaScope(uses: FilterUse): { shared: ListFilters; own: ListFilters; excluded: boolean } {
  const shared = useListFilters(uses);
  const region = useViewStore((s) => s.region);
  return { shared, own: chinaFilters(shared), excluded: uses.region && regionExcludesChina(region) };
}

/** The kind (reported, forecast, claim …) of a source sentence; 'reported' until sources load. */
export function useKindOf(): (sourceId: string) => SourceKind {
  const sources = useSourceIndex();
  return useCallback((id: string) => sources.get(id)?.kind ?? 'reported', [sources]);
}

/** Height of a chart title (h4.chart-heading: 0.85rem × 1.45 line height + its margins), for Panel's chartHeight. */
export const CHART_TITLE_HEIGHT = 28;

export function groupLabel(g: VendorGroup, m: ChinaMessages): string {
  switch (g) {
    case 'little-dragon':
      return m.groupLittleDragon;
    case 'bat':
      return m.groupBat;
    case 'internet-platform':
      return m.groupInternet;
    case 'vertical':
      return m.groupVertical;
    default:
      return m.groupOther;
  }
}

export function boundLabel(b: Metric['bound'], m: ChinaMessages): string {
  return { exact: m.boundExact, approx: m.boundApprox, range: m.boundRange, lower: m.boundLower, upper: m.boundUpper }[
    b
  ];
}

/** A note line with the sentence it rests on: statement, kind, and the article's words. */
export function SourcedNote({ text, sourceId }: { text: string; sourceId: string }) {
  const lang = useLang();
  const src = useSourceIndex().get(sourceId);
  return (
    <p className="china-note">
      {text}
      {src ? (
        <>
          {' '}
          <span className={`kind kind--${src.kind}`}>{kindLabel(src.kind, lang)}</span>{' '}
          <SourceQuoteInline source={src} lang={lang} className="china-note__quote" />
        </>
      ) : null}
    </p>
  );
}
