import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../shared/api/queries';
import { useListFilters } from '../shared/filters/useListFilters';
import { useLang } from '../shared/i18n/i18n';
import { fill } from '../shared/i18n/fill';
import { useSourceIndex } from '../shared/ui/useSources';
import { HEADLINE_PICKS, headlineMetricKeys, headlineView, selectHeadlines } from './headlines';
import { HEADLINE_TEXT } from './headlineMessages';
import { HeadlineFigure } from './HeadlineFigure';
import './headlines.css';

const METRIC_KEYS = headlineMetricKeys(HEADLINE_PICKS);

interface Props {
  /** False while a link's vendor ids are being checked (an unknown id would fail the request). */
  enabled: boolean;
  /** Unfolds the slice that holds a panel, before a link jumps to it. */
  onJump: (panelId: string) => void;
}

/**
 * The article's key figures above the slices. One request: the picked metric
 * keys under the current filters, so a figure the filters exclude steps aside
 * exactly as it would in its panel. The source sentences come from the shared
 * sources query every tooltip uses.
 */
export function HeadlineStrip({ enabled, onJump }: Props) {
  const lang = useLang();
  const tx = HEADLINE_TEXT[lang];
  const filters = useListFilters();
  const q = useQuery({ ...listQuery('metrics', { ...filters, metric: METRIC_KEYS }), enabled });
  const sources = useSourceIndex();

  let body: React.ReactNode;
  if (q.isError) {
    body = (
      <p className="headlines__line" role="alert">
        {tx.failed}{' '}
        <button type="button" className="btn btn--small" onClick={() => void q.refetch()}>
          {tx.retry}
        </button>
      </p>
    );
  } else if (!q.data) {
    body = (
      <ul className="headlines__list" aria-hidden="true">
        {HEADLINE_PICKS.map((p) => (
          <li key={p.id} className="headline headline--skeleton">
            <span className="headline__figure">
              <span className="headline__value">&nbsp;</span>
              <span className="headline__label" />
            </span>
            <span className="headline__meta">
              <span className="kind">&nbsp;</span>
              <span className="headline__period">&nbsp;</span>
            </span>
            <span className="headline__link">&nbsp;</span>
          </li>
        ))}
      </ul>
    );
  } else {
    const { shown, aside } = selectHeadlines(HEADLINE_PICKS, q.data.data);
    body =
      shown.length === 0 ? (
        <p className="headlines__line" role="status" data-testid="headlines-none">
          {tx.noneShown}
        </p>
      ) : (
        <>
          <ul className="headlines__list">
            {shown.map(({ pick, metric }) => (
              <HeadlineFigure
                key={metric.id}
                view={headlineView(pick, metric, sources.get(metric.sourceId), lang)}
                lang={lang}
                onJump={onJump}
              />
            ))}
          </ul>
          {aside.length > 0 ? (
            <p className="headlines__aside" data-testid="headlines-aside">
              {aside.length === 1 ? tx.oneAside : fill(tx.someAside, { n: aside.length })}
            </p>
          ) : null}
        </>
      );
  }

  return (
    <section
      // The language on the strip itself: <html lang> is set after the first paint.
      className={`headlines headlines--${lang}`}
      aria-labelledby="headlines-title"
      data-testid="headlines"
      aria-busy={!q.data && !q.isError ? true : undefined}
    >
      <div className="headlines__head">
        <h2 id="headlines-title" className="headlines__title">
          {tx.title}
        </h2>
        <p className="headlines__hint">{tx.hint}</p>
      </div>
      {body}
    </section>
  );
}
