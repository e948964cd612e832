import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useViewStore } from '../filters/store';
import { ignoredFilters, YEAR_MAX, YEAR_MIN, type FilterUse } from '../filters/state';
import { clearLabel, emptyLineText, filtersToName, type FilterName } from '../filters/filterText';
import { useListFilters } from '../filters/useListFilters';
import { useLang, useT } from '../i18n/i18n';
import { errorText } from './errorText';
import type { MessageKey } from '../i18n/messages';
import { DataTable } from './DataTable';
import type { TableSpec } from './table';
import { useEmptiedBy, type EmptyProbe } from './useEmptiedBy';
import { PanelExtras } from './panelExtras';
import { PanelLegend } from './Legend';
import { LiveGate } from './LiveGate';
import { ChartsDrawnContext } from './ChartBox';
import { useLiveChart } from './useLiveChart';
import type { LegendItem } from './legend';
import { useVendorIndex } from './useVendors';

export interface PanelStatus {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  /** Showing the previous answer while the one for the new filters loads (keepPreviousData). */
  isPlaceholderData?: boolean;
}

export interface PanelProps {
  /** Stable id: anchors (#panel-<id>), file names, tests. */
  id: string;
  title: string;
  /** Unit, currency and period. */
  subtitle: string;
  /** The shared filters this panel takes part in; the others are named as not applying. */
  uses: FilterUse;
  status: PanelStatus;
  isEmpty: boolean;
  emptyProbe?: EmptyProbe;
  /**
   * The panel's data as a table, built when asked for (shown, or exported as CSV):
   * at scale a table has thousands of formatted cells, and most renders never show it.
   */
  table: () => TableSpec;
  /** Legend entries; vendor entries toggle the shared vendor filter. */
  legend?: LegendItem[];
  /** Panel-specific controls (mode switches, sort). */
  controls?: ReactNode;
  /** Notes under the chart: derived figures, thinning, readings. */
  notes?: ReactNode;
  /**
   * Height the loading state holds for the children (charts, captions, lists):
   * their real height, as near as it can be told before the data, so the page
   * moves as little as may be when the data arrives. (Each chart, a ChartBox,
   * holds its own height until it first draws.)
   */
  chartHeight?: number;
  /**
   * What sits under the chart but is not held or frozen with it: a control that
   * needs no data (the timeline's range brush), shown while loading too so it
   * holds its place, or lists drawn from the data (empty while loading). A chart
   * in it (a ChartBox) draws with the panel's charts, not in the loading state.
   */
  footer?: ReactNode;
  children: ReactNode;
}

const FILTER_LABEL: Record<keyof FilterUse, MessageKey> = {
  vendor: 'filterVendor',
  region: 'filterRegion',
  time: 'filterTime',
};

/**
 * Clears one shared filter (an emptied panel's offer), then puts focus on the
 * panel's heading: the button goes away as the panel unfolds.
 */
function useClearFilter(headingId: string): (f: FilterName) => void {
  const clearVendors = useViewStore((s) => s.clearVendors);
  const setRegion = useViewStore((s) => s.setRegion);
  const setYears = useViewStore((s) => s.setYears);
  return (f) => {
    if (f === 'vendor') clearVendors();
    else if (f === 'region') setRegion('all');
    else setYears(YEAR_MIN, YEAR_MAX);
    document.getElementById(headingId)?.focus({ preventScroll: true });
  };
}

/** The frame every panel shares: title, states, table toggle, filter notes, export hook. */
export function Panel(props: PanelProps) {
  const {
    id,
    title,
    subtitle,
    uses,
    status,
    isEmpty,
    emptyProbe,
    table,
    legend = [],
    controls,
    notes,
    chartHeight = 280,
    footer,
    children,
  } = props;
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const hasChart = !status.isPending && !status.isError && !isEmpty && !showTable;
  const { live, reveal } = useLiveChart(sectionRef, hasChart, uses);
  // Whether the chart has really drawn (its gate has been live with content): only then is
  // there a chart to keep, hidden, while a filter empties the panel. A chart that was about
  // to start when the panel emptied has drawn nothing, and its placeholder must not stay.
  const gateLive = live && !isEmpty;
  const [drawn, setDrawn] = useState(false);
  if (gateLive && !drawn) setDrawn(true); // adjusting state while rendering: no extra commit
  const focused = useViewStore((s) => s.focus === id);
  // Subscribe only to what this panel uses: a change of a filter it ignores re-renders
  // it only when the "does not apply" note itself changes.
  const ignoredKey = useViewStore((s) => ignoredFilters(s, uses).join(','));
  const ignored = ignoredKey ? (ignoredKey.split(',') as (keyof FilterUse)[]) : [];
  const filters = useListFilters(uses);
  const ready = !status.isPending && !status.isError;
  const emptiedBy = useEmptiedBy(emptyProbe, filters, ready && isEmpty);
  // Emptied (by a filter, or by the data): the panel folds to one line under its title, and
  // with no chart drawn to keep, that line is all it shows.
  const collapsed = ready && isEmpty;
  const vendorIndex = useVendorIndex();
  const clearFilter = useClearFilter(headingId);

  useEffect(() => {
    if (focused && ready) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [focused, ready]);

  const named = filtersToName(emptiedBy, filters);
  const emptyNote = (
    <div className="panel__empty-line" data-emptied-by={named.join(' ') || undefined}>
      <p className="panel__empty-text" role="status">
        {emptyLineText(named, filters, lang, (vid) => {
          const v = vendorIndex.get(vid);
          return v ? v.name[lang] : vid;
        })}
      </p>
      {named.map((f) => (
        <button
          key={f}
          type="button"
          className="btn btn--small panel__clear"
          data-clear={f}
          onClick={() => clearFilter(f)}
        >
          {clearLabel(f, lang)}
        </button>
      ))}
    </div>
  );

  return (
    <article
      ref={sectionRef}
      id={`panel-${id}`}
      className={`panel${focused ? ' panel--focused' : ''}${collapsed ? ' panel--collapsed' : ''}`}
      aria-labelledby={headingId}
      data-panel={id}
      data-state={status.isPending ? 'loading' : status.isError ? 'error' : isEmpty ? 'empty' : 'ready'}
      // Updating: the panel still shows the answer to the previous filters (dimmed if that lasts).
      aria-busy={ready && status.isPlaceholderData ? true : undefined}
    >
      <header className="panel__head">
        <div>
          <h3 id={headingId} className="panel__title" tabIndex={-1}>
            {title}
          </h3>
          <p className="panel__subtitle" hidden={collapsed}>
            {subtitle}
          </p>
        </div>
        {collapsed ? emptyNote : null}
        {/* Kept mounted while folded (the export registry and a link's focus hold live in it). */}
        <div className="panel__tools" hidden={collapsed}>
          {controls}
          <button
            type="button"
            className="btn btn--small"
            aria-pressed={showTable}
            onClick={() => setShowTable((v) => !v)}
            disabled={!ready || isEmpty}
          >
            {showTable ? t('showChart') : t('showTable')}
          </button>
          <PanelExtras
            id={id}
            title={title}
            subtitle={subtitle}
            table={table}
            legend={legend}
            chartRef={chartRef}
            reveal={reveal}
            ready={ready && !isEmpty}
          />
        </div>
      </header>
      {ignored.length > 0 && !collapsed && (
        <p className="panel__na">
          {ignored.map((f) => t(FILTER_LABEL[f])).join(', ')}
          {t('notApplicable')}
        </p>
      )}
      <div className="panel__body">
        {status.isPending ? (
          // The shapes of what comes: the chart's height, the footer, a row of legend.
          <div className="panel__chart">
            <div className="skeleton" role="status" aria-live="polite" style={{ minHeight: chartHeight }}>
              <span className="visually-hidden">{t('loading')}</span>
            </div>
            {/* A chart in the footer (the range brush) holds its place until the panel draws. */}
            <ChartsDrawnContext.Provider value={false}>{footer}</ChartsDrawnContext.Provider>
            <div className="panel__legend-room" aria-hidden="true" />
          </div>
        ) : status.isError ? (
          <div className="panel__error" role="alert">
            <p>
              <strong>{t('errorTitle')}</strong>
            </p>
            <p className="panel__error-msg">{errorText(status.error, lang)}</p>
            <button type="button" className="btn" onClick={() => void status.refetch()}>
              {t('retry')}
            </button>
          </div>
        ) : isEmpty && !drawn ? null : showTable && !isEmpty ? (
          <DataTable spec={table()} caption={`${title} — ${subtitle}`} />
        ) : (
          // A chart that has drawn stays mounted while a filter empties the panel: folded away
          // at its own width (no resize, so no redraw) and frozen (LiveGate skips while not
          // live). When the data comes back it updates instead of mounting again.
          // The gate renders once when it mounts (with the data): the text is drawn and each
          // chart (ChartBox) holds a placeholder of its own height until the panel first goes
          // live. After that it skips every update while not live, as a drawn chart does.
          <div ref={chartRef} className={`panel__chart${isEmpty ? ' panel__chart--emptied' : ''}`}>
            <div className="panel__chart-hold" inert={isEmpty} aria-hidden={isEmpty || undefined}>
              <ChartsDrawnContext.Provider value={drawn}>
                <LiveGate live={gateLive} frozen={status.isPlaceholderData === true}>
                  {children}
                </LiveGate>
                {footer}
              </ChartsDrawnContext.Provider>
              <PanelLegend items={legend} label={`${title}: ${t('legend')}`} />
            </div>
          </div>
        )}
      </div>
      {ready && !isEmpty && notes ? <div className="panel__notes">{notes}</div> : null}
    </article>
  );
}
