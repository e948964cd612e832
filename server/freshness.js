// Whether dist-server/ (the compiled server, see vite.server.config.ts) is
// missing or older than the files it was built from. Plain JavaScript: the
// launcher (server/launch.js) runs it before anything is compiled, and without
// tsx after `npm prune --omit=dev`. Types in freshness.d.ts.
import fs from 'node:fs';
import path from 'node:path';

export const SERVER_OUT_DIR = 'dist-server';
/** Written last by the server build: the local files it read; its mtime is the build's. */
export const INPUTS_FILE = 'inputs.json';

/**
 * The repository files among a build's module ids (absolute paths, maybe with
 * a `?query`; virtual ids start with \0), relative with `/`, sorted, plus
 * `extra` (files the build depends on without importing them).
 */
export function localInputs(root, moduleIds, extra = []) {
  const out = new Set(extra);
  for (const id of moduleIds) {
    if (id.startsWith('\0')) continue;
    const file = id.split('?')[0];
    if (!path.isAbsolute(file)) continue;
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const posix = rel.split(path.sep).join('/');
    if (posix.split('/').includes('node_modules')) continue;
    out.add(posix);
  }
  return [...out].sort();
}

/**
 * Why a build made at `builtAtMs` from `inputs` ({path, mtimeMs}, mtimeMs null
 * for a file that is gone) is out of date, or null when it is not.
 */
export function staleReason(builtAtMs, inputs) {
  for (const { path: file, mtimeMs } of inputs) {
    if (mtimeMs === null) return `${file} is gone`;
    if (mtimeMs > builtAtMs) return `${file} changed since the build`;
  }
  return null;
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * The compiled server's state under `root`: `built` when dist-server/start.js
 * exists, `reason` (null when fresh) why it must be (re)built.
 */
export function compiledServerState(root) {
  const outDir = path.join(root, SERVER_OUT_DIR);
  const built = fs.existsSync(path.join(outDir, 'start.js'));
  const stampFile = path.join(outDir, INPUTS_FILE);
  const builtAtMs = mtimeOf(stampFile);
  if (!built || builtAtMs === null) return { built, reason: `${SERVER_OUT_DIR}/ is not built` };
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(stampFile, 'utf8')).inputs;
  } catch (err) {
    return { built, reason: `${SERVER_OUT_DIR}/${INPUTS_FILE} is unreadable (${err.message})` };
  }
  if (!Array.isArray(inputs) || inputs.length === 0) {
    return { built, reason: `${SERVER_OUT_DIR}/${INPUTS_FILE} lists no inputs` };
  }
  const reason = staleReason(
    builtAtMs,
    inputs.map((file) => ({ path: file, mtimeMs: mtimeOf(path.join(root, file)) })),
  );
  return { built, reason };
}
