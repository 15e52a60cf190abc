import { describe, expect, it } from 'vitest';
import { formatBytes, requestPersistence, storageStatus } from './persistence';

describe('storage status', () => {
  it('reports persistence and usage when the browser tells', async () => {
    const nav = {
      storage: {
        persisted: async () => true,
        estimate: async () => ({ usage: 12_345_678, quota: 2_000_000_000 })
      }
    };
    expect(await storageStatus(nav)).toEqual({
      supported: true,
      persisted: true,
      usage: 12_345_678,
      quota: 2e9
    });
  });

  it('says "unknown" rather than failing when the API is missing or throws', async () => {
    expect(await storageStatus({})).toEqual({ supported: false, persisted: null, usage: null, quota: null });
    const failing = {
      storage: {
        persisted: () => Promise.reject(new Error('nope')),
        estimate: () => Promise.reject(new Error('nope'))
      }
    };
    expect(await storageStatus(failing)).toEqual({
      supported: true,
      persisted: null,
      usage: null,
      quota: null
    });
  });

  it('asks for persistence and passes on the answer', async () => {
    expect(await requestPersistence({ storage: { persist: async () => true } })).toBe(true);
    expect(await requestPersistence({ storage: { persist: async () => false } })).toBe(false);
    expect(await requestPersistence({ storage: {} })).toBeNull();
  });

  it('formats sizes for people', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    expect(formatBytes(2_000_000_000)).toBe('2.0 GB');
  });
});
