import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { TableSpec } from './table';
import type { LegendItem } from './legend';
import { ExportMenu } from '../export/ExportMenu';
import { registerPanel, type PanelSnapshot } from '../export/registry';
import { useFocusHold } from '../export/useFocusHold';

export interface PanelExtrasProps {
  id: string;
  title: string;
  subtitle: string;
  table: () => TableSpec;
  legend: LegendItem[];
  chartRef: RefObject<HTMLDivElement | null>;
  /** Makes an off-screen chart render for an export; resolves with the release. */
  reveal: () => Promise<() => void>;
  ready: boolean;
}

/** Slot for per-panel tools beside the table toggle: the export menu, and the panel's entry in the export registry. */
export function PanelExtras(props: PanelExtrasProps) {
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const { id, title, ready, chartRef } = props;
  const snapshot = useCallback((): PanelSnapshot => {
    const p = latest.current;
    return {
      id: p.id,
      title: p.title,
      subtitle: p.subtitle,
      table: p.table,
      legend: p.legend,
      chartEl: p.chartRef.current,
      reveal: p.reveal,
      ready: p.ready,
    };
  }, []);
  useEffect(() => registerPanel({ id, snapshot }), [id, snapshot]);
  useFocusHold(id, ready, chartRef);
  return <ExportMenu title={title} ready={ready} snapshot={snapshot} />;
}
