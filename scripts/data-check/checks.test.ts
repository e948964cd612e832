import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../server/datasetFiles';
import { formatProblem } from '../../src/shared/api/contract/datasetProblems';
import { TINY_ARTICLE, tinyDataset } from '../../src/shared/api/contract/testing/tinyDataset';
import { checkQuotesUnique, checkSourcesUsed, checkVerbatim, runChecks } from './checks';

// The schema and integrity rules are the contract's validateDataset, tested in src/shared/api/contract/integrity.test.ts.

describe('checkQuotesUnique and checkSourcesUsed', () => {
  it('pass the tiny dataset', () => {
    expect(checkQuotesUnique(tinyDataset().sources)).toEqual([]);
    expect(checkSourcesUsed(tinyDataset())).toEqual([]);
  });

  it('report a second source with the same quote', () => {
    const d = tinyDataset();
    d.sources.push({ ...d.sources[0]!, id: 's-gpt2-again' });
    expect(checkQuotesUnique(d.sources).map((p) => formatProblem(p))).toEqual([
      'sources.json: source "s-gpt2-again" field quote: same quote as source "s-gpt2"',
    ]);
  });

  it('report a source no record uses, and count a benchmark or price as a use', () => {
    const d = tinyDataset();
    d.sources.push(
      { id: 's-unused', quote: 'x', en: 'x', kind: 'claim', section: 'x' },
      { id: 's-price', quote: 'y', en: 'y', kind: 'reported', section: 'x' },
    );
    d.models[0]!.apiPrice = { input: 1, output: 2, currency: 'USD', sourceId: 's-price' };
    expect(checkSourcesUsed(d).map((p) => formatProblem(p))).toEqual([
      'sources.json: source "s-unused": not used by any record',
    ]);
  });
});

describe('checkVerbatim', () => {
  it('accepts quotes that occur byte for byte', () => {
    expect(checkVerbatim(tinyDataset().sources, [TINY_ARTICLE])).toEqual([]);
  });

  it('reports a quote that was "corrected" (simplified characters instead of the artefacts)', () => {
    const d = tinyDataset();
    d.sources[0]!.quote = '2019年2月,GPT-2发布。';
    expect(checkVerbatim(d.sources, [TINY_ARTICLE]).map((p) => formatProblem(p))).toEqual([
      'sources.json: source "s-gpt2" field quote: does not occur verbatim in the seed article',
    ]);
  });
});

describe('runChecks', () => {
  it('applies the load rules and then the verbatim check, listing both', () => {
    const d = tinyDataset();
    d.sources[0]!.quote = 'not in any article';
    d.models[0]!.vendorId = 'openai2';
    expect(runChecks(d, [TINY_ARTICLE]).problems.map((p) => formatProblem(p))).toEqual([
      'models.json: model "gpt-2" field vendorId: unknown vendor "openai2"',
      'sources.json: source "s-gpt2" field quote: does not occur verbatim in the seed article',
    ]);
  });

  it('skips the verbatim check when no article is given', () => {
    const d = tinyDataset();
    d.sources[0]!.quote = 'not in any article';
    expect(runChecks(d, null).problems).toEqual([]);
    expect(runChecks(d, [TINY_ARTICLE]).problems).toHaveLength(1);
  });
});

describe('the committed dataset', () => {
  const seedDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seed');
  const articles = existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')) : null;

  it('passes every check', () => {
    const { raw, problems: readProblems } = readDataDir();
    expect(readProblems).toEqual([]);
    const { dataset, problems } = runChecks(raw, articles);
    expect(problems.map((p) => formatProblem(p))).toEqual([]);
    expect(dataset?.sources.length).toBeGreaterThan(0);
  });
});
