import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../shared/api/queries';
import { useViewStore } from '../shared/filters/store';
import { YEAR_MAX, YEAR_MIN, type RegionFilter } from '../shared/filters/state';
import { useT } from '../shared/i18n/i18n';
import { VendorPicker } from './VendorPicker';

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);

export function FilterBar() {
  const t = useT();
  const region = useViewStore((s) => s.region);
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const setRegion = useViewStore((s) => s.setRegion);
  const setYears = useViewStore((s) => s.setYears);
  const reset = useViewStore((s) => s.reset);
  const vendors = useQuery(listQuery('vendors'));

  const regions: { value: RegionFilter; label: string }[] = [
    { value: 'all', label: t('regionAll') },
    { value: 'us', label: t('regionUs') },
    { value: 'cn', label: t('regionCn') },
  ];

  return (
    <nav className="filter-bar" aria-label={t('filters')}>
      <VendorPicker vendors={vendors.data?.data ?? []} loading={vendors.isPending} />
      <fieldset className="filter-bar__group">
        <legend>{t('region')}</legend>
        <div className="seg filter-bar__row">
          {regions.map((r) => (
            <button
              key={r.value}
              type="button"
              className="seg__btn"
              aria-pressed={region === r.value}
              data-region={r.value}
              onClick={() => setRegion(r.value)}
            >
              {r.label}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-bar__group">
        <legend>{t('timeRange')}</legend>
        <div className="filter-bar__row">
          <label className="filter-bar__year">
            {t('from')}
            <select
              value={from}
              onChange={(e) => setYears(Number(e.target.value), Math.max(Number(e.target.value), to))}
              data-testid="year-from"
            >
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-bar__year">
            {t('to')}
            <select
              value={to}
              onChange={(e) => setYears(Math.min(from, Number(e.target.value)), Number(e.target.value))}
              data-testid="year-to"
            >
              {YEARS.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <button type="button" className="btn btn--ghost" onClick={reset}>
        {t('resetAll')}
      </button>
    </nav>
  );
}
