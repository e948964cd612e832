import { describe, expect, it } from 'vitest';
import { readApiConfig } from './config';

describe('readApiConfig', () => {
  it('defaults to the same origin and no mocking', () => {
    expect(readApiConfig({})).toEqual({ baseUrl: '/api/v1', mocking: false });
  });
  it('takes an absolute API URL with or without the prefix', () => {
    expect(readApiConfig({ VITE_API_URL: 'https://api.example.com/' }).baseUrl).toBe('https://api.example.com/api/v1');
    expect(readApiConfig({ VITE_API_URL: 'http://localhost:8787/api/v1' }).baseUrl).toBe(
      'http://localhost:8787/api/v1',
    );
  });
  it('reads the mocking switch', () => {
    expect(readApiConfig({ VITE_API_MOCKING: 'true' }).mocking).toBe(true);
    expect(readApiConfig({ VITE_API_MOCKING: '0' }).mocking).toBe(false);
  });
  it('refuses a malformed configuration with a clear message', () => {
    expect(() => readApiConfig({ VITE_API_URL: 'ftp://x' })).toThrow(/VITE_API_URL must be an absolute http\(s\) URL/);
    expect(() => readApiConfig({ VITE_API_MOCKING: 'maybe' })).toThrow(/Invalid API configuration/);
  });
});
