import { describe, expect, it } from 'vitest';
import { ApiTimeoutError } from '../api/timeout';
import { ApiHttpError } from '../api/client';
import { errorText } from './errorText';

describe('errorText', () => {
  it('says a timeout in the reader’s language', () => {
    expect(errorText(new ApiTimeoutError('models', 15_000), 'en')).toBe('The API did not answer within 15 s');
    expect(errorText(new ApiTimeoutError('models', 15_000), 'zh')).toBe('API 在 15 秒内没有响应');
  });
  it('shows other errors’ own message', () => {
    expect(errorText(new ApiHttpError(500, 'database unavailable'), 'zh')).toBe('database unavailable');
    expect(errorText('plain', 'en')).toBe('plain');
  });
});
