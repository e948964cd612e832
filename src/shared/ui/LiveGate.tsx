import { memo, type ReactNode } from 'react';
import { CHART_WAIT_CLASS } from './chartWait';

export interface LiveGateProps {
  live: boolean;
  /** Height held before the chart has ever rendered. */
  placeholderHeight: number;
  children: ReactNode;
}

function LiveGateBody({ live, placeholderHeight, children }: LiveGateProps) {
  return live ? (
    <>{children}</>
  ) : (
    <div className={CHART_WAIT_CLASS} style={{ height: placeholderHeight }} aria-hidden />
  );
}

/** True when the gate may skip rendering: held off-screen, or live with nothing changed. */
export function gateMaySkip(prev: LiveGateProps, next: LiveGateProps): boolean {
  if (!next.live) return true;
  return prev.live && prev.children === next.children && prev.placeholderHeight === next.placeholderHeight;
}

/**
 * Renders the chart only while it is live. When it stops being live the last
 * render stays on the page untouched (every update is skipped), so scrolling
 * back shows it at once and it catches up on the next live render.
 */
export const LiveGate = memo(LiveGateBody, gateMaySkip);
