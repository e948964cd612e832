import { wrapLabel } from '../model/wrap';

/** Height of one label lane: two lines of 11 px text. */
export const LANE_H = 30;

/** A stage band's label inside the top of the band, wrapped to the band's width (at most two lines). */
export function BandLabel(props: {
  viewBox?: { x?: number; y?: number; width?: number };
  value: string;
  muted?: boolean;
}) {
  const { viewBox, value, muted } = props;
  const x = viewBox?.x ?? 0;
  const y = viewBox?.y ?? 0;
  const width = viewBox?.width ?? 0;
  const lines = wrapLabel(value, width);
  if (lines.length === 0) return null;
  return (
    <text
      x={x + 4}
      y={y + 12}
      fontSize={11}
      fill={muted ? '#6c757d' : '#495057'}
      fontStyle={muted ? 'italic' : undefined}
    >
      {lines.map((l, i) => (
        <tspan key={i} x={x + 4} dy={i === 0 ? 0 : 13}>
          {l}
        </tspan>
      ))}
    </text>
  );
}
