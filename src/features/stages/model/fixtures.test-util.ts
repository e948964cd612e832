// Small literal records shaped like the contract, for the model tests.
import type { Event, Model, Stage, Vendor } from '../../../shared/api/contract';

export function model(p: Partial<Model> & Pick<Model, 'id' | 'vendorId' | 'name'>): Model {
  return {
    kind: 'model',
    released: null,
    parameters: null,
    modalities: null,
    contextTokens: null,
    openSource: null,
    benchmarks: [],
    apiPrice: null,
    sourceId: `s-${p.id}`,
    ...p,
  };
}

export function event(p: Partial<Event> & Pick<Event, 'id' | 'date'>): Event {
  return {
    stageId: 'parameters',
    kind: 'reported',
    vendorId: null,
    category: 'release',
    title: { en: `${p.id} en`, zh: `${p.id} zh` },
    description: { en: `${p.id} description`, zh: `${p.id} 描述` },
    modelIds: [],
    sourceId: `s-${p.id}`,
    ...p,
  };
}

export function stage(p: Partial<Stage> & Pick<Stage, 'id' | 'order' | 'start'>): Stage {
  return {
    name: { en: `${p.id} en`, zh: `${p.id} zh` },
    dated: p.start !== null,
    end: null,
    section: null,
    datesBasis: { en: 'placed by us', zh: '由我们划定' },
    future: false,
    sourceId: `s-${p.id}`,
    ...p,
  };
}

export function vendors(...list: [id: string, en: string, zh: string, region?: 'us' | 'cn'][]): Map<string, Vendor> {
  return new Map(
    list.map(([id, en, zh, region]) => [
      id,
      {
        id,
        name: { en, zh },
        aliases: [],
        region: region ?? 'us',
        group: 'ai-lab',
        sourceId: `s-${id}`,
      } satisfies Vendor,
    ]),
  );
}

/** The bench's N× dataset in small: copies 1…n-1 of every record, ids ending `-syn<n>-<k>`, dates kept. */
export function scaled<T>(list: readonly T[], n: number, copy: (x: T, id: (s: string) => string, k: number) => T): T[] {
  const out = [...list];
  for (let k = 1; k < n; k++) for (const x of list) out.push(copy(x, (s) => `${s}-syn${n}-${k}`, k));
  return out;
}

export const scaleModels = (models: readonly Model[], n: number): Model[] =>
  scaled(models, n, (m, id, k) => ({ ...m, id: id(m.id), vendorId: id(m.vendorId), name: `${m.name} S${k}` }));

export const scaleEvents = (events: readonly Event[], n: number): Event[] =>
  scaled(events, n, (e, id) => ({
    ...e,
    id: id(e.id),
    vendorId: e.vendorId === null ? null : id(e.vendorId),
    modelIds: e.modelIds.map(id),
  }));
