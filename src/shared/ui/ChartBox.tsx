import { createContext, useContext, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { CHART_WAIT_CLASS } from './chartWait';

/**
 * Whether the panel's charts may draw: false until the panel first comes near
 * the viewport (or is exported). Outside a Panel charts draw at once.
 */
export const ChartsDrawnContext = createContext(true);

/**
 * One chart of a known height. Until its panel's charts may draw it holds a
 * placeholder of exactly that height, so the panel keeps its size when the
 * chart arrives; the panel's text (lists, captions) is drawn from the first render.
 */
export function ChartBox({ height, children }: { height: number; children: ReactElement }) {
  const drawn = useContext(ChartsDrawnContext);
  return drawn ? (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 520, height }}>
      {children}
    </ResponsiveContainer>
  ) : (
    <div className={CHART_WAIT_CLASS} style={{ height }} aria-hidden />
  );
}
