/**
 * Reading a QR code from a screenshot, as a phone's scanner would: the picture is decoded (and scaled, when asked) in
 * the page's own canvas, and the pixels are read by jsQR here. Bytes cross between test and page as base64: arrays of
 * numbers in JSON took seconds per picture on a busy machine, longer than a poll waits.
 */
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/** Long enough to read a code on a machine whose cores are all busy; a code that never reads still fails. */
export const READ_TIMEOUT = 60_000;

/** The text of the QR code in `png` (a screenshot), scaled to `width` pixels wide if given; null if none reads. */
export async function decodeScreenshot(page: Page, png: Buffer, width?: number): Promise<string | null> {
  const pixels = await page.evaluate(
    async ({ base64, width }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const w = width ?? bitmap.width;
      const h = Math.round((bitmap.height * w) / bitmap.width);
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d')!;
      // Smoothed, as a camera's sensor averages.
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, 0, 0, w, h);
      const data = context.getImageData(0, 0, w, h).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000)
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: w, height: h, base64: btoa(binary) };
    },
    { base64: png.toString('base64'), width }
  );
  const data = new Uint8ClampedArray(Buffer.from(pixels.base64, 'base64'));
  return jsQR(data, pixels.width, pixels.height)?.data ?? null;
}
