// The headers a trusted site sends, on every answer of the server (API, built
// files, the page, 404s and errors), through Hono's secureHeaders. The policy
// lets only this origin's files run and style the page; the built index.html's
// inline script (the header shell) and inline stylesheet (the entry CSS) are
// allowed by their SHA-256 hashes, read from the page that is being served.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** CSP sources (`'sha256-…'`) of a page's inline scripts and stylesheets. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export const NO_INLINE: InlineHashes = { scripts: [], styles: [] };

// Raw-text elements end at the first `</script` / `</style` (the build escapes any inside).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style/gi;
const HAS_SRC = /(^|\s)src\s*=/i;

/** A CSP hash source of a text, as the browser hashes an inline element's content (UTF-8). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of every inline `<script>` (without src) and `<style>` in an HTML page, in page order, without repeats. */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => !HAS_SRC.test(m[1] ?? '')).map((m) => cspHash(m[2] ?? ''));
  const styles = [...html.matchAll(STYLE)].map((m) => cspHash(m[1] ?? ''));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** The origin of the API the built client calls (VITE_API_URL), when it is another site; else none. */
export function apiOrigins(apiUrl: string | undefined): string[] {
  if (!apiUrl?.trim()) return [];
  try {
    const url = new URL(apiUrl.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
  } catch {
    return [];
  }
}

export interface SecurityHeaderOptions {
  /** The inline hashes of the page this server serves now (read per request: the build may change). */
  inline: () => InlineHashes;
  /** Other origins the page may fetch from (the API's, when VITE_API_URL points elsewhere). */
  connectOrigins?: readonly string[];
}

const sources = (...list: string[]) => list.join(' ');

/**
 * The middleware. Choices, directive by directive:
 * - script-src: this origin and the page's inline script by hash; no 'unsafe-inline', no 'unsafe-eval'.
 * - style-src: this origin and the inline stylesheet by hash. React and Recharts set styles through
 *   the CSSOM (element.style), which CSP does not restrict; the static markup has no style attributes.
 * - img-src data: blob: the exports draw an SVG through an <img> from a blob: URL, and embed
 *   html-to-image snapshots as data: URLs.
 * - connect-src: this origin (the API is same-origin) plus VITE_API_URL's origin when set.
 * - worker-src 'none', object-src 'none': the production app runs no workers or plugins
 *   (MSW's service worker belongs to the static demo, which is served without these headers).
 * - frame-ancestors 'self' with X-Frame-Options SAMEORIGIN for older browsers.
 * - require-trusted-types-for 'script': string HTML/script sinks (innerHTML, DOMParser, eval…)
 *   throw instead of running; the app and its libraries use none.
 * - No Strict-Transport-Security: `npm start` speaks plain HTTP; the TLS proxy in front sets it.
 */
export function securityHeaders({ inline, connectOrigins = [] }: SecurityHeaderOptions): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: [() => sources("'self'", ...inline().scripts)],
      styleSrc: [() => sources("'self'", ...inline().styles)],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'", ...connectOrigins],
      workerSrc: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
      requireTrustedTypesFor: ["'script'"],
    },
    xFrameOptions: 'SAMEORIGIN',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    strictTransportSecurity: false,
    permissionsPolicy: {
      // Copy link / Share / Copy image write to the clipboard. The app never reads it, but the
      // browser tests read back what it wrote (and a read always asks the user): same-origin only.
      clipboardWrite: ['self'],
      clipboardRead: ['self'],
      // Features this app never uses. (Only names Chromium knows: an unknown one is a console error.)
      accelerometer: [],
      autoplay: [],
      browsingTopics: [],
      camera: [],
      displayCapture: [],
      encryptedMedia: [],
      fullscreen: [],
      geolocation: [],
      gyroscope: [],
      hid: [],
      idleDetection: [],
      magnetometer: [],
      microphone: [],
      midi: [],
      payment: [],
      pictureInPicture: [],
      publickeyCredentialsGet: [],
      screenWakeLock: [],
      serial: [],
      syncXhr: [],
      usb: [],
      xrSpatialTracking: [],
    },
  });
}
