import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useListFilters } from '../../../shared/filters/useListFilters';
import { useLang } from '../../../shared/i18n/i18n';
import { formatCompact } from '../../../shared/format/number';
import { vendorColor } from '../../../shared/charts/palette';
import { DotMark, type DotSpec } from '../../../shared/charts/DotMark';
import { isNarrow, textWidth } from '../../../shared/charts/layout';
import { countTick, DOT_PAD, logScale, tickTarget } from '../../../shared/charts/scale';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import { stagesQueries } from '../api/queries';
import {
  parameterDot,
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
const HEIGHT = 280;
const dotOf = (p: unknown) => (p as { dot?: DotSpec }).dot;

export function ParameterScalePanel() {
  const lang = useLang();
  const m = stagesMessages[lang];
  const filters = useListFilters(USES);
  const query = useQuery(stagesQueries.models(filters));
  const vendors = useVendorIndex();
  const kindOf = useKindOf();
  const models = query.data?.data ?? [];
  const points = parameterPoints(models, vendors, lang, m.paramsWord, kindOf);
  const nameOnly = sizeOnlyInName(models);
  /** The bars drawn: all at the article's scale, evenly thinned beyond the cap (the table keeps all). */
  const capped = shownParameterPoints(points);
  const shown = capped.shown;
  // Steps between the bars drawn side by side: each names both models, so it stays true when thinned.
  const steps = stepMultiples(shown);
  // 1.5B (GPT-2) to 1.8T (GPT-4): dots on a log axis, one column per model in release order.
  const columns = shown.map((p, col) => ({ ...p, col, dot: parameterDot(p, vendorColor(p.vendorId), lang) }));
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
      <ChartBox height={HEIGHT} scale="log" mark="dot">
        {(width) => {
          const y = logScale(
            columns.map((c) => c.parameters),
            { max: tickTarget(HEIGHT - 60, 36) + 1, pad: DOT_PAD },
          );
          const narrow = isNarrow(width);
          const tick = countTick(lang);
          // As wide as its longest tick label ("10万亿" is wider than "10T"); on a phone the
          // axis title gives way (the subtitle says what the axis is and that it is log).
          const axisWidth = Math.max(...y.ticks.map((t) => textWidth(tick(t), 12))) + (narrow ? 12 : 36);
          return (
            <ScatterChart margin={{ top: 22, right: 16, bottom: 10, left: narrow ? 4 : 10 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                type="number"
                dataKey="col"
                domain={[-0.5, columns.length - 0.5]}
                ticks={columns.map((c) => c.col)}
                tickFormatter={(i: number) => columns[i]?.label ?? ''}
                tick={{ fontSize: 12 }}
              />
              <YAxis
                type="number"
                dataKey="dot.value"
                scale="log"
                domain={y.domain}
                ticks={y.ticks}
                tickFormatter={tick}
                tick={{ fontSize: 12 }}
                label={narrow ? undefined : { value: m.paramsAxis, angle: -90, position: 'insideLeft', fontSize: 12 }}
                width={axisWidth}
              />
              <Tooltip content={<SourceTooltip />} cursor={false} />
              <Scatter
                data={columns}
                isAnimationActive={false}
                shape={(p: { cx?: number; cy?: number; payload?: unknown }) => (
                  <DotMark {...p} spec={dotOf} orientation="column" fontSize={12} />
                )}
              />
            </ScatterChart>
          );
        }}
      </ChartBox>
    </Panel>
  );
}
