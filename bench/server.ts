// Starts bench/server-child.ts as a child process and reads its memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface ChildServer {
  url: string;
  pid: number;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number | null;
  close(): Promise<void>;
}

export function procStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export async function startChildServer(opts: {
  datasetFile?: string;
  staticDir?: string;
  /** More environment for the child (PREBUILT_DB…). */
  env?: Record<string, string>;
}): Promise<ChildServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.DATASET_FILE;
  if (opts.datasetFile) env.DATASET_FILE = opts.datasetFile;
  Object.assign(env, opts.env);
  if (opts.staticDir) env.BENCH_STATIC = opts.staticDir;
  // node --import tsx: one process (the tsx CLI would add a parent process).
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'server-child.ts')],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: path.resolve(import.meta.dirname, '..'),
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server child did not start within 120 s')), 120_000);
    child.once('exit', (code) => reject(new Error(`server child exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const { url } = JSON.parse(line) as { url: string };
        clearTimeout(timer);
        resolve(url);
      } catch {
        /* other output */
      }
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    peakRssMb: () => {
      const kb = procStatusKb(pid, 'VmHWM');
      return kb === null ? null : kb / 1024;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
