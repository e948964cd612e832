import { describe, expect, it } from 'vitest';
import { DatasetError } from '../src/shared/api/contract/datasetProblems';
import { dataset, parseDataset, rawDataset } from './index';

describe('data/index.ts (what the MSW mock serves)', () => {
  it('parses the committed files', () => {
    expect(parseDataset()).toEqual(dataset);
    expect(dataset.vendors.length).toBeGreaterThan(0);
  });

  it('fails loudly on a dangling reference or a duplicate id, naming file, record and field', () => {
    const broken = structuredClone(rawDataset) as unknown as {
      models: { id: string; vendorId: string }[];
      events: { id: string }[];
    };
    const model = broken.models[0]!;
    model.vendorId = 'openai2';
    broken.events.push({ ...broken.events[0]! });
    const error = (() => {
      try {
        parseDataset(broken);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DatasetError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Could not load the dataset in data\/: 2 problems:/);
    expect(message).toContain(`models.json: model "${model.id}" field vendorId: unknown vendor "openai2"`);
    expect(message).toContain(`events.json: event "${broken.events[0]!.id}" field id: duplicate id`);
  });
});
