import { memo, type ReactNode } from 'react';

export interface LiveGateProps {
  /** Render updates; when false the last render stays on the page untouched. */
  live: boolean;
  /**
   * The panel still shows the previous answer while the new one loads: a render
   * now would redraw the same data, so the drawn chart is kept until the answer lands.
   */
  frozen?: boolean;
  children: ReactNode;
}

function LiveGateBody({ children }: LiveGateProps) {
  return <>{children}</>;
}

/** True when the gate may skip rendering: held off-screen, drawn and frozen, or live with nothing changed. */
export function gateMaySkip(prev: LiveGateProps, next: LiveGateProps): boolean {
  if (!next.live) return true;
  if (next.frozen && prev.live) return true;
  return prev.live && prev.children === next.children;
}

/**
 * Renders the panel's children only while it is live. When it stops being live
 * the last render stays on the page untouched (every update is skipped), so
 * scrolling back shows it at once and it catches up on the next live render.
 * It always renders when it mounts, live or not: a panel's text is drawn at once,
 * and its charts hold placeholders of their own height (ChartBox) until they draw.
 */
export const LiveGate = memo(LiveGateBody, gateMaySkip);
