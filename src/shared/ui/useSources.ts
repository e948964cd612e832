import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../api/queries';
import type { Source } from '../api/contract';

/** All source sentences, by id (one small query shared by every tooltip). */
export function useSourceIndex(): Map<string, Source> {
  const { data } = useQuery({ ...listQuery('sources'), select: (r) => new Map(r.data.map((s) => [s.id, s])) });
  return data ?? EMPTY;
}
const EMPTY = new Map<string, Source>();
