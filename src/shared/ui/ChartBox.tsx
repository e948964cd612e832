import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { CHART_WAIT_CLASS } from './chartWait';
import './chartBox.css';

/**
 * Whether the panel's charts may draw: false until the panel first comes near
 * the viewport (or is exported). Outside a Panel charts draw at once.
 */
export const ChartsDrawnContext = createContext(true);

/** The width a chart starts at when nothing has been measured (jsdom, a chart drawn at once). */
export const UNMEASURED_WIDTH = 520;

/** The scale of a chart's value axis, as its wrapper states it (data-scale). */
export type ChartScale = 'linear' | 'log';
/** The kind of mark a chart draws, as its wrapper states it (data-mark). */
export type ChartMark = 'bar' | 'dot' | 'line' | 'area' | 'cell';

export interface ChartBoxProps {
  /** The chart's height, or a function of its width (a phone's rows are taller: names above the marks). */
  height: number | ((width: number) => number);
  /** The chart, or a function of the width it is drawn at (to lay out margins, labels and ticks by it). */
  children: ReactElement | ((width: number) => ReactElement);
  /** The value axis's scale; a bar is never drawn on 'log' (tests read data-scale). */
  scale?: ChartScale;
  /** The chart's marks (tests count them per kind and read data-mark). */
  mark?: ChartMark;
  /**
   * The chart's own heading, for a panel with more than one chart: drawn above
   * it (an h4 under the panel's h3 title) and, read from data-heading, above it
   * in the panel's PNG and SVG exports.
   */
  heading?: string;
}

/**
 * One chart of a known height. Until its panel's charts may draw it holds a
 * placeholder of exactly that height, so the panel keeps its size when the
 * chart arrives; the panel's text (lists, captions) is drawn from the first render.
 *
 * Its width is measured when it is laid out (before paint), and the chart's
 * first render uses it. ResponsiveContainer otherwise renders at a guessed
 * width and then again, at the measured one, from an effect: a second full
 * chart render that is not time-sliced (the longest task of a mobile load).
 * A chart drawn at once therefore waits for that measure (one layout effect,
 * before paint); a held one has it from its placeholder. Later resizes (a
 * phone turned) update the width the chart is laid out for.
 */
export function ChartBox({ height, children, scale, mark, heading }: ChartBoxProps) {
  const drawn = useContext(ChartsDrawnContext);
  const box = useRef<HTMLDivElement>(null);
  // null until measured; 0 when the layout gives no width (jsdom): the chart then starts at UNMEASURED_WIDTH.
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setMeasured(Math.round(el.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // A hidden chart (display: none) reports 0: keep the last width.
      if (w > 0) setMeasured(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const width = measured || UNMEASURED_WIDTH;
  const h = typeof height === 'function' ? height(width) : height;
  const chart = !drawn ? (
    <div className={CHART_WAIT_CLASS} style={{ height: h }} aria-hidden />
  ) : measured === null ? null : (
    <ResponsiveContainer width="100%" height={h} initialDimension={{ width, height: h }}>
      {typeof children === 'function' ? children(width) : children}
    </ResponsiveContainer>
  );
  const boxEl = (
    <div
      ref={box}
      className="chart-box"
      data-scale={scale}
      data-mark={mark}
      data-heading={heading || undefined}
      style={{ minHeight: h }}
    >
      {chart}
    </div>
  );
  if (!heading) return boxEl;
  return (
    <>
      <h4 className="chart-heading">{heading}</h4>
      {boxEl}
    </>
  );
}
