// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartHeading, layOutAt } from './exportLayout';

afterEach(() => vi.restoreAllMocks());

function chartIn(style?: string): HTMLElement {
  const body = document.createElement('div');
  const el = document.createElement('div');
  if (style) el.setAttribute('style', style);
  body.append(el);
  document.body.append(body);
  return el;
}

describe('layOutAt', () => {
  // A page under a Content-Security-Policy without 'unsafe-inline' for styles refuses
  // style *attributes* set from script, but not styles set through the CSSOM.
  it('moves a chart off-screen at the export width through the CSSOM, never the style attribute', () => {
    const el = chartIn();
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const layout = layOutAt([el], 960);
    expect(el.style.position).toBe('fixed');
    expect(el.style.left).toBe('-20000px');
    expect(el.style.width).toBe('960px');
    expect(el.classList.contains('is-exporting')).toBe(true);
    layout.restore();
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
    expect(el.hasAttribute('style')).toBe(false);
    expect(el.classList.contains('is-exporting')).toBe(false);
    expect(el.hasAttribute('aria-hidden')).toBe(false);
  });

  it('puts back the styles the chart had', () => {
    const el = chartIn('height: 300px; color: red;');
    const layout = layOutAt([el], 960);
    expect(el.style.height).toBe('');
    layout.restore();
    expect(el.style.height).toBe('300px');
    expect(el.style.color).toBe('red');
    expect(el.style.position).toBe('');
  });
});

describe('chartHeading', () => {
  it('is the heading the chart’s box states, and nothing for a chart without one', () => {
    document.body.innerHTML =
      '<div class="chart-box" data-heading="API 价格"><div><svg id="a"></svg></div></div><div class="chart-box"><svg id="b"></svg></div>';
    expect(chartHeading(document.getElementById('a')!)).toBe('API 价格');
    expect(chartHeading(document.getElementById('b')!)).toBeUndefined();
  });
});
