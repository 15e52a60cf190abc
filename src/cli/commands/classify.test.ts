import { describe, expect, it } from 'vitest';
import {
  classifyLines,
  decodeInput,
  DEFAULT_MIN_CONFIDENCE,
  parseMinConfidence,
  unquoteCell
} from './classify';

describe('classify command', () => {
  it('returns one row per input line, in order, empty lines included', () => {
    const input = 'Prices rose 3% in June.\n\nWe should be ashamed of this shameful decision.\n';
    const rows = classifyLines(input);
    expect(rows.map((r) => r.text)).toEqual([
      'Prices rose 3% in June.',
      '',
      'We should be ashamed of this shameful decision.'
    ]);
    expect(rows.map((r) => r.label)).toEqual(['fact', 'unsure', 'opinion']);
  });

  it('handles Windows line endings and a byte-order mark', () => {
    const rows = classifyLines('\uFEFFPrices rose 3% in June.\r\nIt is a disgrace.\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[0].text).toBe('Prices rose 3% in June.');
  });

  it('turns labels below --min-confidence into unsure', () => {
    const input = 'The plan is bad.\nThe council approved the budget on Tuesday by a vote of 7 to 2.';
    const strict = classifyLines(input, 0.99);
    expect(strict.every((r) => r.label === 'unsure')).toBe(true);
    const loose = classifyLines(input, 0);
    expect(loose.map((r) => r.label)).toEqual(['opinion', 'fact']);
  });

  it('scores with the fitted model when asked (--fitted), one row per line as before', () => {
    const input = 'Prices rose 3% in June.\n\nWe should be ashamed of this shameful decision.\n';
    const rows = classifyLines(input, DEFAULT_MIN_CONFIDENCE, { fitted: true });
    expect(rows.map((r) => r.label)).toEqual(['fact', 'unsure', 'opinion']);
    expect(rows[0].confidence).not.toBe(classifyLines(input)[0].confidence);
  });

  it('reads a line pasted from a CSV cell as the sentence inside it', () => {
    expect(unquoteCell('"He called it a ""disaster"" on air."')).toBe('He called it a "disaster" on air.');
    expect(unquoteCell('"A quote," he said, "and more."')).toBe('"A quote," he said, "and more."');
  });

  it('rejects a --min-confidence that is not a number from 0 to 1', () => {
    expect(parseMinConfidence(undefined)).toBe(DEFAULT_MIN_CONFIDENCE);
    expect(parseMinConfidence('0.7')).toBe(0.7);
    expect(() => parseMinConfidence('high')).toThrow(/--min-confidence/);
    expect(() => parseMinConfidence('1.5')).toThrow(/0 to 1/);
    expect(() => parseMinConfidence(true)).toThrow(/--min-confidence/);
  });

  it('refuses binary, non-UTF-8 or empty input with one clear message', () => {
    expect(() => decodeInput(new Uint8Array([0x68, 0x00, 0x69]))).toThrow(/binary/);
    expect(() => decodeInput(new Uint8Array([0x68, 0xff, 0xfe, 0x69]))).toThrow(/UTF-8/);
    expect(() => decodeInput(new TextEncoder().encode(' \n\n'))).toThrow(/no sentences/);
    expect(decodeInput(new TextEncoder().encode('Prices rose.\n'))).toBe('Prices rose.\n');
  });
});
