// `npm run fuzz:api -- [--runs N] [--seed S]`: the API fuzz test of
// server/fuzz.test.ts, run longer or with another seed, against the Hono app
// in-process on the real data. Prints what it ran and exits 1 on a failure
// (with the seed and path that replay it).
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { dataset } from '../data';
import { createApp } from '../server/app';
import { openDb } from '../server/db';
import { createRequestLog } from '../server/requestLog';
import { fuzzRequest } from '../server/testing/fuzz-requests';
import { answerChecker } from '../server/testing/fuzz-check';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz:api -- [--runs N] [--seed S]   (N > 0, S an integer)');
  process.exit(2);
}

const db = openDb(dataset, ':memory:');
const logged: string[] = [];
const app = createApp({
  db,
  corsOrigins: ['https://allowed.example'],
  requestLog: createRequestLog({ write: (line) => logged.push(line) }),
});
const check = answerChecker((url, init) => app.request(url, init));
const statuses = new Map<number, number>();
const methods = new Map<string, number>();
let longest = 0;

console.log(
  `API fuzz: ${runs} requests, seed ${seed}, on the real data (${dataset.vendors.length} vendors) in-process`,
);
const started = performance.now();
const result = await fc.check(
  fc.asyncProperty(fuzzRequest(dataset), async (req) => {
    const { status, problem } = await check(req);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    methods.set(req.method, (methods.get(req.method) ?? 0) + 1);
    longest = Math.max(longest, req.target.length);
    if (problem) throw new Error(`${req.method} ${req.target.slice(0, 300)}: ${problem}`);
  }),
  { numRuns: runs, seed, endOnFailure: true },
);
const seconds = (performance.now() - started) / 1000;
db.close();

const byCount = (m: Map<string | number, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
console.log(`  ${result.numRuns} run in ${seconds.toFixed(1)} s (${Math.round(result.numRuns / seconds)} req/s)`);
console.log(`  statuses: ${byCount(statuses)}`);
console.log(`  methods: ${byCount(methods)}`);
console.log(`  longest target: ${longest} characters; log lines written (rate-limited): ${logged.length}`);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  console.error(`FAIL: replay with --seed ${seed} (fast-check path ${result.counterexamplePath})`);
  process.exit(1);
}
console.log('PASS: no 5xx, every 4xx the JSON error body, every 200 list valid against the contract');
