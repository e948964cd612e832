import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

/** One ZIP from named files (strings are written as UTF-8). Duplicate names get a numeric suffix. */
export function makeZip(entries: ZipEntry[], mtime = new Date()): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) {
    let name = e.name;
    for (let i = 2; name in files; i++) name = e.name.replace(/(\.[^.]+)?$/, (ext) => `-${i}${ext}`);
    const data = typeof e.data === 'string' ? strToU8(e.data) : e.data;
    // PNGs are already compressed.
    files[name] = [data, { level: /\.png$/i.test(name) ? 0 : 6, mtime }];
  }
  return zipSync(files);
}
