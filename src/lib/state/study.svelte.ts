/**
 * A study session on screen: a pack (or the review queue), the pure session state machine, and storage.
 * Each answer is graded, shown, and written at once (attempt + card in one transaction, then the session),
 * so leaving mid-session and coming back resumes at the same question.
 */
import type { Pack, Question } from '$lib/domain/packs/schema';
import { grade, isAutoGraded, type Response } from '$lib/domain/study/grading';
import * as machine from '$lib/domain/study/session';
import type { SessionState } from '$lib/domain/study/session';
import type { Scope } from '$lib/storage';
import type { AppState } from './app.svelte';
import { cache, clock, mapOf, setOf, unique } from './plain';
import { maySavedSession, noteSavedSession } from './session-hint';

export const REVIEW = machine.REVIEW;
/** The review queue takes at most this many due cards at a time. */
export const REVIEW_BATCH = 30;
/** A finished session is shown again (its summary) for this long; after that the pack starts afresh. */
const SUMMARY_KEEP_MS = 60 * 60 * 1000;

/** ts-fsrs, loaded on demand (it is not needed to show a question). */
const scheduler = () => import('$lib/domain/study/scheduling');

export interface StudyItem {
  question: Question;
  pack: Pack;
  /** Read from a built-in pack: its progress is in the shared built-in scope, else in the pack's own. */
  builtIn: boolean;
  /** In review, the scope of the card that is due (storage's `scopeOf` gives the others when answering). */
  scope?: Scope;
}

export class StudySession {
  status = $state<'loading' | 'ready' | 'empty' | 'error'>('loading');
  message = $state('');
  details = $state.raw<string[]>([]);
  session = $state.raw<SessionState | null>(null);
  /** The last answer could not be saved (quota, private window); shown next to the feedback. */
  saveProblem = $state<string | null>(null);
  title = $state('');

  #items = cache<string, StudyItem>();

  constructor(
    private readonly app: AppState,
    readonly packId: string
  ) {}

  get isReview(): boolean {
    return this.packId === REVIEW;
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

  item(questionId: string): StudyItem | undefined {
    return this.#items.get(questionId);
  }

  /** The prompts of the questions missed in a finished session, in the order asked. */
  get missedPrompts(): string[] {
    return (this.summary?.missed ?? []).map((id) => this.#items.get(id)?.question.prompt ?? id);
  }

  async start(now = clock()): Promise<void> {
    // Marks for the cold-start benchmark (bench/app.bench.ts) and for anyone profiling in DevTools.
    performance.mark('sourcewise:study-start');
    // A pack never studied on this device has no session to resume: its first question does not wait for storage.
    const waitForStorage = this.isReview || maySavedSession(this.packId);
    // Open the database while the pack loads when the first question needs it.
    if (waitForStorage) void this.app.storage.connect().catch(() => undefined);
    const ids = this.isReview ? await this.#loadReview(now) : await this.#loadPack();
    performance.mark('sourcewise:questions-loaded');
    if (!ids) return;
    const known = setOf(this.#items.keys());
    const loadSaved = () => this.app.storage.use((api, db) => api.loadSession(db, this.packId, known));
    if (waitForStorage) {
      const saved = await loadSaved();
      performance.mark('sourcewise:session-loaded');
      if (saved && this.#resumable(saved, now)) this.session = saved;
      else this.#begin(ids, now);
    } else {
      this.#begin(ids, now);
      const begun = this.session;
      // Still check, once the question is on screen; take a saved session over only if nothing was answered yet.
      void new Promise((done) => setTimeout(done, 0)).then(loadSaved).then((saved) => {
        if (saved && this.session === begun && this.#resumable(saved, now)) this.session = saved;
      });
    }
    this.status = this.session && this.session.questionIds.length ? 'ready' : 'empty';
    // The scheduler is needed only once the learner answers: fetch it when the browser is idle, after the first
    // question is painted (an answer that comes sooner simply waits for it).
    const prefetch = () => void scheduler().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prefetch, { timeout: 2000 });
    else setTimeout(prefetch, 0);
  }

  /** A saved session is taken up again unless it is empty, or a summary kept past its time (always, for review). */
  #resumable(saved: SessionState, now: Date): boolean {
    if (saved.questionIds.length === 0) return false;
    return (
      saved.phase !== 'finished' || (!this.isReview && now.getTime() - saved.updatedAt <= SUMMARY_KEEP_MS)
    );
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
    // A pack that is gone or broken: its cards wait until it is back. A question due in two scopes is asked once,
    // for the more overdue card.
    for (const card of ordered) {
      const load = loads.get(card.packId);
      const question = load?.ok ? load.pack.questions.find((q) => q.id === card.questionId) : undefined;
      if (load?.ok && question && !this.#items.has(card.questionId))
        this.#items.set(card.questionId, {
          question,
          pack: load.pack,
          builtIn: load.builtIn,
          scope: card.scope
        });
    }
    return unique(ordered.map((c) => c.questionId))
      .filter((id) => this.#items.has(id))
      .slice(0, REVIEW_BATCH);
  }

  #begin(ids: string[], now: Date) {
    const skills = Object.fromEntries(
      ids.map((id) => [id, this.#items.get(id)?.question.skill ?? 'general'])
    );
    this.session = machine.startSession({ packId: this.packId, questionIds: ids, now, skills });
  }

  async #save(state: SessionState) {
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
    // One transaction (attempt, card, session), so a second try after a lost connection never writes it twice.
    const saved = await this.app.storage.save(async (api, db) => {
      const scope = item.scope ?? api.scopeOf({ packId: item.pack.id, builtIn: item.builtIn });
      const schedulable = isAutoGraded(item.question);
      const { newCard, reviewCard } = await scheduler();
      const previous = schedulable ? await api.getCard(db, scope, item.question.id) : undefined;
      const card = schedulable ? reviewCard(previous?.card ?? newCard(now), result, now, durationMs) : null;
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
          durationMs
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
  }

  async finishNow(now = clock()): Promise<void> {
    if (!this.session) return;
    this.session = machine.finish(this.session, now);
    await this.#save(this.session);
  }

  /** Starts again with the given questions (the ones missed), or the whole pack. */
  async restart(questionIds?: string[], now = clock()): Promise<void> {
    if (this.isReview && !questionIds) {
      this.#items.clear();
      const ids = (await this.#loadReview(now)) ?? [];
      this.#begin(ids, now);
    } else {
      this.#begin(questionIds ?? [...this.#items.keys()], now);
    }
    this.status = this.session?.questionIds.length ? 'ready' : 'empty';
    if (this.session) await this.#save(this.session);
  }
}
