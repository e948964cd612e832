import type { TableSpec } from './table';
import { useSourceIndex } from './useSources';
import { useLang } from '../i18n/i18n';
import { displayQuote } from '../format/quote';

export function DataTable({ spec, caption }: { spec: TableSpec; caption: string }) {
  const sources = useSourceIndex();
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {spec.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, i) => (
            <tr key={i}>
              {spec.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.source ? <SourceCell text={sourceText(sources, row[c.key], lang)} /> : (row[c.key] ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function sourceText(sources: ReturnType<typeof useSourceIndex>, id: unknown, lang: 'en' | 'zh'): string {
  const s = typeof id === 'string' ? sources.get(id) : undefined;
  if (!s) return typeof id === 'string' ? id : '—';
  return lang === 'en' ? `${displayQuote(s.quote)} — ${s.en}` : displayQuote(s.quote);
}

function SourceCell({ text }: { text: string }) {
  return <span className="data-table__source">{text}</span>;
}
