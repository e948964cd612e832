import type { ViewState } from './state';

/**
 * The view without vendor ids the API does not know (a typo, or a vendor since
 * removed from the data): the API answers 400 to an unknown id, so one stale id
 * in a shared link would fail every vendor-filtered panel, and Retry could not
 * help. Returns the same view object when nothing is dropped.
 */
export function dropUnknownVendors(
  view: ViewState,
  knownIds: ReadonlySet<string>,
): { view: ViewState; dropped: string[] } {
  const dropped = view.vendors.filter((id) => !knownIds.has(id));
  if (dropped.length === 0) return { view, dropped };
  return { view: { ...view, vendors: view.vendors.filter((id) => knownIds.has(id)) }, dropped };
}
