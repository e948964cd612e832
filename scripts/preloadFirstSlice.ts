// A Vite plugin: index.html asks for the first slice's chunks (and the charts
// chunk it imports) from the start, as modulepreload links, instead of only
// once the entry has run and React has rendered the app. They then download
// alongside the entry, and the first panels draw sooner on a slow network.
import { builtHtmlPlugin } from './htmlPlugin.ts';

/** The parts of Rollup's output chunks this plugin reads. */
export interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
}

/** The chunk whose module id ends with `moduleSuffix`, and every chunk it imports statically (transitively). */
export function chunkClosure(bundle: Record<string, ChunkInfo>, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const start = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(moduleSuffix));
  if (!start) throw new Error(`preloadFirstSlice: no chunk is built from ${moduleSuffix}`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of byName.get(file)?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return [...seen];
}

/** Files of the closure that index.html does not reference yet, as hrefs under `base`. */
export function preloadHrefs(html: string, files: readonly string[], base: string): string[] {
  return files.filter((f) => !html.includes(f)).map((f) => `${base}${f}`);
}

export const preloadFirstSlice = (moduleSuffix: string) =>
  builtHtmlPlugin('preload-first-slice', (html, bundle, base) =>
    preloadHrefs(html, chunkClosure(bundle, moduleSuffix), base).map((href) => ({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href },
      // After the header shell: the preload scanner still finds them at once.
      injectTo: 'body' as const,
    })),
  );
