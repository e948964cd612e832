import type { ReactNode } from 'react';
import { useLang } from '../shared/i18n/i18n';
import { useSliceFold } from './sliceFold';
import { SECTION_TEXT } from './sectionMessages';
import './sections.css';

interface Props {
  id: string;
  title: string;
  children: ReactNode;
}

/**
 * One slice of the page under its heading. The heading is a toggle
 * (aria-expanded) that folds the slice to its heading alone. Folded, the
 * slice's panels stay mounted and laid out, only clipped to no height and
 * made inert: Export all still finds and draws every one of them, and a link
 * to one of them unfolds the slice first (see unfoldPanel).
 */
export function Slice({ id, title, children }: Props) {
  const lang = useLang();
  const folded = useSliceFold((s) => s.folded.has(id));
  const toggle = useSliceFold((s) => s.toggle);
  const bodyId = `slice-${id}-body`;
  return (
    <section
      className={`slice${folded ? ' slice--folded' : ''}`}
      id={`slice-${id}`}
      data-slice={id}
      aria-labelledby={`slice-${id}-title`}
    >
      <div className="slice__head">
        <h2 id={`slice-${id}-title`} className="slice__title">
          <button
            type="button"
            className="slice__toggle"
            aria-expanded={!folded}
            aria-controls={bodyId}
            data-testid={`slice-toggle-${id}`}
            onClick={() => toggle(id)}
          >
            <span className="slice__chevron" aria-hidden="true" />
            {title}
          </button>
        </h2>
        {folded ? <p className="slice__folded-note">{SECTION_TEXT[lang].folded}</p> : null}
      </div>
      <div id={bodyId} className="slice__body" inert={folded}>
        {children}
      </div>
    </section>
  );
}
