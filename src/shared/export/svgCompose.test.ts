// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  composePageSvg,
  composePanelSvg,
  estimateWidth,
  FONT_STACK,
  wrapText,
  type ExportFrame,
  type PanelContent,
} from './svgCompose';
import { xmlSafe } from '../format/markup';

const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" width="912" height="300" viewBox="0 0 912 300"><rect x="10" y="10" width="50" height="200" fill="#10a37f"/><text x="20" y="290" font-size="12px">GPT-4</text></svg>';
const panel: PanelContent = {
  title: 'Parameter scale',
  subtitle: 'Parameters per model, log scale',
  legend: [
    { label: 'OpenAI', color: '#10a37f' },
    { label: 'Range <low–high>', color: '#888', shape: 'dashed' },
    { label: '百度', color: '#2932e1', shape: 'open-circle' },
  ],
  charts: [{ kind: 'svg', markup: chart, width: 912, height: 300 }],
};
const frame: ExportFrame = {
  lang: 'en',
  filters: 'Filters: Region: China · 2023–2024',
  source: 'Source: 《AI大模型战争年度复盘》 by 锦缎 (Jinduan)',
  date: 'Exported: 2025-01-01',
  link: 'http://localhost/?v=1&region=cn#panel-parameter-scale',
  background: 'white',
};

describe('composePanelSvg', () => {
  const { svg, width, height } = composePanelSvg(panel, frame);
  it('is a standalone 960-px SVG with the CJK font stack on the root', () => {
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain(`width="960" height="${height}"`);
    expect(svg).toContain(`font-family="${FONT_STACK}"`);
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg).toContain('<rect width="960"');
  });
  it('holds title, subtitle, filters, legend, source, date and link as <text>', () => {
    for (const s of [
      'Parameter scale',
      'Parameters per model, log scale',
      'Region: China',
      'OpenAI',
      'Range &lt;low–high&gt;',
      '百度',
      '《AI大模型战争年度复盘》',
      'Exported: 2025-01-01',
      '#panel-parameter-scale',
    ])
      expect(svg).toMatch(new RegExp(`<text[^>]*>[^<]*${s.replace(/[?.*+()|[\]\\]/g, '\\$&')}`));
    expect(svg).toContain('&amp;region=cn');
    expect(svg).toContain('stroke-dasharray="3 2"');
    expect(svg).toContain('<circle');
  });
  it('embeds the chart and has no foreignObject or CSS variables', () => {
    expect(svg).toContain('<g class="export-chart" transform="translate(24 ');
    expect(svg).toContain('GPT-4');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('var(--');
  });
  it('leaves the background out when transparent, and parses as XML', () => {
    const t = composePanelSvg(panel, { ...frame, background: 'transparent' }).svg;
    expect(t).not.toContain('<rect width="960"');
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.querySelectorAll('text').length).toBeGreaterThan(8);
  });
  it('scales a chart wider than the frame down', () => {
    const wide = composePanelSvg(
      { ...panel, charts: [{ kind: 'svg', markup: chart, width: 1824, height: 600 }] },
      frame,
    ).svg;
    expect(wide).toContain('scale(0.5)');
  });
  it('says so when there is no chart', () => {
    const none = composePanelSvg({ ...panel, charts: [], placeholder: 'Switch to the chart view' }, frame).svg;
    expect(none).toContain('Switch to the chart view');
  });
});

describe('a panel with two charts', () => {
  const two: PanelContent = {
    ...panel,
    title: '订阅与 API 价格',
    charts: [
      { kind: 'svg', markup: chart, width: 912, height: 300, heading: '订阅（USD/月，线性，从零起）' },
      { kind: 'svg', markup: chart, width: 912, height: 200, heading: 'API 价格（USD/百万 token，对数坐标）' },
    ],
  };
  const doc = new DOMParser().parseFromString(composePanelSvg(two, { ...frame, lang: 'zh' }).svg, 'image/svg+xml');
  const headings = [...doc.querySelectorAll('text.export-chart-heading')];
  const charts = [...doc.querySelectorAll('g.export-chart')];
  const top = (g: Element) => Number(/translate\(\d+ (\d+)\)/.exec(g.getAttribute('transform')!)![1]);
  it('draws each chart’s heading in the export', () => {
    expect(headings.map((h) => h.textContent)).toEqual([
      '订阅（USD/月，线性，从零起）',
      'API 价格（USD/百万 token，对数坐标）',
    ]);
  });
  it('puts each heading above its own chart and below the one before', () => {
    const [h1, h2] = headings.map((h) => Number(h.getAttribute('y')));
    const [c1, c2] = charts.map(top);
    expect(h1!).toBeLessThan(c1!);
    expect(c1! + 300).toBeLessThan(h2!);
    expect(h2!).toBeLessThan(c2!);
  });
  it('draws no heading for a chart without one', () => {
    const one = composePanelSvg(panel, frame).svg;
    expect(one).not.toContain('export-chart-heading');
  });
  it('keeps the headings in the page export too', () => {
    const { svg } = composePageSvg({ title: 'Model Race', subtitle: '' }, [two], frame);
    expect(svg.match(/class="export-chart-heading"/g)?.length).toBe(2);
  });
});

describe('composePageSvg', () => {
  it('stacks every panel under one header and one source line', () => {
    const { svg } = composePageSvg(
      { title: 'Model Race', subtitle: 'The race' },
      [panel, { ...panel, title: 'Second panel' }],
      { ...frame, lang: 'zh' },
    );
    expect(svg.match(/class="export-source"/g)?.length).toBe(1);
    expect(svg).toContain('Model Race');
    expect(svg).toContain('Second panel');
    expect(svg.match(/class="export-chart"/g)?.length).toBe(2);
    expect(svg).toContain('xml:lang="zh-CN"');
  });
});

describe('text that is not XML', () => {
  // A vendor or series name with control characters, lone surrogates or U+FFFE/U+FFFF,
  // as a broken data file or an odd browser could hand it over: in the title, the legend,
  // the filters line, and the chart's own markup (axis labels the clone serialised).
  const bad = 'Open\u0001AI\u000B \uD800 \uDC00 \uFFFE\uFFFF\u0000';
  const hostile: PanelContent = {
    ...panel,
    title: `Scale ${bad}`,
    subtitle: `Sub ${bad}`,
    legend: [{ label: `Vendor ${bad}`, color: '#10a37f' }],
    charts: [
      {
        kind: 'svg',
        markup: `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><text x="1" y="20" aria-label="x\u0002">Tick ${bad}</text></svg>`,
        width: 100,
        height: 50,
      },
    ],
  };
  const hostileFrame: ExportFrame = { ...frame, filters: `Filters: ${bad}`, link: `http://localhost/?v=1#\u0007` };
  const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

  it('a panel export is well-formed XML, with U+FFFD where the bad characters were', () => {
    const { svg } = composePanelSvg(hostile, hostileFrame);
    const doc = parse(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain('Open\uFFFDAI\uFFFD');
    // Nothing left that XML forbids, in text, attributes or the chart's markup.
    expect(xmlSafe(svg)).toBe(svg);
  });
  it('a page export is well-formed XML', () => {
    const { svg } = composePageSvg({ title: `Page ${bad}`, subtitle: bad }, [hostile, hostile], hostileFrame);
    expect(parse(svg).getElementsByTagName('parsererror')).toHaveLength(0);
  });
});

describe('wrapText', () => {
  it('wraps Latin at words and Chinese at characters', () => {
    const lines = wrapText('one two three four five six seven eight', 80, 14, false, estimateWidth);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((l) => !l.startsWith(' '))).toBe(true);
    expect(lines.join(' ')).toBe('one two three four five six seven eight');
    const zh = wrapText('数据来自人人都是产品经理作者锦缎的文章', 100, 14, false, estimateWidth);
    expect(zh.length).toBeGreaterThan(1);
    expect(zh.join('')).toBe('数据来自人人都是产品经理作者锦缎的文章');
  });
});
