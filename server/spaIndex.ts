// The built index.html the server answers page requests with, together with the
// hashes of its inline script and stylesheet (the Content-Security-Policy names
// them). Read once at start and again only when the file changes on disk (a
// rebuild while the server runs), so the policy always matches the page sent.
import fs from 'node:fs';
import path from 'node:path';
import { inlineHashes, NO_INLINE, type InlineHashes } from './securityHeaders';

export interface SpaPage {
  file: string;
  data: Buffer;
  hashes: InlineHashes;
  /** Modification time and size: changes with every rebuild. */
  stamp: string;
}

export interface SpaIndex {
  /** The page as last read (null when there is none). */
  current(): SpaPage | null;
  /** Re-reads the page if the file changed since the last read; returns it. */
  refresh(): Promise<SpaPage | null>;
}

function segmentsOf(urlPath: string): string[] | null {
  try {
    return decodeURIComponent(urlPath).split(/[/\\]/).filter(Boolean);
  } catch {
    return null;
  }
}

/** True for a URL path with a hidden segment (`/.git/config`, `/.env`) or that cannot be decoded: never served. */
export function isHiddenPath(urlPath: string): boolean {
  const segments = segmentsOf(urlPath);
  return !segments || segments.some((s) => s.startsWith('.'));
}

/**
 * True for a URL path that asks for a file rather than a page of the app: its
 * last segment has a dot (`/x.js`, `/foo.png`), or it is hidden. Such a path
 * that is not in the build is a 404, not the app's page.
 */
export function looksLikeFile(urlPath: string): boolean {
  return isHiddenPath(urlPath) || (segmentsOf(urlPath)?.at(-1) ?? '').includes('.');
}

export function spaIndex(root: string): SpaIndex {
  const file = path.join(root, 'index.html');
  let page: SpaPage | null = null;
  const stampOf = (s: fs.Stats) => `${s.mtimeMs}:${s.size}`;
  const keep = (stat: fs.Stats, data: Buffer) => {
    page = { file, data, hashes: inlineHashes(data.toString('utf8')), stamp: stampOf(stat) };
    return page;
  };
  try {
    keep(fs.statSync(file), fs.readFileSync(file));
  } catch {
    page = null;
  }
  return {
    current: () => page,
    async refresh() {
      try {
        const stat = await fs.promises.stat(file);
        if (!stat.isFile()) return (page = null);
        if (page?.stamp === stampOf(stat)) return page;
        return keep(stat, await fs.promises.readFile(file));
      } catch {
        return (page = null);
      }
    },
  };
}

/** The hashes the policy names: those of the current page, or none when no page is served. */
export const hashesOf = (index: SpaIndex | null): InlineHashes => index?.current()?.hashes ?? NO_INLINE;
