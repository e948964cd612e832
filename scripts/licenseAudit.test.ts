import { describe, expect, it } from 'vitest';
import {
  declaredLicense,
  licenseAllowed,
  licenseProblems,
  licenseRows,
  lockfileProblems,
  packageNameOf,
  runtimePackages,
  type Lockfile,
  type PackageJson,
} from './licenseAudit';

describe('licenseAllowed', () => {
  it.each(['MIT', 'ISC', 'Apache-2.0', '(MIT OR WTFPL)', 'MIT AND ISC AND BSD-3-Clause', 'BlueOak-1.0.0', '0BSD'])(
    'allows %j',
    (expr) => expect(licenseAllowed(expr)).toBe(true),
  );
  it.each([
    'GPL-3.0-only',
    'MIT AND GPL-2.0',
    '(GPL-2.0 OR AGPL-3.0)',
    'SEE LICENSE IN LICENSE.md',
    'UNLICENSED',
    '',
    'MIT OR',
    '(MIT',
    'MIT)',
    'OR MIT',
  ])('refuses %j', (expr) => expect(licenseAllowed(expr)).toBe(false));
  it('binds AND tighter than OR', () => {
    expect(licenseAllowed('GPL-2.0 OR MIT AND ISC')).toBe(true);
    expect(licenseAllowed('MIT AND GPL-2.0 OR GPL-3.0')).toBe(false);
  });
  it('reads WITH as the base license and a trailing + as that license', () => {
    expect(licenseAllowed('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(licenseAllowed('GPL-2.0 WITH Classpath-exception-2.0')).toBe(false);
    expect(licenseAllowed('Apache-2.0+')).toBe(true);
  });
});

describe('declaredLicense', () => {
  it('reads the SPDX string, the legacy object and the legacy list', () => {
    expect(declaredLicense({ license: 'MIT' })).toBe('MIT');
    expect(declaredLicense({ license: { type: 'ISC', url: 'x' } })).toBe('ISC');
    expect(declaredLicense({ licenses: [{ type: 'MIT' }] })).toBe('MIT');
    expect(declaredLicense({ licenses: [{ type: 'MIT' }, { type: 'GPL-2.0' }] })).toBe('(MIT AND GPL-2.0)');
  });
  it('is null when nothing is declared', () => {
    expect(declaredLicense({})).toBeNull();
    expect(declaredLicense({ license: ' ' })).toBeNull();
    expect(declaredLicense(null)).toBeNull();
  });
});

const pkg: PackageJson = {
  name: 'app',
  version: '1.0.0',
  dependencies: { hono: '4.0.0' },
  devDependencies: { vite: '8.3.8' },
};
function lock(over: Partial<Lockfile> = {}, packages: Lockfile['packages'] = {}): Lockfile {
  return {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: { hono: '4.0.0' }, devDependencies: { vite: '8.3.8' } },
      'node_modules/hono': { version: '4.0.0', integrity: 'sha512-a', license: 'MIT' },
      'node_modules/vite': { version: '8.3.8', integrity: 'sha512-b', license: 'MIT', dev: true },
      ...packages,
    },
    ...over,
  };
}

describe('lockfileProblems', () => {
  it('finds none in a lockfile in sync with package.json', () => {
    expect(lockfileProblems(lock(), pkg)).toEqual([]);
  });
  it('wants lockfileVersion 3', () => {
    expect(lockfileProblems(lock({ lockfileVersion: 2 }), pkg)).toEqual(['lockfileVersion is 2, not 3']);
  });
  it('finds a dependency package.json has and the lockfile has not', () => {
    const problems = lockfileProblems(lock(), { ...pkg, dependencies: { hono: '4.0.0', zod: '4.0.0' } });
    expect(problems).toContain("package.json's dependencies differ from the lockfile's: run npm install");
    expect(problems).toContain('zod: not in the lockfile');
  });
  it('finds a locked version other than the pin, and a range that is not a pin', () => {
    const changed = { ...pkg, devDependencies: { vite: '8.4.0' } };
    expect(lockfileProblems(lock(), changed)).toContain('vite: package.json pins 8.4.0, the lockfile has 8.3.8');
    const ranged = { ...pkg, dependencies: { hono: '^4.0.0' } };
    expect(lockfileProblems(lock(), ranged)).toContain(
      'hono: "^4.0.0" is not an exact version (the project pins exactly)',
    );
  });
  it('wants a sha512 integrity everywhere, an https resolved when there is one, and no napi-windows', () => {
    const problems = lockfileProblems(
      lock(
        {},
        {
          'node_modules/a': { version: '1.0.0' },
          'node_modules/b': { version: '1.0.0', integrity: 'sha1-x' },
          'node_modules/c': { version: '1.0.0', integrity: 'sha512-c', resolved: 'git+ssh://host/c.git' },
          'node_modules/@x/napi-windows-process-start-time': {
            version: '1.0.0',
            integrity: 'sha512-d',
            optional: true,
          },
        },
      ),
      pkg,
    );
    expect(problems).toEqual([
      'node_modules/a: no integrity',
      'node_modules/b: integrity is not sha512',
      'node_modules/c: resolved from git+ssh://host/c.git',
      'node_modules/@x/napi-windows-process-start-time: a napi-windows package (breaks npm ci; keep vite at 8.3.8)',
    ]);
  });
});

describe('runtimePackages and licenseRows', () => {
  const runtime = runtimePackages(
    lock(
      {},
      {
        'node_modules/hono/node_modules/@s/dep': { version: '2.0.0', integrity: 'sha512-e', license: 'ISC' },
        'node_modules/types': { version: '1.0.0', integrity: 'sha512-f', devOptional: true },
        'node_modules/fsevents': { version: '2.0.0', integrity: 'sha512-g', optional: true, license: 'MIT' },
        'node_modules/gpl': { version: '1.0.0', integrity: 'sha512-h' },
      },
    ),
  );
  it('lists the packages an install without dev dependencies holds', () => {
    expect(runtime.map((p) => p.path)).toEqual([
      'node_modules/fsevents',
      'node_modules/gpl',
      'node_modules/hono',
      'node_modules/hono/node_modules/@s/dep',
    ]);
    expect(packageNameOf('node_modules/hono/node_modules/@s/dep')).toBe('@s/dep');
  });
  it('prefers the installed license, falls back to the lockfile, and reports the rest', () => {
    const installed: Record<string, unknown> = {
      'node_modules/hono': { version: '4.0.0', license: 'MIT' },
      'node_modules/hono/node_modules/@s/dep': { version: '2.0.1' },
      'node_modules/gpl': { version: '1.0.0', license: 'GPL-3.0-only' },
    };
    const rows = licenseRows(runtime, (p) => installed[p] ?? null);
    expect(rows.map((r) => [r.name, r.license, r.allowed])).toEqual([
      ['fsevents', 'MIT', true],
      ['gpl', 'GPL-3.0-only', false],
      ['hono', 'MIT', true],
      ['@s/dep', 'ISC', true],
    ]);
    expect(licenseProblems(rows)).toEqual([
      'gpl@1.0.0: GPL-3.0-only is not on the allow-list',
      '@s/dep@2.0.0: installed 2.0.1, the lockfile says 2.0.0',
    ]);
  });
  it('reports a package that declares no license, and one missing from node_modules', () => {
    const rows = licenseRows(
      [{ path: 'node_modules/x', name: 'x', version: '1.0.0', optional: false, lockLicense: null }],
      () => null,
    );
    expect(licenseProblems(rows)).toEqual(['x@1.0.0: no license declared', 'x@1.0.0: not installed (run npm ci)']);
  });
});
