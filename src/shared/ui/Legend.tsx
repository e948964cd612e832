import { useViewStore } from '../filters/store';
import type { LegendItem } from './legend';

/**
 * HTML legend under a chart. Vendor entries are buttons: click, Enter or Space
 * toggles the vendor in the shared filter, so every panel follows.
 */
export function PanelLegend({ items, label }: { items: LegendItem[]; label: string }) {
  // Only the pressed state of this legend's own vendors: other vendor changes do not re-render it.
  const pressedKey = useViewStore((s) =>
    items
      .filter((it) => it.vendorId && s.vendors.includes(it.vendorId))
      .map((it) => it.vendorId)
      .join('~'),
  );
  const selected = pressedKey ? pressedKey.split('~') : [];
  const toggle = useViewStore((s) => s.toggleVendor);
  if (items.length === 0) return null;
  return (
    <ul className="legend" aria-label={label}>
      {items.map((it) => {
        const swatch = (
          <span
            className={`legend__swatch legend__swatch--${it.shape ?? 'square'}`}
            style={{ color: it.color }}
            aria-hidden="true"
          />
        );
        return (
          <li key={it.key}>
            {it.vendorId ? (
              <button
                type="button"
                className="legend__item legend__item--toggle"
                aria-pressed={selected.includes(it.vendorId)}
                data-vendor={it.vendorId}
                onClick={() => toggle(it.vendorId!)}
              >
                {swatch}
                {it.label}
              </button>
            ) : (
              <span className="legend__item">
                {swatch}
                {it.label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
