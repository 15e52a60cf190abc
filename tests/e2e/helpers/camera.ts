/**
 * Chromium's fake camera, fed a video of QR codes: the app's own scanner (getUserMedia → jsQR) reads it as it would
 * a phone's camera pointed at a screen. The video is a YUV4MPEG2 file, which Chromium plays in a loop.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { CHROMIUM_ARGS } from '../../../playwright.config';

const [WIDTH, HEIGHT] = [640, 480];

/** One 640×480 frame (4:2:0, grey) showing the QR code of `text`, centred, `scale` pixels a module. */
function frameOf(text: string, scale = 6): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = qr.modules.size * scale;
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(235);
  const left = Math.floor((WIDTH - side) / 2);
  const top = Math.floor((HEIGHT - side) / 2);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      if (qr.modules.get(Math.floor(y / scale), Math.floor(x / scale)))
        luma[(top + y) * WIDTH + left + x] = 16;
  const chroma = new Uint8Array(WIDTH * HEIGHT * 0.5).fill(128);
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}

/**
 * Writes a video showing each text's QR code in turn for `framesEach` frames at `fps`, as an animated sequence on a
 * teacher's screen looks to a camera (the file loops, like the animation).
 */
export function writeCameraVideo(path: string, texts: string[], { framesEach = 10, fps = 30 } = {}): void {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frames = texts.flatMap((text) => {
    const frame = frameOf(text);
    return Array.from({ length: framesEach }, () => frame);
  });
  writeFileSync(path, Buffer.concat([header, ...frames]));
}

/** Chromium's launch options with a fake camera that plays `video` and allows it without asking. */
export function fakeCameraLaunchOptions(video: string) {
  return {
    executablePath:
      process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`
    ]
  };
}

/** A second browser, a student's phone, whose camera plays `video` (written before it starts). */
export function launchWithCamera(video: string): Promise<Browser> {
  return chromium.launch(fakeCameraLaunchOptions(video));
}
