import { useId } from 'react';
import { useLang } from '../../../shared/i18n/i18n';
import { fill } from '../model/text';
import type { Company, ComparePreset, CompareSelection } from '../model/revenueCompare';
import { isChosen } from '../model/revenueCompare';
import { monetizationMessages } from '../messages';

/**
 * "Edit companies" beside the chart: one-click comparisons (the four clouds,
 * US vs China, all) and a checkbox per company. Its state is the panel's own
 * comparison; the shared vendor filter still decides which companies there are.
 * On a phone the list folds into a disclosure; the one-click buttons stay.
 */
export function CompanyPicker({
  list,
  selection,
  active,
  withFigure,
  noFigure,
  folded,
  colorOf,
  onPreset,
  onToggle,
}: {
  list: readonly Company[];
  selection: CompareSelection;
  active: ComparePreset | null;
  /** Companies with a figure in the current view; the others say "no figure here". */
  withFigure: ReadonlySet<string>;
  /** What the others say: "no figure here" (or, indexed, "one period, no line"). */
  noFigure: string;
  /** A phone: the list is a disclosure under the buttons. */
  folded: boolean;
  /** The colour the company's marks have (its vendor's, or its region's in US vs China). */
  colorOf: (c: Company) => string;
  onPreset: (p: ComparePreset) => void;
  onToggle: (series: string) => void;
}) {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const listId = useId();
  const shown = list.filter((c) => isChosen(selection, c.series)).length;
  const count = fill(m.companiesCount, { shown: String(shown), total: String(list.length) });
  const presets: [ComparePreset, string][] = [
    ['four-clouds', m.presetFourClouds],
    ['us-vs-china', m.presetUsChina],
    ['all', m.presetAll],
  ];
  const boxes = (
    <ul className="rev-picker__list" id={listId}>
      {list.map((c) => (
        <li key={c.series}>
          <label className="rev-picker__item">
            <input
              type="checkbox"
              checked={isChosen(selection, c.series)}
              onChange={() => onToggle(c.series)}
              data-series={c.series}
            />
            <span className="rev-picker__swatch" style={{ background: colorOf(c) }} aria-hidden="true" />
            <span className="rev-picker__text">
              <span className="rev-picker__name">{c.label}</span>
              {withFigure.has(c.series) ? null : <span className="rev-picker__none">{noFigure}</span>}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="rev-picker" data-export="skip">
      <div className="rev-picker__presets" role="group" aria-label={m.presetsLabel}>
        {presets.map(([p, label]) => (
          <button
            key={p}
            type="button"
            className="btn btn--small rev-picker__preset"
            aria-pressed={active === p}
            data-preset={p}
            onClick={() => onPreset(p)}
          >
            {label}
          </button>
        ))}
      </div>
      {folded ? (
        <details className="rev-picker__fold">
          <summary>
            {m.companiesTitle} ({count})
          </summary>
          {boxes}
        </details>
      ) : (
        <fieldset className="rev-picker__set">
          <legend>
            {m.companiesTitle} <span className="rev-picker__count">({count})</span>
          </legend>
          {boxes}
        </fieldset>
      )}
    </div>
  );
}
