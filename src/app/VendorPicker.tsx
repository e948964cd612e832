import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Vendor } from '../shared/api/contract';
import { useViewStore } from '../shared/filters/store';
import { pick, useLang, useT } from '../shared/i18n/i18n';
import { vendorColor } from '../shared/charts/palette';
import { FILTER_TEXT, regionName } from '../shared/filters/filterText';
import { fill } from '../shared/i18n/fill';
import { pickerOptions, type PickerOption } from './vendorSearch';

/** How far the page may scroll under an open list before it closes (a phone scrolls the input into view). */
const SCROLL_CLOSE_PX = 24;

/** Closes the list when the page scrolls (the list would float away from its input). */
function useCloseOnScroll(open: boolean, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const y0 = window.scrollY;
    const onScroll = () => {
      if (Math.abs(window.scrollY - y0) > SCROLL_CLOSE_PX) close();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [open, close]);
}

/**
 * Searchable multi-select of vendors (combobox + listbox), keyboard operable.
 * With a region chosen, the vendors outside it are greyed out and cannot be
 * picked (they could only empty the page). The list closes after a pick and
 * when the page scrolls.
 */
export function VendorPicker({ vendors, loading }: { vendors: Vendor[]; loading: boolean }) {
  const t = useT();
  const lang = useLang();
  const selected = useViewStore((s) => s.vendors);
  const toggle = useViewStore((s) => s.toggleVendor);
  const clear = useViewStore((s) => s.clearVendors);
  const region = useViewStore((s) => s.region);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const matches = useMemo(() => pickerOptions(vendors, query, region, 12), [vendors, query, region]);
  const byId = useMemo(() => new Map(vendors.map((v) => [v.id, v])), [vendors]);
  const closeList = useCallback(() => setOpen(false), []);
  useCloseOnScroll(open, closeList);
  const outsideNote =
    region === 'all' ? '' : fill(FILTER_TEXT[lang].outsideRegion, { region: regionName(region, lang) });

  function choose(o: PickerOption | undefined) {
    if (!o || o.outside) return;
    toggle(o.vendor.id);
    setQuery('');
    setOpen(false);
  }

  return (
    <div className="vendor-picker">
      <label htmlFor={inputId} className="vendor-picker__label">
        {t('vendors')}
      </label>
      <div className="vendor-picker__chips">
        {selected.map((id) => {
          const v = byId.get(id);
          const name = v ? pick(v.name, lang) : id;
          return (
            <button
              key={id}
              type="button"
              className="chip"
              onClick={() => toggle(id)}
              aria-label={`${t('clear')} ${name}`}
              data-chip={id}
            >
              <span className="chip__dot" style={{ background: vendorColor(id) }} aria-hidden="true" />
              {name} <span aria-hidden="true">×</span>
            </button>
          );
        })}
        {selected.length > 0 && (
          <button type="button" className="btn btn--small btn--ghost" onClick={clear}>
            {t('clearVendors')}
          </button>
        )}
      </div>
      <div className="vendor-picker__box">
        <input
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches[active] ? `${listId}-${matches[active]!.vendor.id}` : undefined}
          placeholder={loading ? t('loading') : t('vendorSearch')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, matches.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              choose(matches[active]);
            } else if (e.key === 'Escape') setOpen(false);
          }}
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            aria-multiselectable="true"
            aria-label={t('vendors')}
            className="vendor-picker__list"
          >
            {matches.length === 0 ? (
              <li role="option" aria-selected={false} aria-disabled="true" className="vendor-picker__none">
                {t('noVendorMatch')}
              </li>
            ) : (
              matches.map((o, i) => {
                const v = o.vendor;
                return (
                  <li
                    key={v.id}
                    id={`${listId}-${v.id}`}
                    role="option"
                    aria-selected={selected.includes(v.id)}
                    aria-disabled={o.outside || undefined}
                    data-vendor={v.id}
                    className={`vendor-picker__option${i === active ? ' is-active' : ''}${o.outside ? ' is-outside' : ''}`}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      choose(o);
                    }}
                  >
                    <span className="chip__dot" style={{ background: vendorColor(v.id) }} aria-hidden="true" />
                    {pick(v.name, lang)}{' '}
                    <span className="vendor-picker__alt">{lang === 'en' ? v.name.zh : v.name.en}</span>
                    {o.outside ? <span className="vendor-picker__outside">{outsideNote}</span> : null}
                  </li>
                );
              })
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
