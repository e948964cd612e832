import { describe, expect, it } from 'vitest';
import { chunkClosure, preloadHrefs, type ChunkInfo } from './preloadFirstSlice';

const bundle: Record<string, ChunkInfo> = {
  'assets/index-1.js': {
    type: 'chunk',
    fileName: 'assets/index-1.js',
    facadeModuleId: '/r/src/app/main.tsx',
    imports: ['assets/react-1.js'],
  },
  'assets/react-1.js': { type: 'chunk', fileName: 'assets/react-1.js', facadeModuleId: null, imports: [] },
  'assets/stages-1.js': {
    type: 'chunk',
    fileName: 'assets/stages-1.js',
    facadeModuleId: '/r/src/features/stages/index.ts',
    imports: ['assets/charts-1.js', 'assets/react-1.js', 'assets/slot-1.js'],
  },
  'assets/charts-1.js': {
    type: 'chunk',
    fileName: 'assets/charts-1.js',
    facadeModuleId: null,
    imports: ['assets/react-1.js'],
  },
  'assets/slot-1.js': {
    type: 'chunk',
    fileName: 'assets/slot-1.js',
    facadeModuleId: null,
    imports: ['assets/charts-1.js'],
  },
  'assets/china-1.js': {
    type: 'chunk',
    fileName: 'assets/china-1.js',
    facadeModuleId: '/r/src/features/china/index.ts',
    imports: [],
  },
  'assets/index-1.css': { type: 'asset', fileName: 'assets/index-1.css' },
};

describe('preloadFirstSlice', () => {
  it('takes the slice chunk and what it imports, transitively, and nothing else', () => {
    expect(chunkClosure(bundle, 'src/features/stages/index.ts').sort()).toEqual([
      'assets/charts-1.js',
      'assets/react-1.js',
      'assets/slot-1.js',
      'assets/stages-1.js',
    ]);
  });

  it('links only what index.html does not load yet, under the base', () => {
    const html =
      '<script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" href="/assets/react-1.js">';
    const files = chunkClosure(bundle, 'src/features/stages/index.ts');
    expect(preloadHrefs(html, files, './').sort()).toEqual([
      './assets/charts-1.js',
      './assets/slot-1.js',
      './assets/stages-1.js',
    ]);
  });

  it('fails the build when the slice is not in it', () => {
    expect(() => chunkClosure(bundle, 'src/features/nowhere/index.ts')).toThrow(/no chunk is built from/);
  });
});
