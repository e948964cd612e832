import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inlineEntryCss';

const html =
  '<head><link rel="stylesheet" crossorigin href="/assets/index-1.css"><link rel="stylesheet" href="https://elsewhere/x.css"></head>';

describe('inlineStylesheets', () => {
  it('replaces a stylesheet the build emitted by its text and leaves other links alone', () => {
    const out = inlineStylesheets(
      html,
      { 'assets/index-1.css': { type: 'asset', fileName: 'assets/index-1.css', source: 'a{color:red}' } },
      '/',
    );
    expect(out).toBe('<head><style>a{color:red}</style><link rel="stylesheet" href="https://elsewhere/x.css"></head>');
  });

  it('reads binary sources, takes a relative base, and cannot be closed early by its content', () => {
    const rel = html.replace('/assets/', './assets/');
    const source = new TextEncoder().encode('a::after{content:"</style>"}');
    const out = inlineStylesheets(
      rel,
      { 'assets/index-1.css': { type: 'asset', fileName: 'assets/index-1.css', source } },
      './',
    );
    expect(out).toContain('<style>a::after{content:"<\\/style>"}</style>');
  });
});
