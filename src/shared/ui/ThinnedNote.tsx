import { useLang, useT } from '../i18n/i18n';
import { formatPlain } from '../format/number';
import { fill } from '../i18n/fill';

/** The panel note a thinned chart must carry: how many marks it shows of how many, and that the table has all. */
export function ThinnedNote({ shown, total, what }: { shown: number; total: number; what: string }) {
  const t = useT();
  const lang = useLang();
  const text = fill(t('thinnedNote'), {
    shown: formatPlain(shown, lang, 0),
    total: formatPlain(total, lang, 0),
    what,
  });
  return (
    <p className="panel__thinned" data-thinned={`${shown}/${total}`}>
      {text}
    </p>
  );
}
