import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { Brush, LineChart, XAxis } from 'recharts';
import { ChartBox } from '../../../shared/ui/ChartBox';
import { useViewStore } from '../../../shared/filters/store';
import { useLang } from '../../../shared/i18n/i18n';
import { brushToYears, brushYears, yearsToBrush } from '../model/brush';
import { stagesMessages } from '../messages';
import './timeBrush.css';

const YEARS = brushYears();
const H = 32;
/** Keyboard moves (← →) fire onChange only; commit them after a short pause. */
const KEY_COMMIT_MS = 700;

/**
 * A small strip with a Brush over 2019–2025 that sets the shared time range.
 * It is its own chart, so dragging it re-renders only the strip until the
 * range is committed. Memoized: it reads the range and language from the store
 * itself, so the timeline's renders for other filters pass it by; its chart
 * (a ChartBox) draws when the panel's charts do, not in the loading state.
 */
export const TimeBrush = memo(function TimeBrush({ leftInset, rightInset }: { leftInset: number; rightInset: number }) {
  const lang = useLang();
  const m = stagesMessages[lang];
  const from = useViewStore((s) => s.from);
  const to = useViewStore((s) => s.to);
  const [pending, setPending] = useState<BrushRange | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const current = pending ?? yearsToBrush(from, to);
  const shown = brushToYears(current);

  useEffect(() => () => clearTimeout(timer.current), []);

  // Stable, so the brush's chart (memoized) renders only when the range moves.
  const commit = useCallback((range: { startIndex?: number; endIndex?: number }) => {
    clearTimeout(timer.current);
    const y = brushToYears(range);
    useViewStore.getState().setYears(y.from, y.to);
    setPending(null);
  }, []);
  const move = useCallback(
    (r: BrushRange) => {
      setPending({ startIndex: r.startIndex, endIndex: r.endIndex });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(r), KEY_COMMIT_MS);
    },
    [commit],
  );

  return (
    // A control, not a figure: exports leave it out.
    <div role="group" aria-label={m.brushLabel} className="time-brush" data-export="skip">
      <p style={{ margin: `0 0 2px ${leftInset}px`, fontSize: 12 }} aria-live="polite">
        {m.brushRange}: <strong>{shown.from === shown.to ? shown.from : `${shown.from}–${shown.to}`}</strong>
        <span style={{ color: 'var(--muted, #6c757d)' }}> · {m.brushHint}</span>
      </p>
      <div aria-hidden="true" className="time-brush__years" style={{ margin: `0 ${rightInset}px 0 ${leftInset}px` }}>
        {YEARS.map((y, i) => (
          <span key={y.year} style={{ fontWeight: i >= current.startIndex && i <= current.endIndex ? 600 : 400 }}>
            {y.year}
          </span>
        ))}
      </div>
      <BrushChart
        startIndex={current.startIndex}
        endIndex={current.endIndex}
        leftInset={leftInset}
        rightInset={rightInset}
        onMove={move}
        onCommit={commit}
      />
    </div>
  );
});

interface BrushRange {
  startIndex: number;
  endIndex: number;
}

interface BrushChartProps extends BrushRange {
  leftInset: number;
  rightInset: number;
  onMove: (r: BrushRange) => void;
  onCommit: (r: { startIndex?: number; endIndex?: number }) => void;
}

/** The Recharts part alone: a language switch re-renders the strip's text, not this chart. */
const BrushChart = memo(function BrushChart({
  startIndex,
  endIndex,
  leftInset,
  rightInset,
  onMove,
  onCommit,
}: BrushChartProps) {
  return (
    <ChartBox height={H}>
      <LineChart data={YEARS} margin={{ top: 2, right: rightInset, bottom: 2, left: leftInset }}>
        <XAxis dataKey="year" hide />
        <Brush
          dataKey="year"
          height={H - 4}
          travellerWidth={10}
          startIndex={startIndex}
          endIndex={endIndex}
          stroke="#495057"
          fill="#f8f9fa"
          onChange={onMove}
          onDragEnd={onCommit}
        />
      </LineChart>
    </ChartBox>
  );
});
