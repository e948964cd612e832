// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { SourceQuoteBlock, SourceQuoteInline } from './SourceQuote';

const source = { quote: '價格戰(zhàn)嘛,并不陌生,放到大模型應用這也同樣好使??蓡栴}是', en: 'A price war, hardly new.' };

describe('SourceQuoteBlock', () => {
  it('shows the sentence verbatim (traditional, artefacts kept) and no translation in Chinese', () => {
    const { container } = render(<SourceQuoteBlock source={source} lang="zh" />);
    const q = container.querySelector('p[lang="zh-Hant"]')!;
    expect(q.textContent).toBe(`“${source.quote}”`);
    expect(container.textContent).not.toContain(source.en);
  });
  it('shows the sentence verbatim and its translation in English', () => {
    const { container } = render(<SourceQuoteBlock source={source} lang="en" />);
    expect(container.querySelector('p[lang="zh-Hant"]')!.textContent).toBe(`“${source.quote}”`);
    expect(container.querySelector('.tip__en')!.textContent).toBe(source.en);
  });
});

describe('SourceQuoteInline', () => {
  it('quotes the sentence verbatim; the translation follows in English only', () => {
    const zh = render(<SourceQuoteInline source={source} lang="zh" />).container;
    expect(zh.querySelector('q')!.textContent).toBe(source.quote);
    expect(zh.textContent).toBe(source.quote);
    const en = render(<SourceQuoteInline source={source} lang="en" />).container;
    expect(en.querySelector('q')!.textContent).toBe(source.quote);
    expect(en.textContent).toBe(`${source.quote} — ${source.en}`);
  });
});
