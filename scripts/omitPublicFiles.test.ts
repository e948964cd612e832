import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConfigEnv, Plugin, PluginOption, UserConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import viteConfig from '../vite.config';
import { omitPublicFiles, publicFiles } from './omitPublicFiles';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'model-race-public-'));
fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
fs.writeFileSync(path.join(dir, 'mockServiceWorker.js'), '/* msw */');
fs.mkdirSync(path.join(dir, 'img'));
fs.writeFileSync(path.join(dir, 'img', 'logo.png'), 'png');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('publicFiles', () => {
  it('lists files in sub-folders too, without the omitted ones', () => {
    expect(publicFiles(dir, ['mockServiceWorker.js'])).toEqual(['favicon.svg', 'img/logo.png']);
    expect(publicFiles(dir, [])).toEqual(['favicon.svg', 'img/logo.png', 'mockServiceWorker.js']);
    expect(publicFiles(path.join(dir, 'none'), [])).toEqual([]);
  });
});

describe('omitPublicFiles', () => {
  it('turns off Vite’s copy of public/ and emits every other file into the bundle', () => {
    const plugin = omitPublicFiles(['mockServiceWorker.js']);
    expect(plugin.apply).toBe('build');
    expect((plugin.config as () => UserConfig)().build?.copyPublicDir).toBe(false);
    (plugin.configResolved as (c: { publicDir: string }) => void)({ publicDir: dir });
    const emitted: { fileName: string; source: string }[] = [];
    const ctx = {
      emitFile: (f: { fileName: string; source: Buffer }) => emitted.push({ ...f, source: f.source.toString() }),
    };
    (plugin.generateBundle as unknown as (this: typeof ctx) => void).call(ctx);
    expect(emitted.map((f) => f.fileName)).toEqual(['favicon.svg', 'img/logo.png']);
    expect(emitted[0]!.source).toBe('<svg/>');
  });
});

describe('vite.config', () => {
  const pluginNames = (mode: string): string[] => {
    const config = (viteConfig as (env: ConfigEnv) => UserConfig)({ mode, command: 'build' });
    const flat = (config.plugins ?? []).flat(Infinity as 1) as PluginOption[];
    return flat.filter((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p).map((p) => p.name);
  };

  it('leaves MSW’s worker out of the real-API build only', () => {
    expect(pluginNames('production')).toContain('omit-public-files');
    // The demo and the mock mode run MSW in the browser: they keep it.
    expect(pluginNames('demo')).not.toContain('omit-public-files');
    expect(pluginNames('mock')).not.toContain('omit-public-files');
  });

  it('the real public/ folder holds the worker, and the production copy leaves only it out', () => {
    const real = path.resolve(import.meta.dirname, '..', 'public');
    const all = publicFiles(real, []);
    expect(all).toContain('mockServiceWorker.js');
    expect(publicFiles(real, ['mockServiceWorker.js'])).toEqual(all.filter((f) => f !== 'mockServiceWorker.js'));
  });
});
