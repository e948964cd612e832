// `npm run audit:licenses`: offline checks of the dependencies (see
// licenseAudit.ts). Prints the runtime packages' licenses and any problem;
// exits 1 when there is one. `--markdown` prints the runtime packages as a
// table (docs/dependencies.md).
import fs from 'node:fs';
import path from 'node:path';
import {
  licenseProblems,
  licenseRows,
  lockfileProblems,
  runtimePackages,
  type Lockfile,
  type PackageJson,
} from './licenseAudit';

const root = path.resolve(import.meta.dirname, '..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

const pkg = readJson('package.json') as PackageJson;
const lock = readJson('package-lock.json') as Lockfile;
const installed = (lockPath: string): unknown => {
  const file = path.join(lockPath, 'package.json');
  return fs.existsSync(path.join(root, file)) ? readJson(file) : null;
};

const rows = licenseRows(runtimePackages(lock), installed);
const direct = new Set(Object.keys(pkg.dependencies ?? {}));

if (process.argv.includes('--markdown')) {
  console.log('| Package | Version | License | Direct |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows)
    console.log(`| ${r.name} | ${r.version} | ${r.license ?? '?'} | ${direct.has(r.name) ? 'yes' : ''} |`);
  process.exit(0);
}

const counts = new Map<string, number>();
for (const r of rows) counts.set(r.license ?? '(none)', (counts.get(r.license ?? '(none)') ?? 0) + 1);
const byCount = [...counts].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`);
console.log(`${rows.length} runtime packages (${direct.size} direct): ${byCount.join(', ')}`);

const problems = [...lockfileProblems(lock, pkg), ...licenseProblems(rows)];
if (problems.length) {
  console.error(`${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Licenses all on the allow-list; the lockfile is in sync with package.json.');
