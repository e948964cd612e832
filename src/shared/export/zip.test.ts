import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { makeZip } from './zip';
import { buildReadme } from './readme';

describe('makeZip', () => {
  it('holds the named files with their contents', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const readme = buildReadme({
      lang: 'en',
      filters: 'Region: China',
      date: '2025-01-01',
      link: 'http://x/?v=1',
      panels: [{ title: 'Parameter scale', files: ['a.png', 'a.svg', 'a.csv'] }],
      skipped: ['Empty one'],
    });
    const zip = makeZip([
      { name: 'README.txt', data: readme },
      { name: 'a.png', data: png },
      { name: 'a.svg', data: '<svg xmlns="http://www.w3.org/2000/svg"><text>模型</text></svg>' },
      { name: 'a.csv', data: '\uFEFFA\r\n1\r\n' },
      { name: 'a.csv', data: 'dup' },
    ]);
    const out = unzipSync(zip);
    expect(Object.keys(out).sort()).toEqual(['README.txt', 'a-2.csv', 'a.csv', 'a.png', 'a.svg']);
    expect([...out['a.png']!]).toEqual([...png]);
    expect(strFromU8(out['a.svg']!)).toContain('<text>模型</text>');
    const text = strFromU8(out['README.txt']!);
    expect(text).toContain('Filters: Region: China');
    expect(text).toContain('《AI大模型战争年度复盘》');
    expect(text).toContain('a.png');
    expect(text).toContain('Empty one');
  });
});
