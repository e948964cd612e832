import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { kindLabel } from '../shared/i18n/i18n';
import { fill } from '../shared/i18n/fill';
import { SourceQuoteBlock } from '../shared/ui/SourceQuote';
import type { Lang } from '../shared/filters/state';
import type { HeadlineView } from './headlines';
import { HEADLINE_TEXT } from './headlineMessages';
import { popoverPlacement, type PopoverPlacement } from './popoverPlacement';

const UNDER: PopoverPlacement = { shiftX: 0, side: 'below' };

interface Props {
  view: HeadlineView;
  lang: Lang;
  /** Called before the link's jump (unfolds the panel's slice if it is folded). */
  onJump: (panelId: string) => void;
}

/**
 * One headline figure. The figure is a button: hovering, focusing or tapping it
 * shows the article's sentence in a popover (which the pointer can move onto;
 * Escape or a tap elsewhere closes it). "See chart" is a separate link, so a tap
 * that only wants the source never moves the page.
 */
export function HeadlineFigure({ view, lang, onJump }: Props) {
  const tx = HEADLINE_TEXT[lang];
  const popId = `headline-src-${view.id}`;
  const itemRef = useRef<HTMLLIElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [place, setPlace] = useState<PopoverPlacement>(UNDER);
  const open = !dismissed && (hover || focused || pinned);

  // Kept inside the screen and clear of the sticky bar: shifted sideways, above the figure when
  // there is no room below, a sheet at the foot when there is room on neither side. Measured
  // from the plain placement each time it opens (a closed popover goes back to it).
  useLayoutEffect(() => {
    const item = itemRef.current;
    const pop = popRef.current;
    if (!open || !item || !pop) return setPlace(UNDER);
    setPlace(
      popoverPlacement(
        item.getBoundingClientRect(),
        { width: pop.offsetWidth, height: pop.offsetHeight },
        { width: document.documentElement.clientWidth, height: window.innerHeight },
        document.querySelector('.filter-bar')?.getBoundingClientRect().bottom ?? 0,
      ),
    );
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setPinned(false);
        setDismissed(true);
      }
    };
    // A tap elsewhere closes it (a touch browser may not move focus, so blur alone is not enough).
    const onPointer = (e: PointerEvent) => {
      if (!itemRef.current?.contains(e.target as Node)) {
        setPinned(false);
        setHover(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <li
      ref={itemRef}
      className="headline"
      data-headline={view.id}
      onMouseEnter={() => {
        setHover(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHover(false)}
    >
      <button
        type="button"
        className="headline__figure"
        aria-describedby={popId}
        aria-expanded={open}
        aria-controls={popId}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onClick={() => {
          // A tap (or click) keeps it open; a second one closes it.
          if (pinned && open) {
            setPinned(false);
            setDismissed(true);
          } else {
            setPinned(true);
            setDismissed(false);
          }
        }}
      >
        <span className="headline__value">{view.value}</span>
        <span className="headline__label">
          <span className="headline__subject">{view.subject}</span> {view.measure}
        </span>
      </button>
      <p className="headline__meta">
        {view.kind ? <span className={`kind kind--${view.kind}`}>{kindLabel(view.kind, lang)}</span> : null}
        <span className="headline__period">{view.period}</span>
      </p>
      <a
        className="headline__link"
        href={`#panel-${view.panel}`}
        aria-label={fill(tx.seeChartOf, { label: view.label })}
        onClick={() => onJump(view.panel)}
      >
        {tx.seeChart}
      </a>
      <div
        ref={popRef}
        id={popId}
        role="tooltip"
        className={`headline__pop headline__pop--${place.side}`}
        hidden={!open}
        style={place.shiftX ? { transform: `translateX(${place.shiftX}px)` } : undefined}
      >
        <div className="tooltip headline__tip">
          <p className="tip__title">{view.label}</p>
          <p className="tip__value">
            {view.value} · {view.period}
            {view.kind ? <span className={`kind kind--${view.kind}`}>{kindLabel(view.kind, lang)}</span> : null}
          </p>
          {view.source ? <SourceQuoteBlock source={view.source} lang={lang} /> : null}
          {view.note ? <p className="tip__note">{view.note}</p> : null}
        </div>
      </div>
    </li>
  );
}
