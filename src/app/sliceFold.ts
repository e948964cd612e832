import { create } from 'zustand';

/*
 * Which slices the reader has folded. Local to the page (not in the URL: a
 * shared link opens every slice); a folded slice keeps its heading, and its
 * panels stay mounted (hidden by CSS), so Export all and a panel link still
 * find them.
 */

/** The set with `id` folded if it was open, open if it was folded. */
export function toggled(folded: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(folded);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The set with `id` open (the same set when it already was, so subscribers do not re-render). */
export function unfolded(folded: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!folded.has(id)) return folded;
  const next = new Set(folded);
  next.delete(id);
  return next;
}

interface SliceFold {
  folded: ReadonlySet<string>;
  toggle: (id: string) => void;
  unfold: (id: string) => void;
  reset: () => void;
}

export const useSliceFold = create<SliceFold>()((set) => ({
  folded: new Set(),
  toggle: (id) => set((s) => ({ folded: toggled(s.folded, id) })),
  unfold: (id) => set((s) => ({ folded: unfolded(s.folded, id) })),
  reset: () => set({ folded: new Set() }),
}));

/** The slice (its `data-slice` id) that holds a panel on the page, if the panel is there. */
export function sliceOfPanel(panelId: string, doc: Document = document): string | null {
  return doc.getElementById(`panel-${panelId}`)?.closest('[data-slice]')?.getAttribute('data-slice') ?? null;
}

/** Unfolds the slice that holds a panel; true when it was folded (its layout changes). */
export function unfoldPanel(panelId: string, doc: Document = document): boolean {
  const slice = sliceOfPanel(panelId, doc);
  if (!slice || !useSliceFold.getState().folded.has(slice)) return false;
  useSliceFold.getState().unfold(slice);
  return true;
}

/**
 * Before a jump to a panel: unfolds its slice and, once the unfolded slice is
 * laid out, brings the panel to the top (under the sticky bar, through its
 * scroll-margin) — the jump itself may have run against the folded layout.
 */
export function revealPanel(panelId: string): void {
  if (unfoldPanel(panelId))
    requestAnimationFrame(() => document.getElementById(`panel-${panelId}`)?.scrollIntoView({ block: 'start' }));
}
