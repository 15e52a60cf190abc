// Bundled by scale.bench.ts and run inside Chromium: fills the app's own database with a heavy learner's history
// (one imported pack of N questions, M answers spread over them, a schedule per question), written with the record types
// the app reads back and checked by `npm run check`, answers in the compact form the app's own codec stores.
import { grade, newCard, reviewCard } from '$lib/domain/study';
import type { Question } from '$lib/domain/packs/schema';
import { encodeAttempt } from '$lib/storage/attempt-codec';
import {
  openSourcewiseDb,
  rebuildTallies,
  savePack,
  type AttemptRecord,
  type ScheduleRecord
} from '$lib/storage';

const DAY = 86_400_000;

/**
 * `perTransaction` answers are written in each transaction: a learner's answers reach storage a few at a time (the
 * app writes each in its own), while a restore writes a whole backup in one. Chromium's IndexedDB keeps much more on
 * disk for a while after one huge transaction (about twice the space for these answers), so the two are measured
 * apart.
 */
export async function seed(
  questions: number,
  answers: number,
  nowMs: number,
  perTransaction: number
): Promise<{ stored: number }> {
  const packId = 'bench-heavy';
  const scope = `pack:${packId}` as const;
  const items: Question[] = Array.from({ length: questions }, (_, i) => ({
    id: `heavy-${i}`,
    type: 'true-false',
    prompt: `Statement number ${i}: the article says the meeting lasted ${i % 7} hours.`,
    explanation: '',
    skill: (['attribution', 'fact-opinion', 'verification', 'detail', 'sources', 'general'] as const)[i % 6],
    answer: i % 2 === 0
  }));
  const pack = {
    format: 'sourcewise-pack',
    version: 2,
    id: packId,
    title: 'A heavy learner',
    description: '',
    language: 'en',
    tags: [],
    sources: [],
    questions: items
  };
  const db = await openSourcewiseDb();
  // Stored as the app stores an imported pack (checked in full once, and stamped so reads need not check it again).
  await savePack(db, pack, 'imported', new Date(nowMs));
  let tx = db.transaction(['packs', 'attempts', 'schedules'], 'readwrite');
  // Two years of answers, oldest first; every question answered answers/questions times.
  const span = 730 * DAY;
  for (let n = 0; n < answers; n++) {
    if (n > 0 && n % perTransaction === 0) {
      await tx.done;
      tx = db.transaction(['packs', 'attempts', 'schedules'], 'readwrite');
    }
    const q = items[n % questions];
    const value = n % 3 !== 0;
    const result = grade(q, { type: 'true-false', value });
    const attempt: Omit<AttemptRecord, 'id'> = {
      scope,
      questionId: q.id,
      packId,
      skill: q.skill,
      type: q.type,
      correct: result.correct,
      score: result.score,
      graded: true,
      response: { type: 'true-false', value },
      at: nowMs - span + Math.floor((n / answers) * span),
      durationMs: 1500 + (n % 9) * 700
    } as Omit<AttemptRecord, 'id'>;
    void tx.objectStore('attempts').add(encodeAttempt(attempt));
  }
  const schedules = tx.objectStore('schedules');
  items.forEach((q, i) => {
    // A tenth of the questions are due now, the rest over the coming month.
    const reviewed = new Date(nowMs - 3 * DAY);
    const card = reviewCard(newCard(reviewed), grade(q, { type: 'true-false', value: true }), reviewed, 2000);
    const due = i % 10 === 0 ? nowMs - ((i % 5) + 1) * 3_600_000 : nowMs + ((i % 30) + 1) * DAY;
    const record: ScheduleRecord = { scope, questionId: q.id, packId, due, card: { ...card, due } };
    void schedules.put(record);
  });
  await tx.done;
  // The app counts each answer into its progress tallies as it stores it; the seed, which writes the log in bulk,
  // has them built from the log as the database upgrade does.
  await rebuildTallies(db);
  const stored = await db.count('attempts');
  db.close();
  return { stored };
}

/**
 * Storage used once Chromium has settled what the seed wrote (it compacts for some seconds after a bulk write, and
 * the figure right after is anywhere from the settled one to half as much again). The figure is refreshed only by
 * a write, so a tiny one (a key of the bench's own) is made every 2 s until two figures agree.
 */
export async function settledUsage(): Promise<number> {
  const db = await openSourcewiseDb();
  let usage = -1;
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await db.put('meta', i, 'bench:settle');
    const next = (await navigator.storage.estimate()).usage ?? 0;
    const settled = Math.abs(next - usage) < 50_000;
    usage = next;
    if (settled) break;
  }
  db.close();
  return usage;
}

/**
 * Where the time goes: what the progress page reads (tallies and the latest answers), then, for comparison, the raw
 * read of every answer and the same read checked record by record (what the page read before the tallies).
 */
export async function timeReads(): Promise<{
  tallies: number;
  rawAll: number;
  checkedAll: number;
  due: number;
}> {
  const { listAttempts, dueCards, readProgress } = await import('$lib/storage');
  const db = await openSourcewiseDb();
  const now = new Date();
  const start = performance.now();
  await readProgress(db, now, { weeks: 8, utcOffsetMinutes: -now.getTimezoneOffset(), recent: 15 });
  const t0 = performance.now();
  await db.getAll('attempts');
  const t1 = performance.now();
  await listAttempts(db);
  const t2 = performance.now();
  await dueCards(db, new Date());
  const t3 = performance.now();
  db.close();
  return { tallies: t0 - start, rawAll: t1 - t0, checkedAll: t2 - t1, due: t3 - t2 };
}
