// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { messages } from '../shared/i18n/messages';
import { headerShell, withHtmlShell } from './htmlShell';

const page =
  '<!doctype html><html lang="en"><head><title>Model Race</title></head><body><div id="root"></div></body></html>';

/** Loads the shell as a browser would for this query string and runs its inline script. */
function load(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  document.documentElement.lang = 'en';
  document.body.innerHTML = headerShell();
  for (const s of document.body.querySelectorAll('script')) new Function(s.textContent ?? '')();
  return {
    name: document.querySelector('[data-shell] h1')?.textContent,
    tagline: document.querySelector('[data-shell] p')?.textContent,
    lang: document.documentElement.lang,
  };
}

describe('the HTML shell', () => {
  it('puts the header brand, in English, inside the root element', () => {
    const html = withHtmlShell(page);
    expect(html).toContain(`<div id="root"><header class="app-header" data-shell>`);
    expect(html).toContain(`<h1 class="app-header__name">${messages.en.appName}</h1>`);
    expect(load('')).toEqual({ name: messages.en.appName, tagline: messages.en.tagline, lang: 'en' });
  });

  it('speaks Chinese when the URL asks for it, as the app will', () => {
    expect(load('?lang=zh&region=cn')).toEqual({
      name: messages.zh.appName,
      tagline: messages.zh.tagline,
      lang: 'zh-CN',
    });
    expect(load('?lang=fr').name).toBe(messages.en.appName);
  });

  it('refuses an index.html without the expected root element', () => {
    expect(() => withHtmlShell('<body><main id="app"></main></body>')).toThrow(/no <div id="root"><\/div>/);
  });
});
