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
    end: null,
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
