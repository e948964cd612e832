/**
 * One colour per vendor, the same in every panel and every export. Known
 * vendors have fixed colours; others get a stable colour from their id.
 */
const FIXED: Record<string, string> = {
  openai: '#10a37f',
  google: '#4285f4',
  microsoft: '#f25022',
  meta: '#0866ff',
  amazon: '#ff9900',
  anthropic: '#c15f3c',
  perplexity: '#1f7a8c',
  xai: '#333333',
  nvidia: '#76b900',
  baidu: '#2932e1',
  alibaba: '#ff6a00',
  tencent: '#1aad19',
  bytedance: '#e8304c',
  kuaishou: '#ff4906',
  moonshot: '#6b4fbb',
  minimax: '#d6336c',
  zhipu: '#3b5bdb',
  baichuan: '#e67700',
  '01-ai': '#0b7285',
  stepfun: '#5c940d',
  'stability-ai': '#8e44ad',
  intel: '#0068b5',
  bilibili: '#00a1d6',
  netease: '#d9480f',
  '360': '#2f9e44',
  meituan: '#f6c90e',
  pinduoduo: '#a61e4d',
  weibo: '#495057',
};

const FALLBACK = [
  '#7048e8',
  '#1098ad',
  '#f08c00',
  '#c2255c',
  '#2b8a3e',
  '#5f3dc4',
  '#e8590c',
  '#0c8599',
  '#a61e4d',
  '#364fc7',
];

/** FNV-1a, so a vendor's fallback colour never depends on list order. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function vendorColor(vendorId: string | null | undefined): string {
  if (!vendorId) return '#868e96';
  return FIXED[vendorId] ?? FALLBACK[hash(vendorId) % FALLBACK.length]!;
}
