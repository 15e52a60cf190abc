import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InflateLimitError } from '../../encoding';
import { unpackXlsx, UnpackError } from './unpack';

const MB = 1024 * 1024;

/** Rewrites every size a zip declares (local headers and central directory) to `declared`, as a bomb would. */
function lieAboutSizes(zip: Uint8Array, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true); // local header: uncompressed size
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true); // central directory: uncompressed size
  }
  return out;
}

describe('unpackXlsx', () => {
  it('gives the XML parts and an uncompressed copy that unzips to the same parts', () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      '_rels/.rels': strToU8('<Relationships/>'),
      'xl/media/image1.png': new Uint8Array([1, 2, 3])
    });
    const { parts, stored } = unpackXlsx(zip, MB);
    expect(Object.keys(parts).sort()).toEqual(['_rels/.rels', 'xl/workbook.xml']);
    const again = unzipSync(new Uint8Array(stored));
    expect(strFromU8(again['xl/workbook.xml'])).toBe('<workbook/>');
  });

  it('stops a part that inflates past the cap, counting real bytes whatever the zip declares', () => {
    const bomb = lieAboutSizes(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(8 * MB) }), 1600);
    let caught: unknown;
    try {
      unpackXlsx(bomb, MB);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InflateLimitError);
    expect((caught as InflateLimitError).reached).toBeGreaterThan(MB);
    expect((caught as InflateLimitError).reached).toBeLessThan(3 * MB);
  });

  it('refuses a damaged archive with a reason instead of throwing something unexplained', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook>' + 'x'.repeat(5000) + '</workbook>') });
    expect(() => unpackXlsx(zip.slice(0, zip.length / 2), MB)).toThrow(UnpackError);
  });
});
