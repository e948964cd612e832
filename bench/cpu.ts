// CPU time of a process, to say which side of a load test is the bottleneck.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** utime + stime, in clock ticks, from the text of /proc/<pid>/stat. */
export function cpuTicksOfProcStat(stat: string): number {
  // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state); utime and stime are fields 14 and 15.
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new Error(`unreadable /proc stat: ${stat.slice(0, 80)}`);
  return utime + stime;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** CPU time (user + system) a process has used so far, in ms; null when /proc cannot be read. */
export function processCpuMs(pid: number): number | null {
  try {
    return (cpuTicksOfProcStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) * 1000) / clockTicks();
  } catch {
    return null;
  }
}

/** CPU time of this process (all its threads: the load generator's workers included), in ms. */
export function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Cores a load test kept busy on average (CPU time ÷ wall time), on each side. */
export interface CoresBusy {
  /** null when /proc cannot be read. */
  serverCores: number | null;
  loadCores: number;
}

/**
 * A load generator that saturates its core measures itself, not the server.
 * autocannon as shipped did so on large bodies, decoding every response body to
 * a string (Buffer#toString was 87% of its profile on /sources at 1×); the bench
 * now drops the body text (cannon-client.cjs), and a saturated thread is rarer.
 * When it happens, the run is repeated with the 50 connections shared by two threads.
 * Only when the server had room (under 0.6 cores busy): with both sides near a
 * full core, the 2 cores are used up and a second thread only takes CPU from
 * the server.
 */
export const GENERATOR_SATURATED = 0.9;
export const SERVER_HAS_ROOM = 0.6;
export function generatorSaturated(run: CoresBusy): boolean {
  return run.loadCores >= GENERATOR_SATURATED && run.serverCores !== null && run.serverCores < SERVER_HAS_ROOM;
}
