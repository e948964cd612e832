import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Modality } from '../../../shared/api/contract';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang } from '../../../shared/i18n/i18n';
import { formatPartialDate } from '../../../shared/format/number';
import { vendorColor } from '../../../shared/charts/palette';
import { Panel } from '../../../shared/ui/Panel';
import { MoreNote, NOTE_LIST_CAP } from '../../../shared/ui/MoreNote';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import { stagesQueries } from '../api/queries';
import {
  firstOutputGrid,
  firstOutputPerVendor,
  matrixCells,
  matrixColumns,
  matrixRows,
  matrixShownRows,
  modalitiesNotStated,
  modalityTable,
  type MatrixCell,
} from '../model/modalities';
import { stagesMessages } from '../messages';
import { useKindOf } from './useKindOf';
import { rangeLabel, withPeriod } from '../model/period';
import { StableReferenceArea } from '../../../shared/charts/stableReference';

const USES = { vendor: true, region: true, time: true };
const ROW_H = 22;
const CELL = 14;

export function ModalitiesPanel() {
  const lang = useLang();
  const m = stagesMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(stagesQueries.models(filters));
  const vendors = useVendorIndex();
  const kindOf = useKindOf();
  const timeSet = filters.from !== undefined;
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);

  /** Chips and servers have no modalities to state: left out here. */
  const models = (query.data?.data ?? []).filter((x) => x.kind !== 'chip' && x.kind !== 'server');
  const modLabel: Record<Modality, string> = {
    text: m.modText,
    image: m.modImage,
    audio: m.modAudio,
    video: m.modVideo,
    '3d': m.mod3d,
  };
  const allRows = matrixRows(models, vendors, lang);
  /** The rows drawn: every row at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const capped = matrixShownRows(allRows);
  const rows = capped.shown;
  const columns = matrixColumns(allRows);
  const cells = matrixCells(
    rows,
    columns,
    lang,
    { input: m.input, output: m.output, modality: modLabel, stated: m.stated },
    kindOf,
  );
  const notStated = modalitiesNotStated(models, lang);
  const outputMods = columns.filter((c) => c.direction === 'output').map((c) => c.modality);
  const grid = firstOutputGrid(firstOutputPerVendor(allRows), outputMods);
  const nIn = columns.filter((c) => c.direction === 'input').length;
  const height = Math.max(200, rows.length * ROW_H + 64);
  const legend = [...new Map(rows.map((r) => [r.vendorId, r.vendorName]))].map(([id, name]) => ({
    key: id,
    label: name,
    color: vendorColor(id),
    vendorId: id,
  }));

  return (
    <Panel
      id="modalities"
      title={m.modTitle}
      subtitle={withPeriod(m.modSubtitle, rangeLabel(from, to))}
      uses={USES}
      status={query}
      isEmpty={allRows.length === 0}
      emptyProbe={{ endpoint: 'models' }}
      chartHeight={height}
      table={() =>
        modalityTable(
          allRows,
          lang,
          { modality: modLabel, notStated: m.modNone },
          {
            model: m.model,
            vendor: m.vendor,
            released: m.released,
            input: m.input,
            output: m.output,
            kind: m.kind,
            source: m.source,
          },
          kindOf,
        )
      }
      legend={legend}
      notes={
        <>
          {capped.thinned ? <ThinnedNote shown={rows.length} total={capped.total} what={m.modThinnedWhat} /> : null}
          <p>
            {m.modEmptyCell}. {m.modChipsOut}
          </p>
          {notStated.length > 0 ? (
            <p>
              {m.modNotStated}: {notStated.slice(0, NOTE_LIST_CAP).join(', ')}.
            </p>
          ) : null}
          <MoreNote hidden={notStated.length - NOTE_LIST_CAP} />
          {timeSet ? <p>{m.modFilterNote}</p> : null}
          {grid.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table">
                <caption>
                  {m.firstTitle} — {m.firstCaption}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{m.vendor}</th>
                    {outputMods.map((mod) => (
                      <th key={mod} scope="col">
                        {m.output}: {modLabel[mod]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grid.slice(0, NOTE_LIST_CAP).map((g) => (
                    <tr key={g.vendorId}>
                      <th scope="row">{g.vendorName}</th>
                      {outputMods.map((mod) => {
                        const f = g.cells[mod];
                        return (
                          <td key={mod}>
                            {f
                              ? `${f.date ? formatPartialDate(f.date, lang) : m.firstUndated} (${f.models.join(', ')})`
                              : '—'}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              <MoreNote hidden={grid.length - NOTE_LIST_CAP} />
            </div>
          ) : null}
        </>
      }
    >
      <ChartBox height={height} mark="cell">
        <ScatterChart margin={{ top: 24, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="2 4" />
          <StableReferenceArea
            x1={-0.5}
            x2={nIn - 0.5}
            fill="#f1f3f5"
            fillOpacity={0.6}
            ifOverflow="hidden"
            label={{ value: m.input, position: 'top', fontSize: 12 }}
          />
          <StableReferenceArea
            x1={nIn - 0.5}
            x2={columns.length - 0.5}
            fill="#fff9db"
            fillOpacity={0.6}
            ifOverflow="hidden"
            label={{ value: m.output, position: 'top', fontSize: 12 }}
          />
          <XAxis
            type="number"
            dataKey="x"
            domain={[-0.5, columns.length - 0.5]}
            ticks={columns.map((_, i) => i)}
            interval={0}
            tickFormatter={(v: number) => {
              const c = columns[v];
              return c ? modLabel[c.modality] : '';
            }}
            tick={{ fontSize: 11 }}
            allowDataOverflow
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[-0.5, Math.max(rows.length - 0.5, 0.5)]}
            reversed
            ticks={rows.map((_, i) => i)}
            interval={0}
            tickFormatter={(v: number) => {
              const r = rows[v];
              return r ? `${r.name}${r.released ? ` · ${r.released.slice(0, 7)}` : ''}` : '';
            }}
            width={220}
            tick={{ fontSize: 11 }}
            allowDataOverflow
          />
          <Tooltip content={<SourceTooltip />} cursor={false} />
          <Scatter
            data={cells}
            isAnimationActive={false}
            shape={(p: unknown) => <CellSquare {...(p as SquareProps)} />}
          />
        </ScatterChart>
      </ChartBox>
    </Panel>
  );
}

interface SquareProps {
  cx?: number;
  cy?: number;
  payload?: MatrixCell;
}

function CellSquare({ cx, cy, payload }: SquareProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  return (
    <rect x={cx - CELL / 2} y={cy - CELL / 2} width={CELL} height={CELL} rx={2} fill={vendorColor(payload.vendorId)} />
  );
}
