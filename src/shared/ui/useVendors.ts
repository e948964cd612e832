import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../api/queries';
import type { Vendor } from '../api/contract';
import { indexById } from './indexById';

const selectIndex = (r: { data: Vendor[] }) => indexById(r);

/** Every vendor by id (names, regions, groups), for labels and colours. */
export function useVendorIndex(): Map<string, Vendor> {
  const { data } = useQuery({ ...listQuery('vendors'), select: selectIndex });
  return data ?? EMPTY;
}
const EMPTY = new Map<string, Vendor>();
