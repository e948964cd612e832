// `npm run data:check`: validates data/*.json (schema, integrity, verbatim quotes) and exits 1 on any problem.
// It reads the files as the server does (server/datasetFiles.ts) and applies the same rules; only the verbatim
// check against the article is its own.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataDir } from '../server/datasetFiles';
import { formatProblem, type DatasetProblem } from '../src/shared/api/contract/datasetProblems';
import { counts, runChecks } from './data-check/checks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '..', 'shared', 'seed');

function readSeed(): string[] | null {
  if (!existsSync(seedDir) || !statSync(seedDir).isDirectory()) return null;
  return readdirSync(seedDir)
    .filter((name) => statSync(join(seedDir, name)).isFile())
    .map((name) => readFileSync(join(seedDir, name), 'utf8'));
}

function main(): void {
  const { raw, problems: readProblems } = readDataDir();
  if (readProblems.length) return fail(readProblems);

  const articles = readSeed();
  const { dataset, problems } = runChecks(raw, articles);
  if (problems.length || !dataset) return fail(problems);

  if (!articles)
    console.log(
      `Verbatim quote check skipped: seed folder ${seedDir} not found (it holds the article the quotes come from).`,
    );
  else console.log(`All ${dataset.sources.length} quotes occur verbatim in ${seedDir}.`);
  console.log('data:check passed. Records per file:');
  for (const [file, n] of Object.entries(counts(dataset))) console.log(`  ${file}.json: ${n}`);
}

function fail(problems: DatasetProblem[]): void {
  console.error(`data:check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exitCode = 1;
}

main();
