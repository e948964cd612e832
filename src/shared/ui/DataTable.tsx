import type { TableSpec } from './table';
import { useSourceIndex } from './useSources';
import { useLang } from '../i18n/i18n';
import { QUOTE_LANG } from '../format/quote';
import './dataTable.css';

export function DataTable({ spec, caption }: { spec: TableSpec; caption: string }) {
  const sources = useSourceIndex();
  const lang = useLang();
  const columns = spec.columns.filter((c) => !c.csvOnly);
  return (
    // A region the keyboard can scroll (a phone's table scrolls sideways under its sticky first column):
    // a scrolling box must be focusable (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region is scrolled with the keyboard
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.source ? <SourceCell sources={sources} id={row[c.key]} lang={lang} /> : (row[c.key] ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The article's sentence as written (tagged traditional Chinese); in English its translation follows. */
function SourceCell({
  sources,
  id,
  lang,
}: {
  sources: ReturnType<typeof useSourceIndex>;
  id: unknown;
  lang: 'en' | 'zh';
}) {
  const s = typeof id === 'string' ? sources.get(id) : undefined;
  if (!s) return <span className="data-table__source">{typeof id === 'string' ? id : '—'}</span>;
  return (
    <span className="data-table__source">
      <span lang={QUOTE_LANG}>{s.quote}</span>
      {lang === 'en' ? <span lang="en"> — {s.en}</span> : null}
    </span>
  );
}
