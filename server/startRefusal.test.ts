// `npm start` refuses a dataset it cannot serve: exit code 1, one clear message (no stack trace), and no
// temporary file left behind. Runs server/start.ts in a child process with its own TMPDIR so that
// "nothing left" can be read off an empty folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../data';

const ROOT = path.resolve(import.meta.dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-refusal-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
  tmpLeft: string[];
}

/** Runs `node --import tsx <script>` with env, in a fresh TMPDIR; returns the exit and what TMPDIR holds after. */
function run(args: string[], env: Record<string, string>): Promise<Exit> {
  const tmp = fs.mkdtempSync(path.join(work, 'tmpdir-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      // TSX_DISABLE_CACHE: tsx would otherwise keep its transform cache in TMPDIR.
      env: { ...process.env, TMPDIR: tmp, TSX_DISABLE_CACHE: '1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    // A start that does not refuse would build the SPA (into the shared dist/) and serve forever: stop it.
    const stop = () => child.kill('SIGKILL');
    const timer = setTimeout(stop, 40_000);
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      if (/Building the app|is up at/.test(stdout)) stop();
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, tmpLeft: fs.readdirSync(tmp) });
    });
  });
}

function writeDataset(name: string, content: string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, content);
  return file;
}

const STACK_LINE = /^\s+at .+/m;

describe('npm start with a dataset it cannot serve', () => {
  it('exits 1 naming file, collection, record and field of a dangling reference; leaves no temporary file', async () => {
    const broken = structuredClone(dataset);
    broken.models[0]!.vendorId = 'openai2';
    const file = writeDataset('dangling.json', JSON.stringify(broken));
    const exit = await run(['server/start.ts'], { DATASET_FILE: file });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(
      `dangling.json (models): model "${broken.models[0]!.id}" field vendorId: unknown vendor "openai2"`,
    );
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(exit.stdout).not.toContain('is up');
    expect(exit.tmpLeft).toEqual([]);
  }, 60_000);

  it('exits 1 on bad JSON with the position and a short excerpt, not the file; leaves no temporary file', async () => {
    // One long line (about 3 MB) with the error near its end.
    const text = JSON.stringify(dataset)
      .repeat(1)
      .replace(/}$/, ', "extra": [1, 2,, 3]' + ' '.repeat(3e6) + '}');
    const at = text.indexOf(',,') + 1;
    const file = writeDataset('bad-json.json', text);
    const exit = await run(['server/start.ts'], { DATASET_FILE: file });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain(`bad-json.json: invalid JSON at line 1, column ${at + 1}`);
    expect(exit.stderr).toContain('[1, 2,');
    expect(exit.stderr.length).toBeLessThan(1500);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(exit.tmpLeft).toEqual([]);
  }, 60_000);

  it('exits 1 when the file is missing, with the reason and no stack', async () => {
    const exit = await run(['server/start.ts'], { DATASET_FILE: path.join(work, 'nope.json') });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/nope\.json.*(no such file|ENOENT)/);
    expect(exit.stderr).not.toMatch(STACK_LINE);
    expect(exit.tmpLeft).toEqual([]);
  }, 60_000);
});

describe('a server started on a DATASET_FILE', () => {
  it('removes its temporary database on a normal close', async () => {
    const file = writeDataset('good.json', JSON.stringify(dataset));
    const script = [
      "import { startServer } from './server/serve.ts';",
      'const s = await startServer({ port: 0 });',
      "const res = await fetch(s.url + '/api/v1/vendors');",
      "console.log('status', res.status);",
      'await s.close();',
    ].join('\n');
    const exit = await run(['--input-type=module', '-e', script], { DATASET_FILE: file });
    expect(exit.stderr).toBe('');
    expect(exit.stdout).toContain('status 200');
    expect(exit.code).toBe(0);
    expect(exit.tmpLeft).toEqual([]);
  }, 60_000);

  it('removes its temporary database when it cannot listen (port taken)', async () => {
    const file = writeDataset('good-busy.json', JSON.stringify(dataset));
    const script = [
      "import net from 'node:net';",
      "import { startServer } from './server/serve.ts';",
      'const busy = net.createServer();',
      "await new Promise((r) => busy.listen(0, '127.0.0.1', r));",
      "await startServer({ port: busy.address().port }).then(() => console.log('listening?'), (e) => console.log('refused', e.code));",
      'busy.close();',
    ].join('\n');
    const exit = await run(['--input-type=module', '-e', script], { DATASET_FILE: file });
    expect(exit.stdout).toContain('refused EADDRINUSE');
    expect(exit.code).toBe(0);
    expect(exit.tmpLeft).toEqual([]);
  }, 60_000);
});
