import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../api/queries';
import type { Vendor } from '../api/contract';

/** Every vendor by id (names, regions, groups), for labels and colours. */
export function useVendorIndex(): Map<string, Vendor> {
  const { data } = useQuery({ ...listQuery('vendors'), select: (r) => new Map(r.data.map((v) => [v.id, v])) });
  return data ?? EMPTY;
}
const EMPTY = new Map<string, Vendor>();
