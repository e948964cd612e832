import { splitNameLine } from './layout';

const FONT = 12;
const LINE = 14;

/**
 * LabelList content of a narrow bar chart: the row's name (and figure) written
 * above its bar, from the bar's start, since there is no room for a category
 * axis beside the bars on a phone. A line too long for the chart breaks before
 * its figure (the layout gives such rows two name lines: see nameLines).
 */
export function nameAbove(chartWidth: number) {
  return function NameAbove(props: { x?: number | string; y?: number | string; value?: unknown }) {
    const x = Number(props.x ?? 0);
    const y = Number(props.y ?? 0);
    if (!Number.isFinite(x) || !Number.isFinite(y) || props.value == null) return null;
    const lines = splitNameLine(String(props.value), chartWidth, FONT);
    return (
      <text x={x} y={y - 6 - (lines.length - 1) * LINE} fontSize={FONT} fill="#343a40" className="name-above">
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
