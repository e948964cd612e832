import { useId, useState } from 'react';
import { useViewStore } from '../../../shared/filters/store';
import type { Currency, GrowthMode } from '../../../shared/filters/state';
import { useLang } from '../../../shared/i18n/i18n';
import { parseRate } from '../../../shared/format/currency';
import type { SortBy } from '../model/revenueCompare';
import type { Count } from '../model/revenueCompare';
import type { RevenueBasis } from '../model/revenueFigures';
import { formatPartialDate } from '../../../shared/format/number';
import type { AxisScale } from './RevenueCompareChart';
import { monetizationMessages } from '../messages';

interface SegOption<T extends string> {
  value: T;
  label: string;
}

/** A row of toggle buttons, one pressed. */
export function Seg<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: SegOption<T>[];
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <div className="seg" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="seg__btn"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The CNY-per-USD rate, a reader's setting: typed, validated, written to the shared store only when valid. */
export function RateInput() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const rate = useViewStore((s) => s.cnyPerUsd);
  const setRate = useViewStore((s) => s.setRate);
  const [draft, setDraft] = useState(String(rate));
  const [seen, setSeen] = useState(rate);
  // The store changed from elsewhere (Back, a share link): show its rate.
  if (seen !== rate) {
    setSeen(rate);
    setDraft(String(rate));
  }
  const id = useId();
  const errId = `${id}-err`;
  const valid = parseRate(draft) !== null;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontSize: '0.85rem', flexWrap: 'wrap' }}>
      <label htmlFor={id}>{m.rateLabel}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        size={6}
        value={draft}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : errId}
        style={{
          font: 'inherit',
          padding: '3px 6px',
          borderRadius: 6,
          border: `1px solid ${valid ? 'var(--line)' : 'var(--danger)'}`,
          width: '6ch',
        }}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(v);
          const r = parseRate(v);
          if (r !== null) {
            setSeen(r);
            setRate(r);
          }
        }}
        onBlur={() => {
          if (!valid) {
            setDraft(String(rate));
          }
        }}
      />
      {valid ? null : (
        <span id={errId} role="alert" style={{ color: 'var(--danger)', fontSize: '0.8rem' }}>
          {m.rateInvalid}
        </span>
      )}
    </span>
  );
}

export function CurrencySwitch() {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const currency = useViewStore((s) => s.currency);
  const setCurrency = useViewStore((s) => s.setCurrency);
  return (
    <Seg<Currency>
      label={m.currencyLabel}
      value={currency}
      onChange={setCurrency}
      options={[
        { value: 'USD', label: 'USD' },
        { value: 'CNY', label: 'CNY' },
      ]}
    />
  );
}

export function RevenueControls({ sortBy, onSort }: { sortBy: SortBy; onSort: (s: SortBy) => void }) {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const mode = useViewStore((s) => s.growthMode);
  const setMode = useViewStore((s) => s.setGrowthMode);
  return (
    <>
      <Seg<GrowthMode>
        label={m.modeLabel}
        value={mode}
        onChange={setMode}
        options={[
          { value: 'yoy', label: m.modeYoy },
          { value: 'absolute', label: m.modeAbsolute },
          { value: 'indexed', label: m.modeIndexed },
        ]}
      />
      {mode === 'absolute' ? (
        <>
          <CurrencySwitch />
          <RateInput />
        </>
      ) : null}
      {/* Index lines run over time: there is no order of rows to choose. */}
      {mode === 'indexed' ? null : (
        <Seg<SortBy>
          label={m.sortLabel}
          value={sortBy}
          onChange={onSort}
          options={[
            { value: 'value', label: m.sortValue },
            { value: 'name', label: m.sortName },
          ]}
        />
      )}
    </>
  );
}

/** Names of the bases in the reader's language. */
export function basisNames(m: (typeof monetizationMessages)['en']): Record<RevenueBasis, string> {
  return {
    'quarterly-revenue': m.basisQuarterly,
    'half-year-revenue': m.basisHalf,
    'annual-revenue': m.basisAnnual,
    'monthly-revenue': m.basisMonthly,
    arr: m.basisArr,
    'yoy-growth': m.basisYoy,
  };
}

/** Short names of the bases, for "annual, not quarterly". */
export function basisShortNames(m: (typeof monetizationMessages)['en']): Record<RevenueBasis, string> {
  return {
    'quarterly-revenue': m.basisShortQuarterly,
    'half-year-revenue': m.basisShortHalf,
    'annual-revenue': m.basisShortAnnual,
    'monthly-revenue': m.basisShortMonthly,
    arr: m.basisShortArr,
    'yoy-growth': m.basisShortYoy,
  };
}

/**
 * The chart's own choices, above it: the basis (like with like: one basis per
 * chart), the period (or, indexed, the base period), and the axis (linear bars
 * or log dots) for amounts. A choice with one option is shown as its name.
 */
export function RevenueChartControls({
  bases,
  basis,
  onBasis,
  periods,
  period,
  onPeriod,
  periodLabel,
  scale,
  onScale,
}: {
  bases: Count<RevenueBasis>[];
  basis: RevenueBasis | null;
  onBasis: (b: RevenueBasis) => void;
  periods: readonly string[];
  period: string | null;
  onPeriod: (p: string) => void;
  periodLabel: string;
  /** Absent: the axis has no choice (growth rates and indexes are linear). */
  scale?: AxisScale;
  onScale?: (s: AxisScale) => void;
}) {
  const lang = useLang();
  const m = monetizationMessages[lang];
  const names = basisNames(m);
  return (
    <div className="rev-controls" data-export="skip">
      {bases.length > 1 && basis ? (
        <Seg<RevenueBasis>
          label={m.basisLabel}
          value={basis}
          onChange={onBasis}
          options={bases.map((b) => ({ value: b.value, label: `${names[b.value]} (${b.count})` }))}
        />
      ) : null}
      {periods.length > 1 && period ? (
        <span className="rev-controls__labelled">
          <span className="rev-controls__label" aria-hidden="true">
            {periodLabel}
          </span>
          <Seg<string>
            label={periodLabel}
            value={period}
            onChange={onPeriod}
            options={periods.map((p) => ({ value: p, label: formatPartialDate(p, lang) }))}
          />
        </span>
      ) : null}
      {scale && onScale ? (
        <Seg<AxisScale>
          label={m.scaleLabel}
          value={scale}
          onChange={onScale}
          options={[
            { value: 'linear', label: m.scaleLinear },
            { value: 'log', label: m.scaleLog },
          ]}
        />
      ) : null}
    </div>
  );
}
