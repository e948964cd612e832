import { useCallback } from 'react';
import { useSourceIndex } from '../../../shared/ui/useSources';
import type { KindOf } from '../model/timeline';

/** The kind (reported, estimate, …) of a source sentence; 'reported' until the sources have loaded. */
export function useKindOf(): KindOf {
  const sources = useSourceIndex();
  return useCallback((id: string) => sources.get(id)?.kind ?? 'reported', [sources]);
}
