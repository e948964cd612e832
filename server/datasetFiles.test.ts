import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { DatasetError } from '../src/shared/api/contract/datasetProblems';
import { DATA_DIR, checkDataDir, loadDataDir } from './datasetFiles';
import { loadDataset } from './db';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-files-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function datasetFile(name: string, content: unknown): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A copy of data/ to break one file of. */
function dataDirCopy(name: string): string {
  const dir = path.join(work, name);
  fs.cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

async function refusal(load: () => unknown): Promise<string> {
  try {
    await load();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as Error).message;
  }
  throw new Error('expected the dataset to be refused');
}

describe('loadDataset: a DATASET_FILE', () => {
  it('loads a valid file as the contract parses it', async () => {
    expect(await loadDataset(datasetFile('ok.json', dataset))).toEqual(dataset);
  });

  it('refuses a dangling reference, naming file, collection, record and field', async () => {
    const broken = structuredClone(dataset);
    broken.models[0]!.vendorId = 'openai2';
    broken.metrics[0]!.sourceId = 's-nowhere';
    const message = await refusal(() => loadDataset(datasetFile('dangling.json', broken)));
    expect(message).toMatch(/^Could not load DATASET_FILE .*dangling\.json: 2 problems:/);
    expect(message).toContain(
      `dangling.json (models): model "${broken.models[0]!.id}" field vendorId: unknown vendor "openai2"`,
    );
    expect(message).toContain(
      `dangling.json (metrics): metric "${broken.metrics[0]!.id}" field sourceId: unknown source "s-nowhere"`,
    );
  });

  it('refuses a duplicate id', async () => {
    const broken = structuredClone(dataset);
    broken.claims.push(structuredClone(broken.claims[0]!));
    const message = await refusal(() => loadDataset(datasetFile('dup.json', broken)));
    expect(message).toContain(`dup.json (claims): claim "${broken.claims[0]!.id}" field id: duplicate id`);
  });

  it('refuses a schema problem and a file that is not an object, naming where', async () => {
    const badVendor = await refusal(() =>
      loadDataset(datasetFile('bad-id.json', { ...dataset, vendors: [{ id: 'Bad Id' }] })),
    );
    expect(badVendor).toContain('bad-id.json (vendors): vendor "Bad Id" field id: ids are lower-case kebab-case');
    const array = await refusal(() => loadDataset(datasetFile('array.json', '[1, 2]')));
    expect(array).toContain('array.json: expected a JSON object with the arrays sources, vendors');
  });

  it('refuses bad JSON with line, column and a short excerpt', async () => {
    const text = JSON.stringify(dataset, null, 2).replace('"vendors": [', '"vendors": [,');
    const line = text.slice(0, text.indexOf('"vendors": [,')).split('\n').length;
    const message = await refusal(() => loadDataset(datasetFile('bad.json', text)));
    expect(message).toMatch(new RegExp(`bad\\.json: invalid JSON at line ${line}, column 15: unexpected ","`));
    expect(message).toContain('"vendors": [▶,');
    expect(message.length).toBeLessThan(400);
  });

  it('refuses a missing file with the reason', async () => {
    const message = await refusal(() => loadDataset(path.join(work, 'missing.json')));
    expect(message).toContain('missing.json: cannot read the file (ENOENT');
  });
});

describe('loadDataset: data/', () => {
  it('serves the same data as data/index.ts (the mock)', async () => {
    expect(await loadDataset('')).toEqual(dataset); // '': no DATASET_FILE, whatever the environment says
    expect(checkDataDir().problems).toEqual([]);
  });

  it('refuses a dangling reference in one file, naming the file, record and field', async () => {
    const dir = dataDirCopy('dangling');
    const models = JSON.parse(fs.readFileSync(path.join(dir, 'models.json'), 'utf8')) as {
      id: string;
      vendorId: string;
    }[];
    models[1]!.vendorId = 'openai2';
    fs.writeFileSync(path.join(dir, 'models.json'), JSON.stringify(models, null, 2));
    const message = await refusal(() => loadDataset('', dir));
    expect(message).toBe(
      `Could not load the dataset in ${dir}: 1 problem:\n` +
        `  - models.json: model "${models[1]!.id}" field vendorId: unknown vendor "openai2"`,
    );
  });

  it('refuses bad JSON and a missing file, each by file name', async () => {
    const dir = dataDirCopy('broken-json');
    fs.writeFileSync(path.join(dir, 'stages.json'), '[\n  {"id": "a",}\n]\n');
    fs.rmSync(path.join(dir, 'claims.json'));
    const message = await refusal(() => loadDataDir(dir));
    expect(message).toContain('stages.json: invalid JSON at line 2, column 14: expected a property name');
    expect(message).toContain('claims.json: cannot read the file (ENOENT');
  });
});
