import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useViewStore } from '../../../shared/filters/store';
import { useLang } from '../../../shared/i18n/i18n';
import { formatCompact } from '../../../shared/format/number';
import { vendorColor } from '../../../shared/charts/palette';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import { stagesQueries } from '../api/queries';
import {
  logDomain,
  parameterPoints,
  parameterTable,
  shownParameterPoints,
  sizeOnlyInName,
  stepMultiples,
} from '../model/parameters';
import { ThinnedNote } from '../../../shared/ui/ThinnedNote';
import { stagesMessages } from '../messages';
import { useKindOf } from './useKindOf';
import { rangeLabel, withPeriod, yearSpan } from '../model/period';
import { YEAR_MAX, YEAR_MIN } from '../../../shared/filters/state';

const USES = { vendor: true, region: true, time: true };

export function ParameterScalePanel() {
  const lang = useLang();
  const m = stagesMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(stagesQueries.models(filters));
  const vendors = useVendorIndex();
  const toggleVendor = useViewStore((s) => s.toggleVendor);
  const kindOf = useKindOf();
  const models = query.data?.data ?? [];
  const points = parameterPoints(models, vendors, lang, m.paramsWord, kindOf);
  const nameOnly = sizeOnlyInName(models);
  /** The bars drawn: all at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const capped = shownParameterPoints(points);
  const shown = capped.shown;
  // Steps between the bars drawn side by side: each names both models, so it stays true when thinned.
  const steps = stepMultiples(shown);
  const legend = [...new Map(shown.map((p) => [p.vendorId, p.vendorName]))].map(([id, name]) => ({
    key: id,
    label: name,
    color: vendorColor(id),
    vendorId: id,
  }));

  return (
    <Panel
      id="parameter-scale"
      title={m.paramsTitle}
      subtitle={withPeriod(m.paramsSubtitle, yearSpan(points.map((p) => p.released)) ?? rangeLabel(YEAR_MIN, YEAR_MAX))}
      uses={USES}
      status={query}
      isEmpty={points.length === 0}
      emptyProbe={{ endpoint: 'models' }}
      table={() => parameterTable(points, lang, m)}
      legend={legend}
      notes={
        <>
          {capped.thinned ? <ThinnedNote shown={shown.length} total={capped.total} what={m.paramsThinnedWhat} /> : null}
          {steps.length > 0 ? (
            <p>
              {m.stepNote}: {steps.map((s) => `${s.from} → ${s.to} ×${formatCompact(s.multiple, lang)}`).join(' · ')}
            </p>
          ) : null}
          {nameOnly.length > 0 ? (
            <p>
              {m.sizeInName}: {nameOnly.join(', ')}.
            </p>
          ) : null}
        </>
      }
    >
      <ChartBox height={280}>
        <BarChart data={shown} margin={{ top: 10, right: 16, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            scale="log"
            domain={logDomain(shown)}
            allowDataOverflow
            tickFormatter={(v: number) => formatCompact(v, lang)}
            label={{ value: m.paramsAxis, angle: -90, position: 'insideLeft', fontSize: 12 }}
            width={88}
          />
          <Tooltip content={<SourceTooltip />} />
          <Bar
            dataKey="parameters"
            isAnimationActive={false}
            onClick={(d: { payload?: { vendorId?: string } }) =>
              d.payload?.vendorId && toggleVendor(d.payload.vendorId)
            }
            cursor="pointer"
          >
            {shown.map((p) => (
              <Cell key={p.id} fill={vendorColor(p.vendorId)} />
            ))}
          </Bar>
        </BarChart>
      </ChartBox>
    </Panel>
  );
}
