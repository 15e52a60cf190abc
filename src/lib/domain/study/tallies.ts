/**
 * Running tallies of the attempt log, so the progress figures need not read every answer ever given.
 * Storage updates them with each answer (in the answer's own transaction) and rebuilds them from the log when it
 * upgrades or restores. The figures computed here equal those of `progress.ts` over the whole log:
 * - mastery per skill: each question keeps Σ score·2^(at/H) and Σ 2^(at/H) relative to its own reference instant,
 *   since 0.5^((now − at)/H) = 2^(−now/H)·2^(at/H) and the factor of `now` cancels in the weighted average
 *   (answers dated after `now` weigh 1, as there; the caller passes them, they are read through the date index);
 * - weekly accuracy and the streak: per UTC day, per quarter of an hour (every time zone's offset is a whole number
 *   of quarters, so each quarter falls in one local day), the graded counts and the first and last active quarter;
 * - pack progress and "missed lately": each question's latest answer and latest graded answer.
 */
import {
  masteryRows,
  localDay,
  streakOf,
  weeksOf,
  type Attempt,
  type PackProgress,
  type SkillMastery,
  type SourceChecking,
  type WeekAccuracy
} from './progress';

const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;
/** The half-life the progress page weighs mastery with (`masteryBySkill`'s default). */
export const MASTERY_HALF_LIFE_DAYS = 14;
const HALF_LIFE_MS = MASTERY_HALF_LIFE_DAYS * DAY_MS;
/** Past this many half-lives a tally moves its reference instant, so its sums stay far from overflowing. */
const REBASE_AFTER = 256;

/** The fields of an attempt the tallies read. */
export type TalliedAttempt = Pick<
  Attempt,
  'packId' | 'questionId' | 'skill' | 'correct' | 'score' | 'graded' | 'at' | 'timedOut' | 'sourceOpened'
> & { id: number };

/** An answer as the tallies remember it: the latest one, or the latest graded one, of a question. */
export interface LatestAnswer {
  at: number;
  id: number;
  correct: boolean;
  graded: boolean;
}

/** One question's answers in one pack under the skill they were stored with. */
export interface QuestionTally {
  packId: string;
  questionId: string;
  skill: string;
  /** Graded answers. */
  graded: number;
  /** Instant the weighted sums are relative to. */
  ref: number;
  scoreSum: number;
  weightSum: number;
  /** Latest graded answer's instant, 0 before any (as `masteryBySkill` counts it). */
  lastGradedAt: number;
  /** The latest answer and the latest graded answer, by instant then id. */
  latest: LatestAnswer;
  latestGraded: LatestAnswer | null;
}

/** One UTC day: per quarter of an hour with graded answers, [graded, correct, Σ score]. */
export interface DayTally {
  day: number;
  slots: Record<number, [number, number, number]>;
}

/** Everything else. */
export interface OverallTally {
  answers: number;
  sourceChecked: number;
  sourceOf: number;
  /** Per UTC day with any answer: its first and last active quarter of an hour. */
  days: Record<number, [number, number]>;
}

export const emptyOverall = (): OverallTally => ({ answers: 0, sourceChecked: 0, sourceOf: 0, days: {} });

/** The UTC day (days since 1970-01-01) and its quarter of an hour (0..95) of an instant. */
export function dayQuarter(atMs: number): { day: number; quarter: number } {
  const day = Math.floor(atMs / DAY_MS);
  return { day, quarter: Math.floor((atMs - day * DAY_MS) / QUARTER_MS) };
}

const isGraded = (a: Pick<Attempt, 'graded'>) => a.graded !== false;
/** Whether (at, id) of `a` is at or after that of `b`: later attempts in the log's order win. */
const notBefore = (a: { at: number; id: number }, b: { at: number; id: number }) =>
  a.at > b.at || (a.at === b.at && a.id >= b.id);

/** The question tally with one more answer (`tally` undefined: its first). */
export function tallyQuestion(tally: QuestionTally | undefined, a: TalliedAttempt): QuestionTally {
  const latest = { at: a.at, id: a.id, correct: a.correct, graded: isGraded(a) };
  const t: QuestionTally = tally
    ? { ...tally }
    : {
        packId: a.packId,
        questionId: a.questionId,
        skill: a.skill,
        graded: 0,
        ref: a.at,
        scoreSum: 0,
        weightSum: 0,
        lastGradedAt: 0,
        latest,
        latestGraded: null
      };
  if (notBefore(latest, t.latest)) t.latest = latest;
  if (!isGraded(a)) return t;
  if ((a.at - t.ref) / HALF_LIFE_MS > REBASE_AFTER) {
    const factor = Math.pow(2, (t.ref - a.at) / HALF_LIFE_MS);
    t.scoreSum *= factor;
    t.weightSum *= factor;
    t.ref = a.at;
  }
  const w = Math.pow(2, (a.at - t.ref) / HALF_LIFE_MS);
  t.graded++;
  t.scoreSum += w * a.score;
  t.weightSum += w;
  t.lastGradedAt = Math.max(t.lastGradedAt, a.at);
  if (!t.latestGraded || notBefore(latest, t.latestGraded)) t.latestGraded = latest;
  return t;
}

function addToDay(t: DayTally, a: TalliedAttempt, quarter: number): void {
  if (!isGraded(a)) return;
  const [graded, correct, score] = t.slots[quarter] ?? [0, 0, 0];
  t.slots[quarter] = [graded + 1, correct + (a.correct ? 1 : 0), score + a.score];
}

function addToOverall(t: OverallTally, a: TalliedAttempt): void {
  const { day, quarter } = dayQuarter(a.at);
  const [first, last] = t.days[day] ?? [quarter, quarter];
  const counted = a.sourceOpened !== undefined && !a.timedOut;
  t.answers++;
  if (counted) t.sourceOf++;
  if (counted && a.sourceOpened) t.sourceChecked++;
  t.days[day] = [Math.min(first, quarter), Math.max(last, quarter)];
}

/** The day tally with one more answer (only graded answers fill a slot). */
export function tallyDay(tally: DayTally | undefined, a: TalliedAttempt): DayTally {
  const { day, quarter } = dayQuarter(a.at);
  const t: DayTally = { day, slots: { ...tally?.slots } };
  addToDay(t, a, quarter);
  return t;
}

/** The overall tally with one more answer. */
export function tallyOverall(tally: OverallTally, a: TalliedAttempt): OverallTally {
  const t = { ...tally, days: { ...tally.days } };
  addToOverall(t, a);
  return t;
}

/** The key of a question tally (pack, question, stored skill). */
export const questionKey = (a: Pick<Attempt, 'packId' | 'questionId' | 'skill'>) =>
  [a.packId, a.questionId, a.skill] as const;

export interface Tallies {
  overall: OverallTally;
  questions: QuestionTally[];
  days: DayTally[];
}

/** The tallies of a whole log (any order). */
export function buildTallies(attempts: Iterable<TalliedAttempt>): Tallies {
  const overall = emptyOverall();
  const questions = new Map<string, QuestionTally>();
  const days = new Map<number, DayTally>();
  for (const a of attempts) {
    addToOverall(overall, a);
    const key = JSON.stringify(questionKey(a));
    questions.set(key, tallyQuestion(questions.get(key), a));
    const { day, quarter } = dayQuarter(a.at);
    const dayTally = days.get(day) ?? { day, slots: {} };
    addToDay(dayTally, a, quarter);
    days.set(day, dayTally);
  }
  return { overall, questions: [...questions.values()], days: [...days.values()] };
}

/** The UTC days `weeklyFromTallies` reads for the last `weeks` weeks (local weeks reach ±14 h past UTC days). */
export function weekWindowDays(now: Date, weeks: number, utcOffsetMinutes: number): [number, number] {
  const today = localDay(now.getTime(), utcOffsetMinutes);
  const firstMonday = today - ((today + 3) % 7) - 7 * (weeks - 1);
  return [firstMonday - 1, firstMonday + 7 * weeks + 1];
}

/** `weeklyAccuracy` from day tallies (any days; those outside the window are ignored). */
export function weeklyFromTallies(
  days: readonly DayTally[],
  now: Date,
  weeks = 8,
  utcOffsetMinutes = 0
): WeekAccuracy[] {
  const today = localDay(now.getTime(), utcOffsetMinutes);
  const thisMonday = today - ((today + 3) % 7);
  const firstMonday = thisMonday - 7 * (weeks - 1);
  const buckets = Array.from({ length: weeks }, () => ({ attempts: 0, correct: 0, score: 0 }));
  for (const d of days)
    for (const [quarter, [graded, correct, score]] of Object.entries(d.slots)) {
      const at = d.day * DAY_MS + Number(quarter) * QUARTER_MS;
      const i = Math.floor((localDay(at, utcOffsetMinutes) - firstMonday) / 7);
      if (i < 0 || i >= weeks) continue;
      buckets[i].attempts += graded;
      buckets[i].correct += correct;
      buckets[i].score += score;
    }
  return weeksOf(buckets, firstMonday);
}

/** `streakDays` from the overall tally. */
export function streakFromTallies(overall: OverallTally, now: Date, utcOffsetMinutes = 0): number {
  const active = new Set<number>();
  for (const [day, [first, last]] of Object.entries(overall.days)) {
    const start = Number(day) * DAY_MS;
    active.add(localDay(start + first * QUARTER_MS, utcOffsetMinutes));
    active.add(localDay(start + last * QUARTER_MS, utcOffsetMinutes));
  }
  return streakOf(active, localDay(now.getTime(), utcOffsetMinutes));
}

/**
 * `masteryBySkill` (half-life 14 days) from question tallies. `future` are the graded answers dated after `now`
 * (they weigh 1 there, not more); `skillOf` as there.
 */
export function masteryFromTallies(
  questions: readonly QuestionTally[],
  now: Date,
  future: readonly TalliedAttempt[] = [],
  skillOf: (a: Pick<Attempt, 'packId' | 'questionId' | 'skill'>) => string = (a) => a.skill
): SkillMastery[] {
  const t = now.getTime();
  const acc = new Map<string, { sum: number; weight: number; n: number; last: number }>();
  const at = (skill: string) => {
    const s = acc.get(skill) ?? { sum: 0, weight: 0, n: 0, last: 0 };
    acc.set(skill, s);
    return s;
  };
  for (const q of questions) {
    if (!q.graded) continue;
    // Relative to now, as masteryBySkill weighs.
    const scale = Math.pow(2, (q.ref - t) / HALF_LIFE_MS);
    const s = at(skillOf(q));
    s.sum += q.scoreSum * scale;
    s.weight += q.weightSum * scale;
    s.n += q.graded;
    s.last = Math.max(s.last, q.lastGradedAt);
  }
  for (const a of future) {
    if (!isGraded(a) || a.at <= t) continue;
    const s = at(skillOf(a));
    const w = Math.pow(2, (a.at - t) / HALF_LIFE_MS);
    s.sum += (1 - w) * a.score;
    s.weight += 1 - w;
  }
  return masteryRows(acc);
}

export const sourceCheckingFromTallies = (overall: OverallTally): SourceChecking => ({
  checked: overall.sourceChecked,
  of: overall.sourceOf
});

/** The latest of each question id's tallies (across packs and skills, as `packProgress` groups them). */
function latestByQuestion(
  questions: readonly QuestionTally[],
  pick: (q: QuestionTally) => LatestAnswer | null
) {
  const latest = new Map<string, LatestAnswer>();
  for (const q of questions) {
    const l = pick(q);
    if (!l) continue;
    const prev = latest.get(q.questionId);
    if (!prev || notBefore(l, prev)) latest.set(q.questionId, l);
  }
  return latest;
}

/** `packProgress` for each pack answered from, as the home screen and progress state compute it. */
export function packProgressFromTallies(questions: readonly QuestionTally[]): Record<string, PackProgress> {
  const latest = latestByQuestion(questions, (q) => q.latest);
  const idsByPack = new Map<string, Set<string>>();
  for (const q of questions) {
    const ids = idsByPack.get(q.packId) ?? new Set<string>();
    ids.add(q.questionId);
    idsByPack.set(q.packId, ids);
  }
  return Object.fromEntries(
    [...idsByPack].map(([packId, ids]) => {
      let right = 0;
      let last: number | null = null;
      for (const id of ids) {
        const l = latest.get(id)!;
        if (l.graded && l.correct) right++;
        last = Math.max(last ?? 0, l.at);
      }
      return [packId, { seen: ids.size, total: ids.size, mastered: right / ids.size, lastStudiedAt: last }];
    })
  );
}

/** How many questions `recentlyMissed(attempts, since)` lists: the latest graded answer is since then and wrong. */
export function missedFromTallies(questions: readonly QuestionTally[], since: number): number {
  let missed = 0;
  for (const l of latestByQuestion(questions, (q) => q.latestGraded).values())
    if (l.at >= since && !l.correct) missed++;
  return missed;
}
