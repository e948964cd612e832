// A Vite plugin: the entry's stylesheet (about 10 kB) goes into index.html as a
// <style> element. The first paint (the header shell) then waits for no other
// file; a separate stylesheet competed for the network with the preloaded chunks.
import { builtHtmlPlugin, type BundleInfo } from './htmlPlugin.ts';

const LINK = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;

/** index.html with each linked stylesheet that the build emitted replaced by its text. */
export function inlineStylesheets(html: string, bundle: BundleInfo, base: string): string {
  return html.replace(LINK, (tag, href: string) => {
    const file = href.startsWith(base) ? href.slice(base.length) : href;
    const asset = bundle[file];
    if (!asset || asset.type !== 'asset' || asset.source === undefined) return tag;
    const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    // `</style` inside the CSS would end the element early.
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}

export const inlineEntryCss = () => builtHtmlPlugin('inline-entry-css', inlineStylesheets);
