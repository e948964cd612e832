import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../shared/api/queries';
import type { Vendor } from '../shared/api/contract';
import { useViewStore } from '../shared/filters/store';
import { YEAR_MAX, YEAR_MIN, type RegionFilter } from '../shared/filters/state';
import { FILTER_TEXT } from '../shared/filters/filterText';
import { fill } from '../shared/i18n/fill';
import { useLang, useT } from '../shared/i18n/i18n';
import { VendorPicker } from './VendorPicker';
import { RegionConflictLine } from './RegionConflictLine';
import { activeFilterCount, activeFilterSummary } from './filterSummary';
import { conflictText, regionConflict } from './regionConflict';
import { useHeightVar } from './useHeightVar';

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);
const NO_VENDORS: Vendor[] = [];

/** Escape folds the phone's open filter bar (the vendor list, when open, takes Escape first). */
function useEscapeCloses(open: boolean, setOpen: (open: boolean) => void) {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement && e.target.role === 'combobox')) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, setOpen]);
}

/**
 * The shared filters, sticky at the top. On a phone (≤ 600 px, see styles.css)
 * it folds to one line — a "Filters (n)" button and the active filters in a few
 * words — that opens the full bar.
 */
export function FilterBar({ menu }: { menu?: React.ReactNode }) {
  const t = useT();
  const lang = useLang();
  const region = useViewStore((s) => s.region);
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const chosen = useViewStore((s) => s.vendors);
  const setRegion = useViewStore((s) => s.setRegion);
  const setYears = useViewStore((s) => s.setYears);
  const reset = useViewStore((s) => s.reset);
  const vendors = useQuery(listQuery('vendors'));
  const vendorList = vendors.data?.data ?? NO_VENDORS;
  const byId = useMemo(() => new Map(vendorList.map((v) => [v.id, v])), [vendorList]);
  const vendorName = (id: string) => byId.get(id)?.name[lang] ?? id;
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const bar = useRef<HTMLElement>(null);
  useHeightVar(bar, '--filter-bar-height');
  useEscapeCloses(open, setOpen);

  const view = { vendors: chosen, region, from, to };
  const count = activeFilterCount(view);
  const conflict = regionConflict(chosen, region, (id) => byId.get(id)?.region);
  const regions: { value: RegionFilter; label: string }[] = [
    { value: 'all', label: t('regionAll') },
    { value: 'us', label: t('regionUs') },
    { value: 'cn', label: t('regionCn') },
  ];

  return (
    <nav ref={bar} className={`filter-bar${open ? ' is-open' : ''}`} aria-label={t('filters')}>
      <div className="filter-bar__summary">
        <button
          type="button"
          className="btn filter-bar__toggle"
          aria-expanded={open}
          aria-controls={controlsId}
          onClick={() => setOpen((o) => !o)}
          data-testid="filters-toggle"
        >
          {fill(FILTER_TEXT[lang].filtersButton, { n: count })}
          <span className="filter-bar__chevron" aria-hidden="true" />
        </button>
        {/* Folded, the line says what is on, or (in the bar's place) that the vendors and the region clash. */}
        <span className={`filter-bar__active${conflict ? ' filter-bar__active--warn' : ''}`}>
          {conflict ? conflictText(conflict, lang, vendorName) : activeFilterSummary(view, lang, vendorName)}
        </span>
      </div>
      <div id={controlsId} className="filter-bar__controls">
        <VendorPicker vendors={vendorList} loading={vendors.isPending} />
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
      </div>
      <RegionConflictLine vendors={byId} />
      {/* The section menu rides in the sticky bar, so it stays in reach and in the bar's height. */}
      {menu}
    </nav>
  );
}
