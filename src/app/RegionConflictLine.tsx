import type { Vendor } from '../shared/api/contract';
import { useViewStore } from '../shared/filters/store';
import { FILTER_TEXT } from '../shared/filters/filterText';
import { useLang, useT } from '../shared/i18n/i18n';
import { conflictText, regionConflict, removeOutsideLabel } from './regionConflict';

/**
 * A line in the filter bar when the chosen vendors and region work against each
 * other (OpenAI + China: nothing can match), with the fixes one click away.
 * The live region is always there, so a screen reader announces the line.
 */
export function RegionConflictLine({ vendors }: { vendors: ReadonlyMap<string, Vendor> }) {
  const t = useT();
  const lang = useLang();
  const chosen = useViewStore((s) => s.vendors);
  const region = useViewStore((s) => s.region);
  const setRegion = useViewStore((s) => s.setRegion);
  const setVendors = useViewStore((s) => s.setVendors);
  const clearVendors = useViewStore((s) => s.clearVendors);
  const conflict = regionConflict(chosen, region, (id) => vendors.get(id)?.region ?? undefined);
  const name = (id: string) => vendors.get(id)?.name[lang] ?? id;
  return (
    <div className="filter-bar__conflict" role="status" data-testid="filter-conflict">
      {conflict && (
        <>
          <p>{conflictText(conflict, lang, name)}</p>
          {conflict.all ? (
            <>
              <button type="button" className="btn btn--small" onClick={() => setRegion('all')}>
                {FILTER_TEXT[lang].showAllRegions}
              </button>
              <button type="button" className="btn btn--small" onClick={clearVendors}>
                {t('clearVendors')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setVendors(chosen.filter((id) => !conflict.outside.includes(id)))}
            >
              {removeOutsideLabel(conflict, lang, name)}
            </button>
          )}
        </>
      )}
    </div>
  );
}
