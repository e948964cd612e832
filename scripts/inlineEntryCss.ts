// A Vite plugin: the entry's stylesheet (about 10 kB) goes into index.html as a
// <style> element. The first paint (the header shell) then waits for no other
// file; a separate stylesheet competed for the network with the preloaded chunks.
import type { Plugin } from 'vite';
import type { ChunkInfo } from './preloadFirstSlice';

type AssetInfo = ChunkInfo & { source?: string | Uint8Array };

const LINK = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;

/** index.html with each linked stylesheet that the build emitted replaced by its text. */
export function inlineStylesheets(html: string, bundle: Record<string, AssetInfo>, base: string): string {
  return html.replace(LINK, (tag, href: string) => {
    const file = href.startsWith(base) ? href.slice(base.length) : href;
    const asset = bundle[file];
    if (!asset || asset.type !== 'asset' || asset.source === undefined) return tag;
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    // `</style` inside the CSS would end the element early.
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

export function inlineEntryCss(): Plugin {
  let base = '/';
  return {
    name: 'inline-entry-css',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return ctx.bundle ? inlineStylesheets(html, ctx.bundle as unknown as Record<string, AssetInfo>, base) : html;
      },
    },
  };
}
