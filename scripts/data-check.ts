// `npm run data:check`: validates data/*.json (schema, integrity, verbatim quotes) and exits 1 on any problem.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from '../src/shared/api/contract/dataset';
import { counts, DATA_FILES, formatProblem, runChecks, type Problem } from './data-check/checks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(root, '..', 'shared', 'seed');

function readRaw(): { raw: Record<string, unknown>; problems: Problem[] } {
  const raw: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const file of DATA_FILES) {
    try {
      raw[file] = JSON.parse(readFileSync(join(root, 'data', `${file}.json`), 'utf8'));
    } catch (error) {
      problems.push({ file, id: null, message: `cannot read or parse: ${(error as Error).message}` });
    }
  }
  return { raw, problems };
}

function readSeed(): string[] | null {
  if (!existsSync(seedDir) || !statSync(seedDir).isDirectory()) return null;
  return readdirSync(seedDir)
    .filter((name) => statSync(join(seedDir, name)).isFile())
    .map((name) => readFileSync(join(seedDir, name), 'utf8'));
}

async function loadParse(): Promise<(raw: unknown) => Dataset> {
  // data/index.ts parses the committed files when it loads; if they are off, fall back to the bare schema
  // so the problems can still be listed per record.
  try {
    const mod = await import('../data/index');
    return mod.parseDataset;
  } catch {
    return (raw) => Dataset.parse(raw);
  }
}

async function main(): Promise<void> {
  const { raw, problems: readProblems } = readRaw();
  if (readProblems.length) return fail(readProblems);

  const articles = readSeed();
  const { dataset, problems } = runChecks(raw, await loadParse(), articles);
  if (problems.length || !dataset) return fail(problems);

  if (!articles)
    console.log(
      `Verbatim quote check skipped: seed folder ${seedDir} not found (it holds the article the quotes come from).`,
    );
  else console.log(`All ${dataset.sources.length} quotes occur verbatim in ${seedDir}.`);
  console.log('data:check passed. Records per file:');
  for (const [file, n] of Object.entries(counts(dataset))) console.log(`  ${file}.json: ${n}`);
}

function fail(problems: Problem[]): void {
  console.error(`data:check failed with ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${formatProblem(p)}`);
  process.exitCode = 1;
}

await main();
