import type { Metric, Region, SourceKind } from '../../../shared/api/contract';
import { metric } from './fixtures.test-util';

/*
 * The article's revenue figures in miniature (the shapes of data/metrics.json):
 * Google Cloud's two quarters and its stated growth, Azure's guidance, the two
 * Chinese clouds, a Chinese segment with a growth only (a lower bound), OpenAI's
 * annual revenue and Perplexity's annualised forecast.
 */
const gc = { en: 'Google Cloud', zh: '谷歌云' };
const az = { en: 'Azure cloud', zh: 'Azure云' };
const ali = { en: 'Alibaba Cloud', zh: '阿里云' };
const aliAi = { en: 'Alibaba Cloud AI-related products', zh: '阿里云 AI 相关产品' };
const bd = { en: 'Baidu AI Cloud', zh: '百度智能云' };

export const revenueMetrics: Metric[] = [
  metric({
    id: 'gc-23',
    metric: 'revenue',
    vendorId: 'google',
    subject: gc,
    period: '2023-Q3',
    value: 8.411e9,
    sourceId: 's-g',
  }),
  metric({
    id: 'gc-24',
    metric: 'revenue',
    vendorId: 'google',
    subject: gc,
    value: 11.353e9,
    baselineId: 'gc-23',
    sourceId: 's-g',
  }),
  metric({
    id: 'gc-g',
    metric: 'revenue-growth-yoy',
    vendorId: 'google',
    subject: gc,
    value: 35,
    bound: 'approx',
    unit: 'percent',
    currency: null,
    sourceId: 's-g',
  }),
  metric({
    id: 'az',
    metric: 'revenue-guidance',
    vendorId: 'microsoft',
    subject: az,
    low: 24.5e9,
    high: 25e9,
    bound: 'range',
    sourceId: 's-az',
  }),
  metric({
    id: 'az-g',
    metric: 'revenue-growth-yoy',
    vendorId: 'microsoft',
    subject: az,
    low: 35,
    high: 36,
    bound: 'range',
    unit: 'percent',
    currency: null,
    sourceId: 's-az',
  }),
  metric({
    id: 'bd',
    metric: 'revenue',
    vendorId: 'baidu',
    subject: bd,
    value: 4.9e9,
    currency: 'CNY',
    sourceId: 's-bd',
  }),
  metric({
    id: 'bd-g',
    metric: 'revenue-growth-yoy',
    vendorId: 'baidu',
    subject: bd,
    value: 11,
    unit: 'percent',
    currency: null,
    sourceId: 's-bd',
  }),
  metric({
    id: 'ali',
    period: '2024-QX',
    metric: 'revenue',
    vendorId: 'alibaba',
    subject: ali,
    value: 26.549e9,
    currency: 'CNY',
    sourceId: 's-ali',
  }),
  metric({
    id: 'ali-g',
    period: '2024-QX',
    metric: 'revenue-growth-yoy',
    vendorId: 'alibaba',
    subject: ali,
    value: 6,
    unit: 'percent',
    currency: null,
    sourceId: 's-ali',
  }),
  metric({
    id: 'ali-ai',
    period: '2024-QX',
    metric: 'revenue-growth-yoy',
    vendorId: 'alibaba',
    subject: aliAi,
    low: 100,
    bound: 'lower',
    unit: 'percent',
    currency: null,
    sourceId: 's-ali-ai',
  }),
  metric({
    id: 'oa',
    metric: 'revenue',
    vendorId: 'openai',
    subject: { en: 'OpenAI', zh: 'OpenAI' },
    period: '2024',
    value: 3.4e9,
    bound: 'approx',
    sourceId: 's-oa',
  }),
  metric({
    id: 'px',
    metric: 'annualized-revenue',
    vendorId: 'perplexity',
    subject: { en: 'Perplexity', zh: 'Perplexity' },
    period: '2025',
    value: 127e6,
    sourceId: 's-px',
    note: { en: 'Forecast: double the current level.', zh: '预测：较目前水平翻倍。' },
  }),
];

export const revenueSources = new Map<string, { kind: SourceKind }>([
  ['s-g', { kind: 'reported' }],
  ['s-az', { kind: 'guidance' }],
  ['s-bd', { kind: 'reported' }],
  ['s-ali', { kind: 'reported' }],
  ['s-ali-ai', { kind: 'reported' }],
  ['s-oa', { kind: 'reported' }],
  ['s-px', { kind: 'forecast' }],
]);

export const revenueVendors = new Map<string, { region: Region; name: { en: string; zh: string } }>([
  ['google', { region: 'us', name: { en: 'Google', zh: '谷歌' } }],
  ['microsoft', { region: 'us', name: { en: 'Microsoft', zh: '微软' } }],
  ['openai', { region: 'us', name: { en: 'OpenAI', zh: 'OpenAI' } }],
  ['perplexity', { region: 'us', name: { en: 'Perplexity', zh: 'Perplexity' } }],
  ['baidu', { region: 'cn', name: { en: 'Baidu', zh: '百度' } }],
  ['alibaba', { region: 'cn', name: { en: 'Alibaba', zh: '阿里巴巴' } }],
]);

/** Series keys of the fixture's segments. */
export const S = {
  google: 'google|Google Cloud',
  azure: 'microsoft|Azure cloud',
  baidu: 'baidu|Baidu AI Cloud',
  alibaba: 'alibaba|Alibaba Cloud',
  alibabaAi: 'alibaba|Alibaba Cloud AI-related products',
  openai: 'openai|OpenAI',
  perplexity: 'perplexity|Perplexity',
} as const;
