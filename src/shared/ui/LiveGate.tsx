import { memo, type ReactNode } from 'react';
import { CHART_WAIT_CLASS } from './chartWait';

export interface LiveGateProps {
  live: boolean;
  /** Height held before the chart has ever rendered. */
  placeholderHeight: number;
  /**
   * The panel still shows the previous answer while the new one loads: a render
   * now would redraw the same data, so the drawn chart is kept until the answer lands.
   */
  frozen?: boolean;
  children: ReactNode;
}

function LiveGateBody({ live, placeholderHeight, children }: LiveGateProps) {
  return live ? (
    <>{children}</>
  ) : (
    <div className={CHART_WAIT_CLASS} style={{ height: placeholderHeight }} aria-hidden />
  );
}

/** True when the gate may skip rendering: held off-screen, drawn and frozen, or live with nothing changed. */
export function gateMaySkip(prev: LiveGateProps, next: LiveGateProps): boolean {
  if (!next.live) return true;
  if (next.frozen && prev.live) return true;
  return prev.live && prev.children === next.children && prev.placeholderHeight === next.placeholderHeight;
}

/**
 * Renders the chart only while it is live. When it stops being live the last
 * render stays on the page untouched (every update is skipped), so scrolling
 * back shows it at once and it catches up on the next live render.
 */
export const LiveGate = memo(LiveGateBody, gateMaySkip);
