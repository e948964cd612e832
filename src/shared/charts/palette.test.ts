import { describe, expect, it } from 'vitest';
import { vendorColor } from './palette';

describe('vendorColor', () => {
  it('is stable for a vendor and independent of call order', () => {
    const a = vendorColor('zhipu-x');
    vendorColor('something-else');
    expect(vendorColor('zhipu-x')).toBe(a);
  });
  it('keeps fixed colours for known vendors and grey for none', () => {
    expect(vendorColor('openai')).toBe('#10a37f');
    expect(vendorColor(null)).toBe('#868e96');
  });
  it('gives distinct fixed colours to every vendor of the article’s race', async () => {
    const { dataset } = await import('../../../data/index');
    const ids = dataset.vendors.filter((v) => v.group !== 'application').map((v) => v.id);
    expect(new Set(ids.map(vendorColor)).size).toBe(ids.length);
  });
});
