// Property-based fuzz test of the API on the real data: hostile requests over
// every route must never answer 5xx, every 4xx carries the JSON error body,
// every 200 of a list validates against the contract, and the log stays a few
// lines. Fixed seed, so a failure reproduces; `npm run fuzz:api -- --runs N
// --seed S` runs it longer.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { createApp } from './app';
import { openDb } from './db';
import { createRequestLog } from './requestLog';
import { fuzzRequest } from './testing/fuzz-requests';
import { answerChecker } from './testing/fuzz-check';

const RUNS = 10_000;
const SEED = 20_161;

const db = openDb(dataset, ':memory:');
const logged: string[] = [];
const app = createApp({
  db,
  corsOrigins: ['https://allowed.example'],
  requestLog: createRequestLog({ write: (line) => logged.push(line) }),
});
afterAll(() => db.close());

describe('API fuzz', () => {
  it(`answers ${RUNS} hostile requests without a 5xx, with JSON errors and valid lists`, async () => {
    const check = answerChecker((url, init) => app.request(url, init));
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fuzzRequest(dataset), async (req) => {
        const { status, problem } = await check(req);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (problem) throw new Error(`${req.method} ${req.target.slice(0, 300)}: ${problem}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The generator reaches every kind of answer, so the properties were exercised.
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(RUNS);
    for (const status of [200, 400, 404, 405])
      expect(statuses.get(status) ?? 0, `answers with ${status}`).toBeGreaterThan(500);
    // Refusals are logged once per kind (status and route), not once per request.
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.length).toBeLessThan(50);
    // About 6 s alone on this 2-core machine; the margin is for a machine busy with other suites.
  }, 90_000);
});
