import { SECTIONS, type Section } from './figures';

export interface BenchArgs {
  scales: number[];
  quick: boolean;
  only: Section[];
  /** Skip Lighthouse even in a full run. */
  noLighthouse: boolean;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { scales: [1, 10, 100], quick: false, only: [...SECTIONS], noLighthouse: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--quick') out.quick = true;
    else if (flag === '--no-lighthouse') out.noLighthouse = true;
    else if (flag === '--scales') {
      const scales = value()
        .split(',')
        .map((s) => Number(s.trim()));
      if (scales.some((s) => !Number.isInteger(s) || s < 1))
        throw new Error('--scales takes positive integers, e.g. 1,10,100');
      out.scales = [...new Set(scales)].sort((x, y) => x - y);
    } else if (flag === '--only') {
      const only = value()
        .split(',')
        .map((s) => s.trim());
      const bad = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length) throw new Error(`--only: unknown section ${bad.join(', ')} (use ${SECTIONS.join(',')})`);
      out.only = only as Section[];
    } else throw new Error(`unknown flag ${a}`);
  }
  return out;
}
