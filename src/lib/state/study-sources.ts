/**
 * What a study session reads from storage before it is planned, and after it ends: the cards and answers that say
 * which questions are due, seen or new, the day's count of new questions, the learner's session settings, and the
 * figures for the end of the session. Plain functions over the storage API, so the state class stays short.
 */
import type { Forecast } from '$lib/domain/study/forecast';
import { newStartedToday, recentlyMissed, startOfLocalDay, type SessionLength } from '$lib/domain/study/plan';
import type { SessionState, SessionSummary } from '$lib/domain/study/session';
import type { SkillChange } from '$lib/domain/study/session-report';
import type { Scope, SourcewiseDb } from '$lib/storage';
import { unique } from './plain';
import type { Api } from './storage.svelte';

const DAY_MS = 86_400_000;
/** Mastery weighs an answer half as much every 14 days: after 120 days it hardly counts, so older ones are not read. */
const MASTERY_WINDOW_MS = 120 * DAY_MS;
/** "Missed" looks this far back. */
export const MISSED_WINDOW_MS = 14 * DAY_MS;

/** Minutes east of UTC on the learner's clock. */
export const utcOffset = (now: Date) => -now.getTimezoneOffset();

export interface PlanInputs {
  /** Due time of each question's card. */
  due: ReadonlyMap<string, number>;
  /** Questions answered at least once in this pack. */
  seen: ReadonlySet<string>;
  newToday: number;
  dailyNewLimit: number;
  /** "More today" allowances given today. */
  extraToday: number;
  length: SessionLength;
  /** The local day, `YYYY-MM-DD`, the counts are for. */
  day: string;
}

export async function loadPlanInputs(
  api: Api,
  db: SourcewiseDb,
  packId: string,
  scope: Scope,
  now: Date
): Promise<PlanInputs> {
  // The plan module is the study page's own (static, so Kit preloads it); progress figures load on demand.
  const progress = await import('$lib/domain/study/progress');
  const offset = utcOffset(now);
  const start = startOfLocalDay(now, offset);
  const day = progress.dayLabel(progress.localDay(now.getTime(), offset));
  const [cards, seen, today, length, dailyNewLimit, extra] = await Promise.all([
    // The pack's own schedules: a question of the same id in another scope is another learner's record of it.
    api.listCards(db, scope),
    api.answeredQuestions(db, packId),
    api.listAttempts(db, { since: new Date(start) }),
    api.getSetting(db, 'sessionLength'),
    api.getSetting(db, 'dailyNewLimit'),
    api.getSetting(db, 'extraNew')
  ]);
  // A question answered today is new today only if it had no answer before: read each one's history.
  const histories = await Promise.all(
    unique(today.map((a) => a.questionId)).map((questionId) => api.listAttempts(db, { questionId }))
  );
  return {
    due: new Map(cards.map((c) => [c.questionId, c.due])),
    seen,
    newToday: newStartedToday(histories.flat(), now, offset),
    dailyNewLimit,
    extraToday: extra.day === day ? extra.count : 0,
    length,
    day
  };
}

/** The questions answered wrong in the last two weeks, latest first, with the pack each was answered in. */
export async function loadMissed(api: Api, db: SourcewiseDb, now: Date) {
  const since = now.getTime() - MISSED_WINDOW_MS;
  const attempts = await api.listAttempts(db, { since: new Date(since) });
  const ids = recentlyMissed(attempts, since);
  const packOf = new Map(attempts.map((a) => [a.questionId, a.packId]));
  return ids.map((questionId) => ({ questionId, packId: packOf.get(questionId)! }));
}

export interface SessionReport {
  changes: SkillChange[];
  forecast: Forecast;
}

/** How each skill moved in a finished session, and what is due next. */
export async function loadReport(
  api: Api,
  db: SourcewiseDb,
  session: SessionState,
  summary: SessionSummary,
  now: Date
): Promise<SessionReport> {
  const [{ skillChanges }, { dueForecast }, attempts, cards] = await Promise.all([
    import('$lib/domain/study/session-report'),
    import('$lib/domain/study/forecast'),
    api.listAttempts(db, { since: new Date(session.startedAt - MASTERY_WINDOW_MS) }),
    api.listCards(db)
  ]);
  return {
    changes: skillChanges(summary, attempts, session.startedAt, now),
    forecast: dueForecast(cards, now, utcOffset(now))
  };
}
