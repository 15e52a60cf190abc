import { describe, expect, it } from 'vitest';
import { freshFactory } from '$lib/storage/test-helpers';
import { createQuiz, quizLink, type Quiz } from '$lib/domain/classroom';
import { splitIntoParts } from '$lib/domain/classroom/link-size';
import { packSchema } from '$lib/domain/packs/schema';
import type { AppState } from './app.svelte';
import { StudentQuiz } from './classroom-quiz.svelte';
import { StorageState } from './storage.svelte';

const BASE = 'https://sourcewise.example/quiz#';

/** A teacher's own pack quiz (it carries its questions), too large for one readable QR code. */
function ownQuiz(questions = 20): Quiz {
  const pack = packSchema.parse({
    format: 'sourcewise-pack',
    version: 2,
    id: 'own-checks',
    title: 'Own checks',
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `own-${i + 1}`,
      type: 'true-false',
      prompt: `${i + 1}. The talks in Anchorage lasted about ${i + 2} hours, reporters said.`,
      skill: 'general',
      answer: i % 3 !== 0
    }))
  });
  const made = createQuiz(
    pack,
    {
      title: 'Own checks',
      builtIn: false,
      selection: 'all',
      order: 'fixed',
      secondsPerQuestion: 0,
      feedback: 'each'
    },
    { now: new Date(Date.UTC(2026, 0, 5)), random: () => 0.5 }
  );
  if (!made.ok) throw new Error(made.message);
  return made.quiz;
}

/** The page's state on a device with a fresh database (or one whose storage cannot be opened at all). */
function studentPage(storage: 'works' | 'fails' = 'works'): StudentQuiz {
  const factory =
    storage === 'works'
      ? freshFactory()
      : ({
          open: () => {
            throw new DOMException('The database could not be opened.', 'UnknownError');
          }
        } as unknown as IDBFactory);
  const app = { storage: new StorageState(undefined, { factory, name: 'test' }) } as unknown as AppState;
  return new StudentQuiz(app);
}

function partsOf(quiz: Quiz): { link: string; parts: string[] } {
  const link = quizLink('https://sourcewise.example', quiz);
  const parts = splitIntoParts(BASE, link.slice(BASE.length));
  if (!parts) throw new Error('too long for parts');
  return { link, parts };
}

describe('scanning the quiz with this device', () => {
  it('collects the parts in any order, ignores one read twice, shows the count, and opens the quiz with the last', async () => {
    const quiz = ownQuiz();
    const { link, parts } = partsOf(quiz);
    expect(parts.length).toBeGreaterThan(2);
    const page = studentPage();
    await page.load('');
    expect(page.status).toBe('code');
    const order = [...parts].reverse();
    await page.scan(order[0]);
    expect(page.status).toBe('parts');
    expect(page.parts).toEqual({ have: 1, count: parts.length, again: false });
    await page.scan(order[0]);
    expect(page.parts).toEqual({ have: 1, count: parts.length, again: true });
    for (const part of order.slice(1, -1)) void page.scan(part); // read faster than they are stored
    await page.scan(order[1]);
    expect(page.parts?.have).toBe(parts.length - 1);
    await page.scan(order.at(-1)!);
    expect(page.status).toBe('ready');
    expect(page.quiz?.questionIds).toHaveLength(20);
    expect(`${BASE}${page.assembled}`).toBe(link);
  });

  it('refuses a code that is not a Sourcewise quiz code, a misread part and an answers code, and keeps waiting', async () => {
    const { parts } = partsOf(ownQuiz());
    const page = studentPage();
    await page.load('');
    await page.scan('https://example.org/lunch-menu');
    expect(page.scanProblem).toBe(
      "This QR code is not a Sourcewise quiz code: scan the code on your teacher's screen."
    );
    const damaged = parts[0].slice(0, -3) + (parts[0].endsWith('AAA') ? 'BBB' : 'AAA');
    await page.scan(damaged);
    expect(page.scanProblem).toMatch(/misread or damaged/);
    await page.scan(`${BASE}a1.${'x'.repeat(12)}.${'y'.repeat(43)}`);
    expect(page.scanProblem).toMatch(/answers code/);
    expect(page.status).toBe('code');
    expect(page.parts).toBeNull();
    await page.scan(parts[0]);
    expect(page.scanProblem).toBeNull();
    expect(page.parts?.have).toBe(1);
  });

  it('opens a quiz link that fits one code at once', async () => {
    const quiz = ownQuiz(2);
    const link = quizLink('https://sourcewise.example', quiz);
    const page = studentPage();
    await page.load('');
    await page.scan(link);
    expect(page.status).toBe('ready');
    expect(page.quiz?.quizId).toBe(quiz.quizId);
    expect(`${BASE}${page.assembled}`).toBe(link);
  });

  it('on a device whose storage fails, the scanned parts are kept on the page and still open the quiz', async () => {
    const { parts } = partsOf(ownQuiz());
    const page = studentPage('fails');
    await page.load('');
    for (const part of parts) await page.scan(part);
    expect(page.status).toBe('ready');
    expect(page.quiz?.questionIds).toHaveLength(20);
    expect(page.storageWarning).toMatch(/will not survive a reload/);
  });

  it('a part opened as a link on such a device says the parts cannot be kept between scans', async () => {
    const { parts } = partsOf(ownQuiz());
    const page = studentPage('fails');
    await page.load(parts[0].slice(parts[0].indexOf('#')));
    expect(page.status).toBe('error');
    expect(page.error).toMatch(/cannot be kept between scans/);
  });
});
