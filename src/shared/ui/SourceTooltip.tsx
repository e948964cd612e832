import { useLang, useT, kindLabel } from '../i18n/i18n';
import { SourceQuoteBlock } from './SourceQuote';
import { useSourceIndex } from './useSources';
import type { TipInfo } from './tip';
import './tooltip.css';

/** Body of a tooltip: value, kind, and the article's sentence (with its translation in English). */
export function TipBody({ tip }: { tip: TipInfo }) {
  const lang = useLang();
  const t = useT();
  const sources = useSourceIndex();
  const src = sources.get(tip.sourceId);
  return (
    <div className="tip">
      <p className="tip__title">{tip.title}</p>
      <p className="tip__value">
        {tip.value} <span className={`kind kind--${tip.kind}`}>{kindLabel(tip.kind, lang)}</span>
        {tip.derived ? <span className="kind kind--derived">{t('derived')}</span> : null}
      </p>
      {tip.derived ? <p className="tip__derived">{tip.derived}</p> : null}
      {tip.note ? <p className="tip__note">{tip.note}</p> : null}
      {src ? <SourceQuoteBlock source={src} lang={lang} /> : null}
    </div>
  );
}

interface RechartsTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
}

/** Recharts `<Tooltip content={<SourceTooltip />} />`: reads `tip` (or `tips`) from the hovered datum. */
export function SourceTooltip({ active, payload }: RechartsTooltipProps) {
  if (!active || !payload || payload.length === 0) return null;
  const tips: TipInfo[] = [];
  for (const p of payload) {
    const d = p.payload as { tip?: TipInfo; tips?: TipInfo[] } | undefined;
    if (d?.tips) tips.push(...d.tips);
    else if (d?.tip) tips.push(d.tip);
  }
  const unique = tips
    .filter((tp, i) => tips.findIndex((o) => o.title === tp.title && o.value === tp.value) === i)
    .slice(0, 4);
  if (unique.length === 0) return null;
  return (
    <div className="tooltip" role="tooltip">
      {unique.map((tp, i) => (
        <TipBody key={i} tip={tp} />
      ))}
    </div>
  );
}
