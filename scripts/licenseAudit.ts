// Offline checks of the dependencies (`npm run audit:licenses`; `npm audit`
// needs an advisory service this machine cannot reach): the runtime packages'
// licenses against an allow-list, and the lockfile's shape. Pure functions;
// scripts/audit-licenses.ts reads the files and prints.

/** Permissive licenses (SPDX ids) a runtime dependency may carry. */
export const ALLOWED_LICENSES: ReadonlySet<string> = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Python-2.0',
  'Unlicense',
  'Zlib',
]);

/** The part of package-lock.json (lockfileVersion 3) these checks read. */
export interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  link?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}
export interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** A package.json's license field(s): `license` (SPDX string or legacy {type}), or legacy `licenses: [{type}]`. */
export function declaredLicense(manifest: unknown): string | null {
  if (typeof manifest !== 'object' || manifest === null) return null;
  const m = manifest as { license?: unknown; licenses?: unknown };
  const typeOf = (v: unknown): string | null =>
    typeof v === 'string' ? v : typeof v === 'object' && v !== null && 'type' in v ? String(v.type) : null;
  const single = typeOf(m.license);
  if (single && single.trim()) return single.trim();
  if (Array.isArray(m.licenses)) {
    const all = m.licenses.map(typeOf).filter((t): t is string => !!t && !!t.trim());
    // Several legacy entries: each applies, so all must be allowed.
    if (all.length) return all.length === 1 ? all[0]! : `(${all.join(' AND ')})`;
  }
  return null;
}

/**
 * Whether an SPDX expression is satisfied by the allow-list: `A OR B` when
 * either is allowed, `A AND B` when both are (AND binds tighter), `A WITH
 * exception` as A (an exception only adds permissions), parentheses. Anything
 * else (`SEE LICENSE IN …`, `UNLICENSED`, a typo) is not allowed.
 */
export function licenseAllowed(expression: string, allowed: ReadonlySet<string> = ALLOWED_LICENSES): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  let bad = tokens.length === 0;
  const peek = () => tokens[i]?.toUpperCase();
  const primary = (): boolean => {
    const t = tokens[i++];
    if (t === undefined) return ((bad = true), false);
    if (t === '(') {
      const v = or();
      if (tokens[i++] !== ')') bad = true;
      return v;
    }
    if (t === ')' || ['AND', 'OR', 'WITH'].includes(t.toUpperCase())) return ((bad = true), false);
    if (peek() === 'WITH') i += 2; // the exception's id
    return allowed.has(t.replace(/\+$/, ''));
  };
  const and = (): boolean => {
    let v = primary();
    while (peek() === 'AND') {
      i++;
      v = primary() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (peek() === 'OR') {
      i++;
      v = and() || v;
    }
    return v;
  };
  const value = or();
  return value && !bad && i === tokens.length;
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
export function packageNameOf(lockPath: string): string {
  const at = lockPath.lastIndexOf('node_modules/');
  return at < 0 ? lockPath : lockPath.slice(at + 'node_modules/'.length);
}

export interface RuntimePackage {
  /** Key in the lockfile, also the folder: node_modules/… */
  path: string;
  name: string;
  version: string;
  optional: boolean;
  /** License recorded in the lockfile (npm copies it from the package). */
  lockLicense: string | null;
}

/** The packages `npm ci --omit=dev` installs: every lockfile entry not marked dev (or devOptional). */
export function runtimePackages(lock: Lockfile): RuntimePackage[] {
  return Object.entries(lock.packages ?? {})
    .filter(([p, e]) => p !== '' && p.includes('node_modules/') && !e.dev && !e.devOptional && !e.link)
    .map(([p, e]) => ({
      path: p,
      name: e.name ?? packageNameOf(p),
      version: e.version ?? '?',
      optional: !!e.optional,
      lockLicense: e.license ?? null,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

function sameMap(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  const ea = Object.entries(a ?? {}).sort(([x], [y]) => x.localeCompare(y));
  const eb = Object.entries(b ?? {}).sort(([x], [y]) => x.localeCompare(y));
  return JSON.stringify(ea) === JSON.stringify(eb);
}

/**
 * What is wrong with the lockfile, one line each (empty when nothing):
 * lockfileVersion 3; its root entry lists package.json's dependencies of every
 * kind; each direct dependency is an exact pin and the locked version is that
 * pin; every package has a sha512 `integrity` (and a `resolved`, when present,
 * is an https URL: this machine's npm omits registry URLs,
 * omit-lockfile-registry-resolved); no `napi-windows` package (vite 8.4's
 * optional dependency breaks `npm ci`).
 */
export function lockfileProblems(lock: Lockfile, pkg: PackageJson): string[] {
  const out: string[] = [];
  if (lock.lockfileVersion !== 3) out.push(`lockfileVersion is ${String(lock.lockfileVersion)}, not 3`);
  if (lock.name !== pkg.name || lock.version !== pkg.version) {
    out.push(`the lockfile is for ${lock.name}@${lock.version}, package.json is ${pkg.name}@${pkg.version}`);
  }
  const packages = lock.packages ?? {};
  const root = packages[''];
  if (!root) out.push('the lockfile has no root entry (packages[""])');
  for (const field of DEP_FIELDS) {
    if (root && !sameMap(root[field], pkg[field])) {
      out.push(`package.json's ${field} differ from the lockfile's: run npm install`);
    }
    for (const [name, range] of Object.entries(pkg[field] ?? {})) {
      if (field === 'peerDependencies') continue;
      if (!EXACT_VERSION.test(range))
        out.push(`${name}: "${range}" is not an exact version (the project pins exactly)`);
      const entry = packages[`node_modules/${name}`];
      if (!entry) out.push(`${name}: not in the lockfile`);
      else if (EXACT_VERSION.test(range) && entry.version !== range) {
        out.push(`${name}: package.json pins ${range}, the lockfile has ${entry.version}`);
      }
    }
  }
  for (const [p, e] of Object.entries(packages)) {
    if (p === '' || e.link) continue;
    if (!e.integrity) out.push(`${p}: no integrity`);
    else if (!e.integrity.split(/\s+/).some((h) => h.startsWith('sha512-'))) out.push(`${p}: integrity is not sha512`);
    if (e.resolved !== undefined && !e.resolved.startsWith('https://')) out.push(`${p}: resolved from ${e.resolved}`);
    if (p.includes('napi-windows')) out.push(`${p}: a napi-windows package (breaks npm ci; keep vite at 8.3.8)`);
  }
  return out;
}

export interface LicenseRow extends RuntimePackage {
  /** The installed package.json's license, else the lockfile's; null when neither says. */
  license: string | null;
  /** What the installed copy says differs from the lockfile, or it is missing. */
  installNote: string | null;
  allowed: boolean;
}

/**
 * Each runtime package with its license and verdict. `installed(path)` is the
 * installed package.json (parsed) or null when the folder is missing.
 */
export function licenseRows(
  packages: readonly RuntimePackage[],
  installed: (path: string) => unknown,
  allowed: ReadonlySet<string> = ALLOWED_LICENSES,
): LicenseRow[] {
  return packages.map((p) => {
    const manifest = installed(p.path);
    const version = manifest && typeof manifest === 'object' ? (manifest as { version?: unknown }).version : undefined;
    const installNote =
      manifest === null
        ? p.optional
          ? null
          : 'not installed (run npm ci)'
        : version !== p.version
          ? `installed ${String(version)}, the lockfile says ${p.version}`
          : null;
    const license = declaredLicense(manifest) ?? p.lockLicense;
    return { ...p, license, installNote, allowed: license !== null && licenseAllowed(license, allowed) };
  });
}

/** The problems among license rows, one line each. */
export function licenseProblems(rows: readonly LicenseRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.license === null) out.push(`${r.name}@${r.version}: no license declared`);
    else if (!r.allowed) out.push(`${r.name}@${r.version}: ${r.license} is not on the allow-list`);
    if (r.installNote) out.push(`${r.name}@${r.version}: ${r.installNote}`);
  }
  return out;
}
