import { describe, expect, it } from 'vitest';
import { exportDoneMessage } from './doneMessage';

describe('exportDoneMessage', () => {
  it('says how many panels went into the file', () => {
    expect(exportDoneMessage('en', 'zip', 16, [])).toBe('ZIP downloaded (16 panels)');
    expect(exportDoneMessage('zh', 'page', 16, [])).toBe('整页图片已下载（16 个面板）');
  });
  it('names the panels skipped after an error', () => {
    const failed = [
      { title: 'Reach', reason: 'x' },
      { title: 'Cloud revenue', reason: 'y' },
    ];
    expect(exportDoneMessage('en', 'zip', 14, failed)).toBe(
      'ZIP downloaded (14 panels); skipped after an error: Reach, Cloud revenue',
    );
    expect(exportDoneMessage('zh', 'zip', 14, failed)).toBe('ZIP 已下载（14 个面板）；出错跳过：Reach、Cloud revenue');
  });
});
