import { useEffect, useState } from 'react';
import { useLang } from '../shared/i18n/i18n';
import { currentSection } from './currentSection';
import { SECTION_TEXT, shortSliceName } from './sectionMessages';
import { useSliceFold } from './sliceFold';
import './sections.css';

interface Props {
  /** The slices in page order (the menu shows a short name where it has one). */
  slices: readonly { id: string; label: string }[];
}

/** Px under the sticky bar at which a section counts as the one being read. */
const READING_LINE = 48;

function barBottom(): number {
  return document.querySelector('.filter-bar')?.getBoundingClientRect().bottom ?? 0;
}

/** The slice being read, followed on scroll (one read of four positions per frame at most). */
function useCurrentSlice(ids: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    let pending = 0;
    const measure = () => {
      pending = 0;
      const tops = key
        .split(' ')
        .map((id) => ({ id, top: document.getElementById(`slice-${id}`)?.getBoundingClientRect().top }))
        .filter((s): s is { id: string; top: number } => s.top !== undefined)
        .sort((a, b) => a.top - b.top);
      setCurrent(currentSection(tops, barBottom() + READING_LINE));
    };
    const onScroll = () => {
      if (!pending) pending = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      if (pending) cancelAnimationFrame(pending);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [key]);
  return current;
}

/**
 * The four slices as links, in the sticky bar: one click brings a slice's
 * heading under the bar (unfolded if it was folded) and puts focus on it. The
 * URL does not change (no history entry for a jump).
 */
export function SectionMenu({ slices }: Props) {
  const lang = useLang();
  const unfold = useSliceFold((s) => s.unfold);
  const current = useCurrentSlice(slices.map((s) => s.id));

  const jump = (id: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    unfold(id);
    // After the unfold has been laid out.
    requestAnimationFrame(() => {
      const section = document.getElementById(`slice-${id}`);
      section?.scrollIntoView({ block: 'start' });
      section?.querySelector<HTMLElement>('.slice__toggle')?.focus({ preventScroll: true });
    });
  };

  return (
    <nav className="section-menu" aria-label={SECTION_TEXT[lang].menu} data-testid="section-menu">
      <ul className="section-menu__list">
        {slices.map((s) => (
          <li key={s.id}>
            <a
              className="section-menu__link"
              href={`#slice-${s.id}`}
              aria-current={current === s.id ? 'location' : undefined}
              data-section={s.id}
              onClick={jump(s.id)}
            >
              {shortSliceName(s.id, lang) ?? s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
