/**
 * LabelList content of a narrow bar chart: the row's name (and figure) written
 * above its bar, from the bar's start, since there is no room for a category
 * axis beside the bars on a phone.
 */
export function NameAbove(props: { x?: number | string; y?: number | string; value?: unknown }) {
  const x = Number(props.x ?? 0);
  const y = Number(props.y ?? 0);
  if (!Number.isFinite(x) || !Number.isFinite(y) || props.value == null) return null;
  return (
    <text x={x} y={y - 6} fontSize={12} fill="#343a40" className="name-above">
      {String(props.value)}
    </text>
  );
}
