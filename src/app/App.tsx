import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useMountSchedule } from './useMountSchedule';
import { useSliceOrder } from './useSliceOrder';
import { listQuery } from '../shared/api/queries';
import type { Vendor } from '../shared/api/contract';
import { useViewStore } from '../shared/filters/store';
import { useUrlSync } from '../shared/filters/useUrlSync';
import { useLang, useT } from '../shared/i18n/i18n';
import type { MessageKey } from '../shared/i18n/messages';
import { Header } from './Header';
import { FilterBar } from './FilterBar';
import { DroppedVendorsNotice } from './DroppedVendorsNotice';
import { HeadlineStrip } from './HeadlineStrip';
import { SectionMenu } from './SectionMenu';
import { Slice } from './Slice';
import { useUnfoldFocusedPanel } from './useUnfoldFocusedPanel';
import { revealPanel } from './sliceFold';

// Each slice is its own chunk, loaded through its index.ts.
const StagesSlice = lazy(() => import('../features/stages').then((m) => ({ default: m.StagesSlice })));
const ComputeSlice = lazy(() => import('../features/compute').then((m) => ({ default: m.ComputeSlice })));
const MonetizationSlice = lazy(() =>
  import('../features/monetization').then((m) => ({ default: m.MonetizationSlice })),
);
const ChinaSlice = lazy(() => import('../features/china').then((m) => ({ default: m.ChinaSlice })));

const SLICES: { id: string; label: MessageKey; Component: React.ComponentType }[] = [
  { id: 'stages', label: 'sliceStages', Component: StagesSlice },
  { id: 'compute', label: 'sliceCompute', Component: ComputeSlice },
  { id: 'monetization', label: 'sliceMonetization', Component: MonetizationSlice },
  { id: 'china', label: 'sliceChina', Component: ChinaSlice },
];

const selectKnownIds = (r: { data: Vendor[] }): ReadonlySet<string> => new Set(r.data.map((v) => v.id));

export function App() {
  // The vendor ids the API knows: a link's ids are checked against them before any panel asks for data.
  const vendors = useQuery({ ...listQuery('vendors'), select: selectKnownIds });
  const known = vendors.data ?? null;
  const { dropped, dismissDropped } = useUrlSync(known);
  // Until the view's vendor ids are known good, the slices wait: an unknown id would fail
  // every vendor-filtered panel with a 400. (If the vendor list itself fails, they go ahead.)
  const vendorsChecked = useViewStore((s) => s.vendors.every((id) => known?.has(id) ?? false)) || vendors.isError;
  const lang = useLang();
  const t = useT();
  const placeholders = useCallback(() => [...document.querySelectorAll('[data-slice-index]')], []);
  const mounted = useMountSchedule(SLICES.length, placeholders);
  // With region China the China market slice comes first (and is mounted first).
  const { ordered, isMounted } = useSliceOrder(SLICES, mounted);
  // A link to a panel (a share link, a headline figure) opens the slice it is in.
  useUnfoldFocusedPanel(mounted);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appName');
  }, [lang, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {lang === 'zh' ? '跳到内容' : 'Skip to content'}
      </a>
      <Header />
      <FilterBar menu={<SectionMenu slices={ordered.map((s) => ({ id: s.id, label: t(s.label) }))} />} />
      <DroppedVendorsNotice ids={dropped} onDismiss={dismissDropped} />
      <main id="main" className="slices">
        <HeadlineStrip enabled={vendorsChecked} onJump={revealPanel} />
        {ordered.map(({ id, label, Component }, i) => (
          <Slice key={id} id={id} title={t(label)}>
            {isMounted(id) && vendorsChecked ? (
              <Suspense fallback={<div className="skeleton skeleton--slice" role="status" aria-label={t('loading')} />}>
                <Component />
              </Suspense>
            ) : (
              // Holds the slice's place (no layout shift when it mounts) until its turn.
              <div className="skeleton skeleton--slice" role="status" aria-label={t('loading')} data-slice-index={i} />
            )}
          </Slice>
        ))}
      </main>
      <footer className="footer">
        <p>{t('footerSource')}</p>
      </footer>
    </>
  );
}
