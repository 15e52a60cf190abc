/**
 * A study session on screen: a pack, the review queue or the questions missed lately; the pure session planner and
 * state machine; and storage. A pack's session is planned (due reviews first, new questions up to the day's limit,
 * the chosen length, interleaved with the page's seed). Each answer is graded, shown, and written at once (attempt +
 * card in one transaction, then the session), so leaving mid-session and coming back resumes at the same question.
 */
import type { Pack, Question } from '$lib/domain/packs/schema';
import { passagesToCheck } from '$lib/domain/questions';
import { grade, isAutoGraded, type Response } from '$lib/domain/study/grading';
import * as machine from '$lib/domain/study/session';
import type { SessionState } from '$lib/domain/study/session';
// Static, with the page: an answer must be saved even when the network goes on a first visit, before the service
// worker controls the page and could answer a lazy import (tests/e2e/offline.spec.ts, "first visit offline").
import { newCard, reviewCard } from '$lib/domain/study/scheduling';
import type { StudyCard } from '$lib/domain/study/card';
import {
  DEFAULT_DAILY_NEW,
  DEFAULT_SESSION_LENGTH,
  planSession,
  type PlanCandidate,
  type SessionLength,
  type SessionPlan
} from '$lib/domain/study/plan';
import type { Scope } from '$lib/storage';
import type { AppState } from './app.svelte';
import { cache, clock, mapOf, setOf, unique } from './plain';
import { maySavedSession, noteSavedSession } from './session-hint';
import { loadMissed, loadPlanInputs, loadReport, type PlanInputs, type SessionReport } from './study-sources';

export const REVIEW = machine.REVIEW;
/** The pseudo pack id of the questions answered wrong lately. */
export const MISSED = 'missed';
/** The review queue takes at most this many due cards at a time. */
export const REVIEW_BATCH = 30;
/** A finished session is shown again (its summary) for this long; after that the pack starts afresh. */
const SUMMARY_KEEP_MS = 60 * 60 * 1000;

export interface StudyItem {
  question: Question;
  pack: Pack;
  /** Read from a built-in pack: its progress is in the shared built-in scope, else in the pack's own. */
  builtIn: boolean;
  /** In review, the scope of the card that is due (storage's `scopeOf` gives the others when answering). */
  scope?: Scope;
}

/** `limit`: the day's new questions are used up; `caught-up`: nothing is due or new in this pack. */
export type StudyStatus = 'loading' | 'ready' | 'empty' | 'error' | 'limit' | 'caught-up';

export class StudySession {
  status = $state<StudyStatus>('loading');
  message = $state('');
  details = $state.raw<string[]>([]);
  session = $state.raw<SessionState | null>(null);
  /** The last answer could not be saved (quota, private window); shown next to the feedback. */
  saveProblem = $state<string | null>(null);
  title = $state('');
  /** The session length chosen (remembered in the settings). */
  length = $state<SessionLength>(DEFAULT_SESSION_LENGTH);
  /** How the current session was planned (null for a resumed one, the review queue and missed questions). */
  plan = $state.raw<SessionPlan | null>(null);
  dailyNewLimit = $state(DEFAULT_DAILY_NEW);
  /** Review: how many questions are due now (the session takes up to `REVIEW_BATCH` of them). */
  dueNow = $state(0);
  /** Skill changes and what is due next, once a session has finished. */
  report = $state.raw<SessionReport | null>(null);

  #items = cache<string, StudyItem>();
  /** The question whose source passage the learner opened before answering it. */
  #sourceOpenedFor: string | null = null;
  #inputs: PlanInputs | null = null;
  #seed = 1;

  constructor(
    private readonly app: AppState,
    readonly packId: string
  ) {}

  get isReview(): boolean {
    return this.packId === REVIEW;
  }

  get isMissed(): boolean {
    return this.packId === MISSED;
  }

  /** The length can be chosen before the first answer of a pack's session. */
  get canChooseLength(): boolean {
    const s = this.session;
    return (
      !this.isReview && !this.isMissed && !!s && s.phase === 'asking' && s.index === 0 && !s.results.length
    );
  }

  get current(): StudyItem | null {
    const id = this.session ? machine.currentQuestionId(this.session) : null;
    return id ? (this.#items.get(id) ?? null) : null;
  }

  get result() {
    return this.session ? machine.currentResult(this.session) : null;
  }

  get position() {
    return this.session ? machine.progressOf(this.session) : { position: 0, total: 0 };
  }

  get summary() {
    return this.session?.phase === 'finished' ? machine.summarize(this.session) : null;
  }

  /** The learner opened the current question's source passage: noted with the answer, if it comes after. */
  openSource(): void {
    const item = this.current;
    if (item && !this.result) this.#sourceOpenedFor = item.question.id;
  }

  item(questionId: string): StudyItem | undefined {
    return this.#items.get(questionId);
  }

  /** The prompts of the questions missed in a finished session, in the order asked. */
  get missedPrompts(): string[] {
    return (this.summary?.missed ?? []).map((id) => this.#items.get(id)?.question.prompt ?? id);
  }

  /** Loads and plans the session; `seed` shuffles a new session's order (the page passes one). */
  async start(now = clock(), seed = 1): Promise<void> {
    this.#seed = seed;
    // Marks for the cold-start benchmark (bench/app.bench.ts) and for anyone profiling in DevTools.
    performance.mark('sourcewise:study-start');
    // A pack never studied on this device has no session to resume: its first question does not wait for storage.
    const waitForStorage = this.isReview || this.isMissed || maySavedSession(this.packId);
    // Open the database while the pack loads when the first question needs it.
    if (waitForStorage) void this.app.storage.connect().catch(() => undefined);
    const ids = this.isReview
      ? await this.#loadReview(now)
      : this.isMissed
        ? await this.#loadMissed(now)
        : await this.#loadPack();
    performance.mark('sourcewise:questions-loaded');
    if (!ids) return;
    const known = setOf(this.#items.keys());
    const loadSaved = () => this.app.storage.use((api, db) => api.loadSession(db, this.packId, known));
    if (waitForStorage) {
      const [saved] = await Promise.all([loadSaved(), this.#loadInputs(now)]);
      performance.mark('sourcewise:session-loaded');
      if (saved && this.#resumable(saved, now)) this.session = saved;
      else this.#begin(this.#planned(ids, now), now);
    } else {
      // Planned as if nothing were stored (the usual case for a pack never studied here), then planned again once
      // storage has answered. The order comes from the seed, so the first question normally stays the same.
      this.#begin(this.#planned(ids, now), now);
      const begun = this.session;
      void new Promise((done) => setTimeout(done, 0))
        .then(() => Promise.all([loadSaved(), this.#loadInputs(now)]))
        .then(([saved]) => {
          if (this.session !== begun) return;
          if (saved && this.#resumable(saved, now)) this.session = saved;
          else {
            const planned = this.#planned(ids, now);
            if (planned.join() !== begun?.questionIds.join()) this.#begin(planned, now);
          }
          this.#settle();
        });
    }
    this.#settle();
    if (this.session?.phase === 'finished') void this.#loadReport(now);
  }

  /** A saved session is taken up again unless it is empty, or a summary kept past its time (always, for review). */
  #resumable(saved: SessionState, now: Date): boolean {
    if (saved.questionIds.length === 0) return false;
    return (
      saved.phase !== 'finished' || (!this.isReview && now.getTime() - saved.updatedAt <= SUMMARY_KEEP_MS)
    );
  }

  /** The status that follows from the session and its plan. */
  #settle() {
    if (this.session?.questionIds.length) this.status = 'ready';
    else if (this.plan?.heldBack) this.status = 'limit';
    else if (!this.isReview && !this.isMissed && this.#items.size) this.status = 'caught-up';
    else this.status = 'empty';
  }

  async #loadInputs(now: Date) {
    if (this.isReview || this.isMissed) return;
    const builtIn = this.#items.values().next().value?.builtIn ?? false;
    const inputs = await this.app.storage.use((api, db) =>
      loadPlanInputs(api, db, this.packId, api.scopeOf({ packId: this.packId, builtIn }), now)
    );
    if (!inputs) return;
    this.#inputs = inputs;
    this.length = inputs.length;
    this.dailyNewLimit = inputs.dailyNewLimit;
  }

  /** The questions of a new session: the pack's plan, or the given order (review, missed) cut to its batch. */
  #planned(ids: string[], now: Date, ahead = false): string[] {
    if (this.isReview || this.isMissed) {
      this.plan = null;
      return ids;
    }
    const inputs = this.#inputs;
    const candidates = ids.map((id): PlanCandidate => {
      const question = this.#items.get(id)!.question;
      const due = inputs?.due.get(id);
      return {
        id,
        type: question.type,
        skill: question.skill,
        seen: (inputs?.seen.has(id) ?? false) || due !== undefined,
        intro: question.type === 'description',
        ...(due === undefined ? {} : { due })
      };
    });
    const limit = inputs?.dailyNewLimit ?? this.dailyNewLimit;
    const newAllowed = limit * (1 + (inputs?.extraToday ?? 0)) - (inputs?.newToday ?? 0);
    this.plan = planSession({ candidates, now, seed: this.#seed, length: this.length, newAllowed, ahead });
    return this.plan.questionIds;
  }

  /** Chooses the session length (remembered) and plans the session again; only before the first answer. */
  async chooseLength(length: SessionLength, now = clock()): Promise<void> {
    if (!this.canChooseLength && this.status === 'ready') return;
    this.length = length;
    await this.#replan(now);
    await this.app.storage.use((api, db) => api.setSetting(db, 'sessionLength', length));
  }

  /** Allows another day's worth of new questions today ("more today"). */
  async moreToday(now = clock()): Promise<void> {
    const inputs = this.#inputs;
    if (inputs) this.#inputs = { ...inputs, extraToday: inputs.extraToday + 1 };
    await this.#replan(now);
    if (inputs)
      await this.app.storage.use((api, db) =>
        api.setSetting(db, 'extraNew', { day: inputs.day, count: inputs.extraToday + 1 })
      );
  }

  /** Practises questions that are not due yet, when nothing else is left. */
  async practiseAhead(now = clock()): Promise<void> {
    await this.#replan(now, true);
  }

  async #replan(now: Date, ahead = false) {
    this.#begin(this.#planned([...this.#items.keys()], now, ahead), now);
    this.#settle();
    if (this.session) await this.#save(this.session);
  }

  async #loadMissed(now: Date): Promise<string[] | null> {
    this.title = 'Missed questions';
    const missed = (await this.app.storage.use((api, db) => loadMissed(api, db, now))) ?? [];
    const loads = await Promise.all(
      unique(missed.map((m) => m.packId)).map((id) => this.app.packs.loadPack(id))
    );
    for (const load of loads) {
      if (!load.ok) continue;
      for (const question of load.pack.questions)
        if (missed.some((m) => m.questionId === question.id))
          this.#items.set(question.id, { question, pack: load.pack, builtIn: load.builtIn });
    }
    return missed.map((m) => m.questionId).filter((id) => this.#items.has(id));
  }

  async #loadReport(now: Date) {
    const session = this.session;
    const summary = this.summary;
    if (!session || !summary) return;
    this.report = await this.app.storage.use((api, db) => loadReport(api, db, session, summary, now));
  }

  async #loadPack(): Promise<string[] | null> {
    const load = await this.app.packs.loadPack(this.packId);
    if (!load.ok) {
      this.message = load.message;
      this.details = load.details;
      this.status = 'error';
      return null;
    }
    this.title = load.pack.title;
    for (const question of load.pack.questions)
      this.#items.set(question.id, { question, pack: load.pack, builtIn: load.builtIn });
    return load.pack.questions.map((q) => q.id);
  }

  async #loadReview(now: Date): Promise<string[] | null> {
    this.title = 'Review due';
    const due = (await this.app.storage.use((api, db) => api.dueCards(db, now))) ?? [];
    const ordered = [...due].sort((a, b) => a.due - b.due);
    const packIds = unique(ordered.map((c) => c.packId));
    const loads = mapOf(
      await Promise.all(packIds.map(async (id) => [id, await this.app.packs.loadPack(id)] as const))
    );
    // Each pack's questions by id: a heavy learner has hundreds due in a pack of thousands.
    const byId = mapOf(
      [...loads].map(
        ([id, load]) =>
          [id, mapOf(load.ok ? load.pack.questions.map((q) => [q.id, q] as const) : [])] as const
      )
    );
    // A pack that is gone or broken: its cards wait until it is back. A question due in two scopes is asked once,
    // for the more overdue card.
    for (const card of ordered) {
      const load = loads.get(card.packId);
      const question = byId.get(card.packId)?.get(card.questionId);
      if (load?.ok && question && !this.#items.has(card.questionId))
        this.#items.set(card.questionId, {
          question,
          pack: load.pack,
          builtIn: load.builtIn,
          scope: card.scope
        });
    }
    // The most overdue first, then interleaved like a pack's session.
    const candidates = ordered
      .filter((c) => this.#items.has(c.questionId))
      .map((c): PlanCandidate => {
        const question = this.#items.get(c.questionId)!.question;
        return { id: c.questionId, type: question.type, skill: question.skill, seen: true, due: c.due };
      });
    this.dueNow = candidates.length;
    return planSession({ candidates, now, seed: this.#seed, length: REVIEW_BATCH, newAllowed: 0 })
      .questionIds;
  }

  #begin(ids: string[], now: Date) {
    const skills = Object.fromEntries(
      ids.map((id) => [id, this.#items.get(id)?.question.skill ?? 'general'])
    );
    this.session = machine.startSession({ packId: this.packId, questionIds: ids, now, skills });
  }

  async #save(state: SessionState) {
    this.report = null;
    noteSavedSession(state.packId);
    await this.app.storage.use((api, db) => api.saveSession(db, state));
  }

  /** Grades the answer, shows it at once, then writes attempt + card and the session. */
  async answer(response: Response, now = clock()): Promise<void> {
    const before = this.session;
    const item = this.current;
    if (!before || !item) return;
    const result = grade(item.question, response);
    const after = machine.answer(before, item.question.id, response, result, now);
    if (after === before) return;
    this.session = after;
    const durationMs = machine.elapsedOnQuestion(before, now);
    // Recorded only where there was a source to check, so progress counts only those questions.
    const sourceOpened =
      passagesToCheck(item.question).length > 0 ? this.#sourceOpenedFor === item.question.id : undefined;
    this.#sourceOpenedFor = null;
    // One transaction (attempt, card, session), so a second try after a lost connection never writes it twice.
    const saved = await this.app.storage.save(async (api, db) => {
      const scope = item.scope ?? api.scopeOf({ packId: item.pack.id, builtIn: item.builtIn });
      const card = isAutoGraded(item.question)
        ? (stored: StudyCard | undefined) => reviewCard(stored ?? newCard(now), result, now, durationMs)
        : null;
      await api.recordAnswer(
        db,
        {
          scope,
          questionId: item.question.id,
          packId: item.pack.id,
          skill: item.question.skill,
          type: item.question.type,
          correct: result.correct,
          score: result.score,
          graded: result.graded,
          response,
          at: now.getTime(),
          durationMs,
          ...(sourceOpened === undefined ? {} : { sourceOpened })
        },
        card,
        after
      );
      noteSavedSession(after.packId);
    });
    if (saved) void this.app.storage.persistOnce();
    this.saveProblem = saved
      ? null
      : `${this.app.storage.notice?.message ?? 'This answer could not be saved.'} It is kept on this page and saved as soon as storage works again; keep the page open.`;
  }

  async next(now = clock()): Promise<void> {
    if (!this.session) return;
    this.session = machine.next(this.session, now);
    await this.#save(this.session);
    if (this.session.phase === 'finished') await this.#loadReport(now);
  }

  async finishNow(now = clock()): Promise<void> {
    if (!this.session) return;
    this.session = machine.finish(this.session, now);
    await this.#save(this.session);
    await this.#loadReport(now);
  }

  /** Starts again with the given questions (the ones missed), or a new session planned as at the start. */
  async restart(questionIds?: string[], now = clock()): Promise<void> {
    this.#seed = (this.#seed + 1) >>> 0;
    if (questionIds) {
      this.plan = null;
      this.#begin(questionIds, now);
    } else if (this.isReview || this.isMissed) {
      this.#items.clear();
      const ids = (this.isReview ? await this.#loadReview(now) : await this.#loadMissed(now)) ?? [];
      this.#begin(ids, now);
    } else {
      await this.#loadInputs(now);
      this.#begin(this.#planned([...this.#items.keys()], now), now);
    }
    this.#settle();
    if (this.session) await this.#save(this.session);
  }
}
