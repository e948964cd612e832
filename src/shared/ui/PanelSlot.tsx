import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { HeldViewContext, useViewStore, type ViewStore } from '../filters/store';
import { viewChangeMatters, type FilterUse } from '../filters/state';
import { PanelSlotContext, type PanelSlotValue } from './panelSlotContext';
import { useNearness } from './useNearness';

/**
 * Hosts one panel. While the panel is far from the viewport (and no export
 * holds it) it reads a held copy of the view instead of the store, so a filter
 * change does not render it inside the input's synchronous render. The copy
 * follows the store in a transition, and only on changes the panel must follow
 * before it is seen (`viewChangeMatters`: the filters its queries use, so it
 * fetches ahead, and the focused panel). Near the viewport, or held by an
 * export, the panel reads the store itself, so whatever a reader can see or
 * export is always current.
 *
 * `panel` is a component, not an element, so a slice re-rendering does not
 * re-render the panels in it.
 */
export const PanelSlot = memo(function PanelSlot({ panel: Body }: { panel: ComponentType }) {
  const [target, setTarget] = useState<Element | null>(null);
  const usesRef = useRef<FilterUse | undefined>(undefined);
  const nearness = useNearness(target);
  const [copy, setCopy] = useState<ViewStore>(() => useViewStore.getState());

  useEffect(
    () =>
      useViewStore.subscribe((next) =>
        startTransition(() =>
          setCopy((prev) => (!usesRef.current || viewChangeMatters(prev, next, usesRef.current) ? next : prev)),
        ),
      ),
    [],
  );

  const watch = useCallback((el: Element | null, uses: FilterUse | undefined) => {
    usesRef.current = uses;
    setTarget(el);
    return () => setTarget((t) => (t === el ? null : t));
  }, []);
  const slot = useMemo<PanelSlotValue>(() => ({ nearness, watch }), [nearness, watch]);
  const held = nearness.near || nearness.holds > 0 ? null : copy;
  const body = useMemo(() => <Body />, [Body]);

  return (
    <PanelSlotContext.Provider value={slot}>
      <HeldViewContext.Provider value={held}>{body}</HeldViewContext.Provider>
    </PanelSlotContext.Provider>
  );
});
