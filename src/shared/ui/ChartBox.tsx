import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { CHART_WAIT_CLASS } from './chartWait';

/**
 * Whether the panel's charts may draw: false until the panel first comes near
 * the viewport (or is exported). Outside a Panel charts draw at once.
 */
export const ChartsDrawnContext = createContext(true);

/** The width a chart starts at when nothing has been measured (jsdom, a chart drawn at once). */
export const UNMEASURED_WIDTH = 520;

/**
 * One chart of a known height. Until its panel's charts may draw it holds a
 * placeholder of exactly that height, so the panel keeps its size when the
 * chart arrives; the panel's text (lists, captions) is drawn from the first render.
 *
 * The placeholder's width is measured when it is laid out, and the chart's
 * first render uses it. ResponsiveContainer otherwise renders at a guessed
 * width and then again, at the measured one, from an effect: a second full
 * chart render that is not time-sliced (the longest task of a mobile load).
 */
/** The scale of a chart's value axis, as its wrapper states it (data-scale). */
export type ChartScale = 'linear' | 'log';
/** The kind of mark a chart draws, as its wrapper states it (data-mark). */
export type ChartMark = 'bar' | 'dot' | 'line' | 'area' | 'cell';

export interface ChartBoxProps {
  height: number;
  children: ReactElement;
  /** The value axis's scale; a bar is never drawn on 'log' (tests read data-scale). */
  scale?: ChartScale;
  /** The chart's marks (tests count them per kind and read data-mark). */
  mark?: ChartMark;
}

export function ChartBox({ height, children, scale, mark }: ChartBoxProps) {
  const drawn = useContext(ChartsDrawnContext);
  const hold = useRef<HTMLDivElement>(null);
  const [heldWidth, setHeldWidth] = useState(0);
  useLayoutEffect(() => {
    if (drawn || !hold.current) return;
    const width = Math.round(hold.current.getBoundingClientRect().width);
    // Measured before paint; the state change re-renders only this placeholder.
    if (width > 0) setHeldWidth(width);
  }, [drawn]);
  const chart = drawn ? (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: heldWidth || UNMEASURED_WIDTH, height }}
    >
      {children}
    </ResponsiveContainer>
  ) : (
    <div ref={hold} className={CHART_WAIT_CLASS} style={{ height }} aria-hidden />
  );
  return (
    <div className="chart-box" data-scale={scale} data-mark={mark}>
      {chart}
    </div>
  );
}
