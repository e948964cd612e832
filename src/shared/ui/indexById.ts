/**
 * A list answer's items by id, built once per answer object and shared by
 * every component that asks: an inline `select` would rebuild the map on every
 * render of every subscriber (at 100× data that was most of an interaction).
 */
const cache = new WeakMap<object, Map<string, unknown>>();

export function indexById<T extends { id: string }>(answer: { data: readonly T[] }): Map<string, T> {
  let index = cache.get(answer) as Map<string, T> | undefined;
  if (!index) {
    index = new Map(answer.data.map((item) => [item.id, item]));
    cache.set(answer, index);
  }
  return index;
}
