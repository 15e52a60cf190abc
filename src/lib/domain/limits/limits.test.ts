import { describe, expect, it } from 'vitest';
import { formatBytes, INPUT_LIMITS, overLimit } from './index';

describe('limits', () => {
  it('write sizes the way a teacher reads them', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(812)).toBe('812 bytes');
    expect(formatBytes(40 * 1024)).toBe('40 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });

  it('say which limit was passed and by how much', () => {
    expect(overLimit('The file', 10 * 1024 * 1024, 12 * 1024 * 1024, 'bytes')).toBe(
      'The file is over the limit of 10 MB (12 MB)'
    );
    expect(overLimit('The code', 40_000, 52_310, 'chars')).toBe(
      'The code is over the limit of 40,000 characters (52,310 characters)'
    );
  });

  it('bound every compressed channel by what it inflates to, and never above the bytes a file may have', () => {
    for (const channel of Object.values(INPUT_LIMITS))
      if ('inflatedBytes' in channel)
        expect(channel.inflatedBytes).toBeLessThanOrEqual(INPUT_LIMITS.fileImport.bytes);
  });
});
