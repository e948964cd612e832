import { describe, expect, it } from 'vitest';
import { cpuTicksOfProcStat, generatorSaturated, ownCpuMs, processCpuMs } from './cpu';

describe('cpuTicksOfProcStat', () => {
  it('adds utime and stime, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (x) y) S 1 4242 4242 0 -1 4194560 5000 0 0 0 731 169 0 0 20 0 11 0 100 1000 300';
    expect(cpuTicksOfProcStat(stat)).toBe(900);
  });

  it('refuses text that is not a stat line', () => {
    expect(() => cpuTicksOfProcStat('nonsense')).toThrow(/unreadable/);
  });
});

describe('processCpuMs', () => {
  it('reads this process on Linux and grows with work; an absent pid gives null', () => {
    const before = processCpuMs(process.pid);
    if (before === null) return expect(process.platform).not.toBe('linux');
    const t = Date.now();
    let x = 0;
    while (Date.now() - t < 150) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(processCpuMs(process.pid)!).toBeGreaterThan(before);
    expect(processCpuMs(2 ** 22 + 7)).toBeNull();
    expect(ownCpuMs()).toBeGreaterThan(0);
  });
});

describe('generatorSaturated', () => {
  it('is true only when the load generator filled its core while the server had room', () => {
    expect(generatorSaturated({ loadCores: 1.0, serverCores: 0.32 })).toBe(true);
    expect(generatorSaturated({ loadCores: 0.9, serverCores: 0.59 })).toBe(true);
    // Both near a full core: the two cores are used up, a second load thread would take the server's CPU.
    expect(generatorSaturated({ loadCores: 0.98, serverCores: 0.84 })).toBe(false);
    expect(generatorSaturated({ loadCores: 0.6, serverCores: 0.2 })).toBe(false);
    expect(generatorSaturated({ loadCores: 1.0, serverCores: null })).toBe(false);
  });
});
