// The page's first paint, as static HTML in index.html (put there at build time by
// vite.config.ts): the header's brand, before any script has run. React's first
// render replaces it with the same header, so nothing on the page moves.
// With extensions: vite.config.ts loads this file (see there).
import { escapeXml } from '../shared/format/markup.ts';
import { messages } from '../shared/i18n/messages.ts';

const MARK = '<div id="root"></div>';

/** JSON that is safe inside an inline <script> (no `</script>`, no `<!--`). */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c');
}

/**
 * The brand block of `Header`, in English, and an inline script that switches it
 * to Chinese when the URL says `lang=zh` (the parameter `parseViewUrl` reads).
 */
export function headerShell(): string {
  const en = messages.en;
  const zh = { appName: messages.zh.appName, tagline: messages.zh.tagline };
  return (
    `<header class="app-header" data-shell>` +
    `<div class="app-header__brand"><h1 class="app-header__name">${escapeXml(en.appName)}</h1>` +
    `<p class="app-header__tagline">${escapeXml(en.tagline)}</p></div></header>` +
    `<script>(function(){var z=${scriptJson(zh)};` +
    `if(new URLSearchParams(location.search).get('lang')!=='zh')return;` +
    `var s=document.querySelector('[data-shell]');` +
    `s.querySelector('h1').textContent=z.appName;s.querySelector('p').textContent=z.tagline;` +
    `document.documentElement.lang='zh-CN';document.title=z.appName;})()</script>`
  );
}

/** index.html with the shell inside the root element; throws if the root element is not as expected. */
export function withHtmlShell(html: string): string {
  if (!html.includes(MARK)) throw new Error(`index.html has no ${MARK} to put the header shell in`);
  return html.replace(MARK, `<div id="root">${headerShell()}</div>`);
}
