import { create } from 'zustand';
import { StableReferenceLine } from './stableReference';

/**
 * The date under the pointer in any time panel (client state); every other
 * time panel draws it as a shared cursor. This replaces Recharts' syncId,
 * which re-rendered every synced chart (tooltip state) whenever any one of
 * them re-rendered or was hovered, and did not move the scatter timelines'
 * item tooltips anyway. Only the small <SyncCursor> re-renders on a pointer move.
 */
interface HoverTime {
  time: number | null;
  source: string | null;
  set: (time: number | null, source: string | null) => void;
}

export const useHoverTime = create<HoverTime>()((set) => ({
  time: null,
  source: null,
  set: (time, source) => set({ time, source }),
}));

/** Reads a chart mouse state's x value (a number on a time axis), or null. */
export function hoveredTime(state: unknown): number | null {
  const label = (state as { activeLabel?: unknown } | null)?.activeLabel;
  const n = typeof label === 'string' ? Number(label) : label;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Chart props that broadcast the hovered date of an axis-tooltip time chart. */
export function broadcastHover(panelId: string) {
  return {
    onMouseMove: (state: unknown) => {
      const t = hoveredTime(state);
      if (t !== null && useHoverTime.getState().time !== t) useHoverTime.getState().set(t, panelId);
    },
    onMouseLeave: () => useHoverTime.getState().set(null, null),
  };
}

/** For scatter series: broadcast a hovered point's date. */
export function broadcastPoint(panelId: string, x: number | undefined): void {
  if (typeof x === 'number') useHoverTime.getState().set(x, panelId);
}
export function clearHover(): void {
  useHoverTime.getState().set(null, null);
}

/** The shared cursor, drawn in every time panel but the one being hovered. */
export function SyncCursor({ panelId }: { panelId: string }) {
  const time = useHoverTime((s) => (s.source !== panelId ? s.time : null));
  if (time === null) return null;
  return (
    <StableReferenceLine
      x={time}
      stroke="#1c2541"
      strokeDasharray="4 3"
      strokeOpacity={0.7}
      ifOverflow="hidden"
      className="sync-cursor"
    />
  );
}
