import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { createQuiz, encodeResult } from '$lib/domain/classroom';
import { counterRandom, samplePack } from '$lib/domain/classroom/test-fixtures';
import { qrPath } from './qr-path';

/** Fills the cells a path of `M x y h n v1 h-n z` runs covers, as a browser would paint them. */
function paint(path: string, side: number): boolean[][] {
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g))
    for (let k = 0; k < Number(n); k++) grid[Number(y)][Number(x) + k] = true;
  return grid;
}

/** Scales the painted grid up to RGBA pixels for the camera decoder. */
function pixels(grid: boolean[][], scale: number) {
  const side = grid.length * scale;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const v = grid[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * side + x) * 4);
    }
  return { data, side };
}

describe('QR codes as drawn by QrCode.svelte', () => {
  it('draws exactly the dark modules, with a quiet zone', () => {
    const dark = new Set(['0,0', '0,1', '2,2']);
    const path = qrPath(3, (r, c) => dark.has(`${r},${c}`), 1);
    expect(path).toBe('M1 1h2v1h-2zM3 3h1v1h-1z');
  });

  it('decodes back to the result code with the camera decoder', async () => {
    const setup = createQuiz(
      samplePack(40),
      { builtIn: true, selection: 'all', order: 'shuffled', secondsPerQuestion: 0, feedback: 'end' },
      { now: new Date(0), random: counterRandom(9) }
    );
    if (!setup.ok) throw new Error(setup.message);
    const quiz = setup.quiz;
    const answers = quiz.questionIds.map((questionId, i) => ({
      questionId,
      response: i % 3 ? `Anchorage ${i}` : i,
      correct: i % 2 === 0,
      seconds: 5 + i
    }));
    const code = encodeResult(
      { quizId: quiz.quizId, name: 'Anna Lee', finishedAt: 0, nonce: 'AAAAAAAAAAAA', answers },
      quiz
    );
    const qr = QRCode.create(code, { errorCorrectionLevel: 'M' });
    const size = qr.modules.size;
    const grid = paint(
      qrPath(size, (r, c) => qr.modules.get(r, c) === 1),
      size + 8
    );
    const { data, side } = pixels(grid, 4);
    expect(jsQR(data, side, side)?.data).toBe(code);
  });
});
