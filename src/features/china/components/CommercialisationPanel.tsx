import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { vendorColor } from '../../../shared/charts/palette';
import { kindLabel, useLang } from '../../../shared/i18n/i18n';
import type { LegendItem } from '../../../shared/ui/legend';
import { Panel } from '../../../shared/ui/Panel';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { SourceTooltip } from '../../../shared/ui/SourceTooltip';
import { useVendorIndex } from '../../../shared/ui/useVendors';
import { chinaQueries } from '../api/queries';
import {
  BUSINESS_METRICS,
  businessEvidence,
  businessMatrix,
  businessTable,
  INDUSTRY,
  type BusinessModel,
  type MatrixPoint,
} from '../model/business';
import { combineStatus, IDLE_STATUS } from '../../../shared/ui/status';
import { SourcedNote, useChinaMessages, useChinaScope, useKindOf, type ChinaMessages } from './common';

const USES = { vendor: true, region: true, time: false };

function modelLabel(b: BusinessModel, m: ChinaMessages): string {
  const map: Record<BusinessModel, string> = {
    subscription: m.bizSubscription,
    token: m.bizToken,
    'price-war': m.bizPriceWar,
    tipping: m.bizTipping,
    'api-use': m.bizApiUse,
    'cloud-ai': m.bizCloudAi,
    maas: m.bizMaas,
    undisclosed: m.bizUndisclosed,
  };
  return map[b];
}

interface MarkProps {
  cx?: number;
  cy?: number;
  payload?: MatrixPoint;
}

function Mark({ cx, cy, payload }: MarkProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const color = payload.row === INDUSTRY ? '#868e96' : vendorColor(payload.row);
  return payload.type === 'claim' ? (
    <circle cx={cx} cy={cy} r={7} fill={color} stroke="#fff" strokeWidth={1.5} />
  ) : (
    <rect x={cx - 6} y={cy - 6} width={12} height={12} fill={color} stroke="#fff" strokeWidth={1.5} />
  );
}

export function CommercialisationPanel() {
  const lang = useLang();
  const m = useChinaMessages();
  const kindOf = useKindOf();
  const vendors = useVendorIndex();
  const { own, excluded } = useChinaScope(USES);
  // Industry-wide claims and figures have no vendor: they never match a vendor filter, so they only join without one.
  const withIndustry = !excluded && !own.vendor;
  const claimsCn = useQuery({ ...chinaQueries.claims(own), enabled: !excluded });
  const metricsCn = useQuery({ ...chinaQueries.metrics(own, BUSINESS_METRICS), enabled: !excluded });
  const claimsAll = useQuery({ ...chinaQueries.claims({}), enabled: withIndustry });
  const metricsAll = useQuery({ ...chinaQueries.metrics({}, BUSINESS_METRICS), enabled: withIndustry });
  const status = excluded
    ? IDLE_STATUS
    : combineStatus(withIndustry ? [claimsCn, metricsCn, claimsAll, metricsAll] : [claimsCn, metricsCn]);

  const claims = [
    ...(claimsCn.data?.data ?? []),
    ...(withIndustry ? (claimsAll.data?.data ?? []).filter((c) => c.vendorIds.length === 0) : []),
  ];
  const metrics = [
    ...(metricsCn.data?.data ?? []),
    ...(withIndustry ? (metricsAll.data?.data ?? []).filter((x) => x.vendorId === null) : []),
  ];
  const rowLabel = (v: string) => (v === INDUSTRY ? m.bizIndustry : (vendors.get(v)?.name[lang] ?? v));
  const words = { modelLabel: (b: BusinessModel) => modelLabel(b, m), rowLabel };
  const evidence = excluded ? [] : businessEvidence(claims, metrics, lang, words, kindOf, own.vendor);
  const order = [...vendors.values()].filter((v) => v.region === 'cn').map((v) => v.id);
  const mx = businessMatrix(evidence, order);
  const points = mx.points.map((p) => ({ ...p, cx: p.y, cy: p.x }));
  const legend: LegendItem[] = mx.rows
    .filter((r) => r !== INDUSTRY)
    .map((r) => ({ key: r, label: rowLabel(r), color: vendorColor(r), vendorId: r }));
  const height = mx.models.length * 34 + 90;

  return (
    <Panel
      id="china-commercialisation"
      title={m.bizTitle}
      subtitle={m.bizSubtitle}
      uses={USES}
      status={status}
      isEmpty={evidence.length === 0}
      emptyProbe={{ endpoint: 'claims', query: { region: 'cn' } }}
      table={() =>
        businessTable(
          evidence,
          {
            row: m.colRow,
            model: m.colBusiness,
            type: m.colType,
            text: m.colStatement,
            kind: m.colKind,
            source: m.colSource,
          },
          {
            ...words,
            typeLabel: (t) => (t === 'claim' ? m.typeClaim : m.typeFigure),
            kindLabel: (k) => kindLabel(k, lang),
          },
        )
      }
      legend={legend}
      notes={
        <>
          <p>{m.bizReading}</p>
          {!withIndustry && !excluded ? <p>{m.bizIndustryHidden}</p> : null}
          <details className="china-details">
            <summary>{m.bizListTitle}</summary>
            {mx.models.map((b) => (
              <div key={b}>
                <p className="china-details__head">{modelLabel(b, m)}</p>
                {evidence
                  .filter((e) => e.model === b)
                  .map((e) => (
                    <SourcedNote key={e.id} text={`${rowLabel(e.row)}: ${e.text}`} sourceId={e.sourceId} />
                  ))}
              </div>
            ))}
          </details>
        </>
      }
    >
      <ChartBox height={height} mark="cell">
        <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="cx"
            domain={[-0.5, mx.rows.length - 0.5]}
            ticks={mx.rows.map((_, i) => i)}
            interval={0}
            tickFormatter={(i: number) => rowLabel(mx.rows[i] ?? '')}
            tick={{ fontSize: 10.5 }}
            angle={-28}
            textAnchor="end"
            height={70}
          />
          <YAxis
            type="number"
            dataKey="cy"
            reversed
            domain={[-0.5, mx.models.length - 0.5]}
            ticks={mx.models.map((_, i) => i)}
            interval={0}
            tickFormatter={(i: number) => modelLabel(mx.models[i] ?? 'subscription', m)}
            tick={{ fontSize: 10.5 }}
            width={170}
          />
          <Tooltip content={<SourceTooltip />} />
          <Scatter data={points} isAnimationActive={false} shape={(p: MarkProps) => <Mark {...p} />} />
        </ScatterChart>
      </ChartBox>
    </Panel>
  );
}
