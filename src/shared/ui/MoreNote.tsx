import { useLang, useT } from '../i18n/i18n';
import { formatPlain } from '../format/number';
import { fill } from '../i18n/fill';

/**
 * Lines a panel's notes or lists show at most (readings per vendor, price-ladder
 * steps, names): at the article's scale every one; at 100× the data they ran a
 * panel thousands of pixels long and slowed every re-render of the page.
 */
export const NOTE_LIST_CAP = 12;

/** Says how many lines a capped list left out, and how to see them. Nothing when none were. */
export function MoreNote({ hidden }: { hidden: number }) {
  const t = useT();
  const lang = useLang();
  if (hidden <= 0) return null;
  return (
    <p className="panel__more" data-more={hidden}>
      {fill(t('moreNotListed'), { n: formatPlain(hidden, lang, 0) })}
    </p>
  );
}
