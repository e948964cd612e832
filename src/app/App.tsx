import { lazy, Suspense, useCallback, useEffect } from 'react';
import { useMountSchedule } from './useMountSchedule';
import { useUrlSync } from '../shared/filters/useUrlSync';
import { useLang, useT } from '../shared/i18n/i18n';
import type { MessageKey } from '../shared/i18n/messages';
import { Header } from './Header';
import { FilterBar } from './FilterBar';

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

export function App() {
  useUrlSync();
  const lang = useLang();
  const t = useT();
  const placeholders = useCallback(() => [...document.querySelectorAll('[data-slice-index]')], []);
  const mounted = useMountSchedule(SLICES.length, placeholders);
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
      <FilterBar />
      <main id="main" className="slices">
        {SLICES.map(({ id, label, Component }, i) => (
          <section key={id} className="slice" id={`slice-${id}`} aria-labelledby={`slice-${id}-title`}>
            <h2 id={`slice-${id}-title`} className="slice__title">
              {t(label)}
            </h2>
            {i < mounted ? (
              <Suspense fallback={<div className="skeleton skeleton--slice" role="status" aria-label={t('loading')} />}>
                <Component />
              </Suspense>
            ) : (
              // Holds the slice's place (no layout shift when it mounts) until its turn.
              <div className="skeleton skeleton--slice" role="status" aria-label={t('loading')} data-slice-index={i} />
            )}
          </section>
        ))}
      </main>
      <footer className="footer">
        <p>{t('footerSource')}</p>
      </footer>
    </>
  );
}
