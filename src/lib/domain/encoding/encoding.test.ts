import fc from 'fast-check';
import { deflateSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  Base64Error,
  fromBase64Url,
  inflateCapped,
  InflateError,
  InflateLimitError,
  parseJsonInert,
  toBase64Url
} from './index';

describe('base64url', () => {
  it('round-trips any bytes and refuses characters outside its alphabet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      })
    );
    expect(() => fromBase64Url('ab+c')).toThrow(Base64Error);
    expect(() => fromBase64Url('abcde')).toThrow(/cut short/);
  });
});

describe('inflateCapped', () => {
  const text = new TextEncoder().encode('Where did they meet? '.repeat(200));

  it('gives back what was compressed, raw deflate and zlib alike', () => {
    expect(inflateCapped(deflateSync(text), 1 << 20)).toEqual(text);
    expect(inflateCapped(zlibSync(text), 1 << 20, { zlib: true })).toEqual(text);
  });

  it('stops a deflate bomb soon after the cap, however far it would go', () => {
    // 64 MB of zeros deflates to about 64 KB.
    const bomb = deflateSync(new Uint8Array(64 << 20), { level: 9 });
    const cap = 1 << 20;
    let error: unknown;
    try {
      inflateCapped(bomb, cap);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InflateLimitError);
    const reached = (error as InflateLimitError).reached;
    expect(reached).toBeGreaterThan(cap);
    // Stopped within about one input slice's worth of output, far short of the 64 MB.
    expect(reached).toBeLessThan(cap + (2 << 20));
  });

  it('says damaged or cut-short data is damaged, never returns part of it', () => {
    const good = deflateSync(text);
    expect(() => inflateCapped(good.subarray(0, good.length - 5), 1 << 20)).toThrow(InflateError);
    expect(() => inflateCapped(new Uint8Array([0xff, 0xff, 0xff]), 1 << 20)).toThrow(InflateError);
    expect(() => inflateCapped(new Uint8Array(), 1 << 20)).toThrow(InflateError);
  });

  it('never throws anything but its own errors on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, zlib) => {
        try {
          inflateCapped(bytes, 4096, { zlib });
        } catch (error) {
          expect(error instanceof InflateError || error instanceof InflateLimitError).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
  });
});

describe('parseJsonInert', () => {
  it('drops keys that could reach a prototype, at any depth, and leaves Object.prototype alone', () => {
    const value = parseJsonInert(
      '{"__proto__": {"polluted": 1}, "a": {"constructor": {"prototype": {"polluted": 2}}, "b": 1}, "prototype": 3}'
    ) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['a']);
    expect(value.a).toEqual({ b: 1 });
    const merged = { ...value, ...(parseJsonInert('{"__proto__": {"polluted": true}}') as object) };
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((merged as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('parses JSON without those keys as JSON.parse does', () => {
    const ordinary = fc
      .jsonValue()
      .filter((value) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(value)));
    fc.assert(
      fc.property(ordinary, (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonInert(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 }
    );
  });
});
