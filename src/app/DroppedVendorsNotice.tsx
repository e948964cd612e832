import { fill } from '../shared/i18n/fill';
import { useLang, useT } from '../shared/i18n/i18n';

/** Ids named in the notice; a link with dozens of bad ids gets a count for the rest. */
const SHOWN = 5;

/**
 * One line under the filter bar naming the vendor ids a link held that the API
 * does not know (dropped from the view and the URL), with a Dismiss button.
 * The live region is always there, so a screen reader announces the line when it appears.
 */
export function DroppedVendorsNotice({ ids, onDismiss }: { ids: string[]; onDismiss: () => void }) {
  const t = useT();
  const lang = useLang();
  const shown = ids.length > SHOWN ? [...ids.slice(0, SHOWN), `+${ids.length - SHOWN}`] : ids;
  return (
    <div className="link-notice" role="status" aria-label={t('linkNotice')} data-testid="link-notice">
      {ids.length > 0 && (
        <>
          <p>
            {fill(t(ids.length === 1 ? 'droppedVendor' : 'droppedVendors'), {
              ids: shown.join(lang === 'zh' ? '、' : ', '),
            })}
          </p>
          <button type="button" className="btn btn--small btn--ghost" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
