/**
 * A student's quiz page: the quiz from the link, its pack, and the attempt, saved to IndexedDB after every step so a
 * reload or a lost connection mid-quiz picks up where it was. Each answer is also logged like normal study, and so is
 * a question whose time ran out (a miss, to review later).
 */
import {
  answerCurrent,
  currentQuestionId,
  next,
  resultOf,
  resumeAttempt,
  scoreOf,
  secondsLeft,
  startAttempt,
  timeOut,
  timerSummary,
  TIMED_OUT_GRADE,
  type QuizAttempt
} from '$lib/domain/classroom/attempt';
import { decodeQuiz } from '$lib/domain/classroom/link';
import type { Quiz } from '$lib/domain/classroom/quiz';
import { encodeResult } from '$lib/domain/classroom/result-code';
import { studyEntryFor, type QuizOutcome } from '$lib/domain/classroom/study-log';
import type { Pack, Question } from '$lib/domain/packs/schema';
import type { Grade, Response } from '$lib/domain/study/grading';
import { isSchedulable, newCard, reviewCard } from '$lib/domain/study/scheduling';
import type { AppState } from './app.svelte';
import { loadQuizAttempt, saveQuizAttempt, storageMessage } from './classroom-db.svelte';

/** A point in time for the pure domain functions (never stored in state, so it needs no reactivity). */
const instant = (ms: number = Date.now()): Date => new Date(ms);

export class StudentQuiz {
  status = $state<'loading' | 'error' | 'ready'>('loading');
  error = $state<string | null>(null);
  /** Shown but not blocking: the quiz still runs, it just will not survive a reload. */
  storageWarning = $state<string | null>(null);
  quiz = $state.raw<Quiz | null>(null);
  attempt = $state.raw<QuizAttempt | null>(null);
  /** The study response and grade of the last answer, for feedback after each question. */
  lastResponse = $state.raw<Response | undefined>(undefined);
  lastGrade = $state.raw<Grade | null>(null);
  resultCode = $state<string | null>(null);
  now = $state(Date.now());

  #questions: Record<string, Question> = {};
  /** The questions come from a built-in pack: the answers count there; any other stay with the quiz (its scope). */
  #builtIn = false;

  constructor(private readonly app: AppState) {}

  get question(): Question | null {
    const id = this.attempt ? currentQuestionId(this.attempt) : undefined;
    return id ? (this.#questions[id] ?? null) : null;
  }

  get secondsLeft(): number | null {
    const { quiz, attempt, question } = this;
    return quiz && attempt && question ? secondsLeft(attempt, quiz, question, instant(this.now)) : null;
  }

  /** "30 seconds each" (or a range, when questions have their own limits) for the start screen; null untimed. */
  get timer(): string | null {
    if (!this.quiz) return null;
    return timerSummary(
      this.quiz,
      this.quiz.questionIds.flatMap((id) => this.#questions[id] ?? [])
    );
  }

  get score() {
    return this.attempt ? scoreOf(this.attempt) : null;
  }

  /** Reads the quiz from the link fragment and resumes a saved attempt if there is one. */
  async load(hash: string): Promise<void> {
    const decoded = decodeQuiz(hash);
    if (!decoded.ok) return this.#fail(decoded.message);
    const quiz = decoded.quiz;
    let pack: Pack;
    let builtIn = false;
    if (quiz.pack) pack = quiz.pack;
    else {
      const loaded = await this.app.packs.loadPack(quiz.packId);
      if (!loaded.ok) return this.#fail(`${loaded.message} This quiz needs it; connect once and reload.`);
      pack = loaded.pack;
      builtIn = loaded.builtIn;
    }
    this.#builtIn = builtIn;
    this.#questions = Object.fromEntries(pack.questions.map((q) => [q.id, q]));
    const missing = quiz.questionIds.filter((id) => !Object.hasOwn(this.#questions, id));
    if (missing.length)
      return this.#fail(
        `This quiz asks ${missing.length} question(s) that this version of the pack "${pack.title}" no longer has.`
      );
    this.quiz = quiz;
    try {
      const saved = resumeAttempt(await loadQuizAttempt(this.app.storage, quiz.quizId), quiz);
      if (saved) this.attempt = saved;
    } catch (error) {
      this.storageWarning = `${storageMessage(error)} Your answers will not survive a reload of this page.`;
    }
    this.status = 'ready';
    if (this.attempt?.phase === 'finished') await this.#makeCode();
    else await this.tick();
  }

  async start(name: string): Promise<void> {
    if (!this.quiz) return;
    this.attempt = startAttempt(this.quiz, name, instant());
    await this.#save();
  }

  async answer(response: Response): Promise<void> {
    const { quiz, attempt, question } = this;
    if (!quiz || !attempt || !question || attempt.phase !== 'asking') return;
    const now = instant();
    const answered = answerCurrent(attempt, quiz, question, response, now);
    // An answer given after the time ran out (a sleeping phone) counts as none, and is shown as such.
    const inTime = !answered.attempt.answers.at(-1)?.timedOut;
    this.lastResponse = inTime ? response : undefined;
    this.lastGrade = answered.grade;
    this.attempt = answered.attempt;
    await this.#save();
    const outcome: QuizOutcome = inTime ? { response, grade: answered.grade } : { timedOut: true };
    await this.#logStudy(question, outcome, answered.seconds * 1000, now);
    if (this.attempt.phase === 'finished') await this.#makeCode();
  }

  async next(): Promise<void> {
    if (!this.attempt) return;
    this.attempt = next(this.attempt, instant());
    this.lastResponse = undefined;
    this.lastGrade = null;
    await this.#save();
    if (this.attempt.phase === 'finished') await this.#makeCode();
  }

  /** Called by the page's clock; records "no answer" when the current question's time is up. */
  async tick(): Promise<void> {
    this.now = Date.now();
    const { quiz, attempt, question } = this;
    if (!quiz || !attempt || !question || attempt.phase !== 'asking') return;
    const now = instant(this.now);
    const timed = timeOut(attempt, quiz, question, now);
    if (timed.attempt === attempt) return;
    this.attempt = timed.attempt;
    this.lastResponse = undefined;
    this.lastGrade = TIMED_OUT_GRADE;
    await this.#save();
    await this.#logStudy(question, { timedOut: true }, timed.seconds * 1000, now);
    if (this.attempt.phase === 'finished') await this.#makeCode();
  }

  async #makeCode(): Promise<void> {
    if (this.quiz && this.attempt) this.resultCode = await encodeResult(resultOf(this.attempt), this.quiz);
  }

  async #save(): Promise<void> {
    if (!this.quiz || !this.attempt || this.storageWarning) return;
    try {
      await saveQuizAttempt(this.app.storage, this.quiz.quizId, $state.snapshot(this.attempt));
    } catch (error) {
      this.storageWarning = `${storageMessage(error)} Your answers will not survive a reload of this page.`;
    }
  }

  /** The student's own progress records quiz answers as in normal study (a failure here never stops the quiz). */
  async #logStudy(question: Question, outcome: QuizOutcome, durationMs: number, now: Date) {
    if (!this.quiz || this.storageWarning) return;
    const { attempt, grade } = studyEntryFor(this.quiz, question, outcome, durationMs, now);
    const where = { packId: this.quiz.packId, quizId: this.quiz.quizId, builtIn: this.#builtIn };
    // Kept in memory and written with the next answer if storage fails now (the quiz itself goes on).
    await this.app.storage.save(async (api, db) => {
      const scope = api.scopeOf(where);
      const previous = isSchedulable(question) ? await api.getCard(db, scope, question.id) : undefined;
      const card = isSchedulable(question)
        ? reviewCard(previous?.card ?? newCard(now), grade, now, durationMs)
        : null;
      await api.recordAnswer(db, { ...attempt, scope }, card);
    });
  }

  #fail(message: string): void {
    this.error = message;
    this.status = 'error';
  }
}
