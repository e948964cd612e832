import type { RefObject } from 'react';
import type { TableSpec } from './table';
import type { LegendItem } from './legend';

export interface PanelExtrasProps {
  id: string;
  title: string;
  subtitle: string;
  table: TableSpec;
  legend: LegendItem[];
  chartRef: RefObject<HTMLDivElement | null>;
  ready: boolean;
}

/** Slot for per-panel tools beside the table toggle (the export menu). */
export function PanelExtras(_props: PanelExtrasProps) {
  return null;
}
