import type { TableSpec } from '../ui/table';
import type { LegendItem } from '../ui/legend';

/** What Export all needs from a panel, read at export time (always the latest props). */
export interface PanelSnapshot {
  id: string;
  title: string;
  subtitle: string;
  /** Built when called: the CSV export asks for it. */
  table: () => TableSpec;
  legend: LegendItem[];
  chartEl: HTMLDivElement | null;
  /** Renders the chart if it is held off-screen (see useLiveChart); call the result when done. */
  reveal?: () => Promise<() => void>;
  ready: boolean;
}

export interface RegisteredPanel {
  id: string;
  snapshot: () => PanelSnapshot;
}

const panels = new Map<string, RegisteredPanel>();

/** Called by the Panel frame's extras on mount; returns the unregister function for unmount. */
export function registerPanel(p: RegisteredPanel): () => void {
  panels.set(p.id, p);
  return () => {
    if (panels.get(p.id) === p) panels.delete(p.id);
  };
}

/** Registered panels in page order (panels not in the document are left out). */
export function registeredPanels(doc: Document = document): RegisteredPanel[] {
  const withEl = [...panels.values()]
    .map((p) => ({ p, el: doc.getElementById(`panel-${p.id}`) }))
    .filter((x): x is { p: RegisteredPanel; el: HTMLElement } => x.el !== null);
  withEl.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return withEl.map((x) => x.p);
}
