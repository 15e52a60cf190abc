import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeHref, spreadsheetCsv } from '.';

describe('safeHref: only http(s) addresses become links', () => {
  it('keeps web addresses, in the form the browser will follow', () => {
    expect(safeHref('https://example.org/news?id=1#top')).toBe('https://example.org/news?id=1#top');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('HTTPS://Example.org/A')).toBe('https://example.org/A');
  });

  it('refuses every other scheme, however it is dressed up', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://example.org/uuid',
      '//example.org/no-scheme',
      '/relative/path',
      'not a url',
      '',
      undefined,
      null
    ])
      expect(safeHref(url), String(url)).toBeUndefined();
  });

  it('never returns an href that starts with anything but http:// or https://', () => {
    const scheme = fc.constantFrom(
      'javascript:',
      'data:',
      'vbscript:',
      'file:',
      'http:',
      'https:',
      'HTTP:',
      ''
    );
    const noise = fc.string({ unit: fc.constantFrom(...'aj:/\\\t\n\r \u0000%.@#?ptsh'.split('')) });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string(),
          fc.tuple(noise, scheme, fc.string()).map((p) => p.join(''))
        ),
        (url) => {
          const href = safeHref(url);
          if (href !== undefined) expect(href).toMatch(/^https?:\/\//);
        }
      ),
      { numRuns: 10_000 }
    );
  });
});

describe('spreadsheetCsv: no cell runs as a formula', () => {
  it('writes a cell that starts like a formula as text, and leaves numbers and ordinary text alone', () => {
    const csv = spreadsheetCsv([
      ['=HYPERLINK("https://evil.example","click")', '+1', '-2 degrees', '@SUM(A1)', '\tx', 'plain', -3, 7]
    ]);
    const [cells] = Papa.parse<string[]>(csv).data;
    expect(cells).toEqual([
      `'=HYPERLINK("https://evil.example","click")`,
      "'+1",
      "'-2 degrees",
      "'@SUM(A1)",
      "'\tx",
      'plain',
      '-3',
      '7'
    ]);
  });

  it('escapes a formula cell that holds a line break (papaparse’s own pattern misses it)', () => {
    const [cells] = Papa.parse<string[]>(spreadsheetCsv([['=1+1\nsecond line']])).data;
    expect(cells).toEqual(["'=1+1\nsecond line"]);
  });
});
