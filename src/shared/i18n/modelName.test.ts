import { describe, expect, it } from 'vitest';
import { modelName } from './modelName';

describe('modelName', () => {
  it('is the Chinese name in Chinese where the model has one', () => {
    expect(modelName({ name: 'Tongyi Qianwen', nameZh: '通义千问' }, 'zh')).toBe('通义千问');
  });
  it('is the proper name in English', () => {
    expect(modelName({ name: 'Tongyi Qianwen', nameZh: '通义千问' }, 'en')).toBe('Tongyi Qianwen');
  });
  it('is the proper name in Chinese where the model has no Chinese name', () => {
    expect(modelName({ name: 'GPT-4o' }, 'zh')).toBe('GPT-4o');
  });
});
