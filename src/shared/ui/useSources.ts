import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../api/queries';
import type { Source } from '../api/contract';
import { indexById } from './indexById';

const selectIndex = (r: { data: Source[] }) => indexById(r);

/** All source sentences, by id (one small query shared by every tooltip). */
export function useSourceIndex(): Map<string, Source> {
  const { data } = useQuery({ ...listQuery('sources'), select: selectIndex });
  return data ?? EMPTY;
}
const EMPTY = new Map<string, Source>();
