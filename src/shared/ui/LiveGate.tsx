import { memo, type ReactNode } from 'react';

interface LiveGateProps {
  live: boolean;
  /** Height held before the chart has ever rendered. */
  placeholderHeight: number;
  children: ReactNode;
}

function LiveGateBody({ live, placeholderHeight, children }: LiveGateProps) {
  return live ? <>{children}</> : <div className="panel__chart-wait" style={{ height: placeholderHeight }} aria-hidden />;
}

/**
 * Renders the chart only while it is live. When it stops being live the last
 * render stays on the page untouched (the comparator skips every update), so
 * scrolling back shows it at once and it catches up on the next live render.
 */
export const LiveGate = memo(LiveGateBody, (_prev, next) => !next.live);
