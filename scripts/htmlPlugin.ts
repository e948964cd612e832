// What the index.html plugins share: they run on the built page (after Vite's
// own tags are in) and need the bundle and the configured base.
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { ChunkInfo } from './preloadFirstSlice';

export type BundleInfo = Record<string, ChunkInfo & { source?: string | Uint8Array }>;

export function builtHtmlPlugin(
  name: string,
  transform: (html: string, bundle: BundleInfo, base: string) => string | HtmlTagDescriptor[],
): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => (ctx.bundle ? transform(html, ctx.bundle as unknown as BundleInfo, base) : html),
    },
  };
}
