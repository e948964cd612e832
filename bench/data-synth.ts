// npm run data:synth -- --scale N [--seed S] [--out FILE]
// Writes bench/.data/dataset-xN.json (git-ignored): the real data plus N-1
// synthetic copies. Serve it with DATASET_FILE=bench/.data/dataset-xN.json.
import fs from 'node:fs';
import path from 'node:path';
import { dataset } from '../data';
import { Dataset } from '../src/shared/api/contract/dataset';
import { counts, synthesize } from './synth';

export const DATA_DIR = path.resolve(import.meta.dirname, '.data');

export function synthFile(scale: number): string {
  return path.join(DATA_DIR, `dataset-x${scale}.json`);
}

/** Writes the N× dataset (validated against the contract) and returns its path. */
export function writeSynth(scale: number, seed?: number, out = synthFile(scale)): string {
  const data = Dataset.parse(synthesize(dataset, scale, seed));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(data));
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const scale = Number(arg('--scale') ?? 10);
  const seed = arg('--seed') === undefined ? undefined : Number(arg('--seed'));
  const file = writeSynth(scale, seed, arg('--out'));
  const n = counts(JSON.parse(fs.readFileSync(file, 'utf8')) as Dataset);
  console.log(
    `wrote ${path.relative(process.cwd(), file)} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB): ${JSON.stringify(n)}`,
  );
}
