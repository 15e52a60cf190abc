/**
 * A student's quiz page: the quiz from the link, its pack, and the attempt, saved to IndexedDB after every step so a
 * reload or a lost connection mid-quiz picks up where it was. The quiz and the questions it asks are saved too as soon
 * as it opens, so a reload works without the pack file (offline before the service worker holds it). Each answer is
 * also logged like normal study, and so is a question whose time ran out (a miss, to review later).
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
import { examStudyEntries, ExamError, openExam, revealAttempt } from '$lib/domain/classroom/exam';
import { decodeQuiz, openRef, openShortCode, quizIdOfRef } from '$lib/domain/classroom/link';
import { addPart, type PartCollection, type QuizPart } from '$lib/domain/classroom/parts';
import { mayBeFor, type ShortCodeFields } from '$lib/domain/classroom/short-code';
import { drawNonce, type Quiz } from '$lib/domain/classroom/quiz';
import { encodeResult } from '$lib/domain/classroom/result-code';
import { studyEntryFor, type QuizOutcome, type StudyEntry } from '$lib/domain/classroom/study-log';
import type { Question } from '$lib/domain/packs/schema';
import type { Grade, Response } from '$lib/domain/study/grading';
// Static, with the page, as on the study page: a quiz answer is logged even offline before the service worker is in.
import { isSchedulable, newCard, reviewCard } from '$lib/domain/study/scheduling';
import type { StudyCard } from '$lib/domain/study/card';
import type { AppState } from './app.svelte';
import {
  loadQuizAttempt,
  loadQuizParts,
  loadStudentQuiz,
  saveQuizAttempt,
  saveQuizParts,
  saveStudentQuiz,
  storageMessage
} from './classroom-db.svelte';
import { cryptoRandom } from './crypto-random';
import { isCheckPack, loadQuizPack, quizPackIds } from './quiz-packs';

/** A point in time for the pure domain functions (never stored in state, so it needs no reactivity). */
const instant = (ms: number = Date.now()): Date => new Date(ms);

export class StudentQuiz {
  /**
   * `code`: opened without a link, the page asks for a short quiz code; `parts`: a part of a quiz too large for one
   * QR code arrived, and more are needed (see `parts`).
   */
  status = $state<'loading' | 'error' | 'ready' | 'code' | 'parts'>('loading');
  /** How many parts of a large quiz this device has, of how many, and whether the last scan was one it had. */
  parts = $state.raw<{ have: number; count: number; again: boolean } | null>(null);
  /** The quiz link's fragment once every part arrived, for the page to show as its address. */
  assembled = $state<string | null>(null);
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
  /** Why the answers code typed or opened did not show the feedback of an exam. */
  revealError = $state<string | null>(null);

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

  /** An exam: no feedback, and no score, until the teacher's answers code opens the answers. */
  get exam(): boolean {
    return !!this.quiz?.exam;
  }

  get revealed(): boolean {
    return !!this.attempt?.answersKey;
  }

  /** A question of the quiz as this device holds it (with its answer once an exam's answers are open). */
  questionOf(id: string): Question | null {
    return this.#questions[id] ?? null;
  }

  /** Reads the quiz from the link fragment and resumes a saved attempt if there is one. */
  async load(hash: string): Promise<void> {
    if (!hash.replace(/^#/, '').trim()) {
      this.status = 'code';
      return;
    }
    const decoded = decodeQuiz(hash);
    if (!decoded.ok) return this.#fail(decoded.message);
    if (decoded.kind === 'answers') return this.#loadForAnswers(decoded.quizId, decoded.key);
    if (decoded.kind === 'part') return this.#addPart(decoded.part);
    const opened = await this.#open(decoded);
    if (!opened.ok) return this.#fail(opened.message);
    const { quiz, questions } = opened;
    this.#questions = Object.fromEntries(questions.map((q) => [q.id, q]));
    this.#builtIn = opened.builtIn;
    const missing = quiz.questionIds.filter((id) => !Object.hasOwn(this.#questions, id));
    if (missing.length)
      return this.#fail(
        `This quiz asks ${missing.length} question(s) that this version of the pack no longer has.`
      );
    this.quiz = quiz;
    try {
      await saveStudentQuiz(this.app.storage, quiz.quizId, {
        quiz: $state.snapshot(quiz),
        questions: quiz.questionIds.map((id) => this.#questions[id])
      });
      const saved = resumeAttempt(await loadQuizAttempt(this.app.storage, quiz.quizId), quiz);
      // An attempt begun before result codes carried a nonce gets one now, kept so its code stays the same.
      if (saved?.nonce) this.attempt = saved;
      else if (saved) {
        this.attempt = { ...saved, nonce: drawNonce(cryptoRandom) };
        await this.#save();
      }
    } catch (error) {
      this.storageWarning = `${storageMessage(error)} Your answers will not survive a reload of this page.`;
    }
    await this.#openRevealed();
    this.status = 'ready';
    if (this.attempt?.phase === 'finished') this.#makeCode();
    else await this.tick();
  }

  /**
   * A code read by this device's own scanner on the page that waits for a quiz (a typed code, or the parts of a large
   * one): a part is added to those collected, a quiz link opens the quiz, anything else is refused with a reason in
   * `scanProblem`. Scans are handled one at a time, in the order they were read.
   */
  scan(text: string): Promise<void> {
    this.#scans = this.#scans.then(() => this.#scan(text));
    return this.#scans;
  }

  /** Why the last code this device scanned was not taken; null once one was. */
  scanProblem = $state<string | null>(null);
  #scans: Promise<void> = Promise.resolve();
  /** The parts collected on this page, so a scan does not wait for (or fail with) storage. */
  #collection: PartCollection | null = null;

  async #scan(text: string): Promise<void> {
    if (this.status !== 'code' && this.status !== 'parts') return;
    const decoded = decodeQuiz(text);
    if (!decoded.ok || decoded.kind === 'answers') {
      this.scanProblem = !decoded.ok
        ? decoded.problem === 'format'
          ? "This QR code is not a Sourcewise quiz code: scan the code on your teacher's screen."
          : decoded.message
        : "This is your teacher's answers code: scan it once you have finished the quiz.";
      return;
    }
    this.scanProblem = null;
    if (decoded.kind === 'part') return this.#addPart(decoded.part, true);
    const fragment = text.trim().replace(/^[^#]*#/, '');
    this.assembled = fragment;
    await this.load(`#${fragment}`);
  }

  /**
   * One part of a large quiz's animated QR codes: kept with the others until the last one opens the quiz. A part
   * opened as a link arrives on a fresh page, so the parts must be stored between them; parts scanned on this page
   * are also kept in memory, so failing storage only costs them surviving a reload.
   */
  async #addPart(part: QuizPart, scanned = false): Promise<void> {
    let failure: unknown = null;
    const keep = (error: unknown) => void (failure ??= error);
    const stored = this.#collection ?? (await loadQuizParts(this.app.storage).catch(keep)) ?? null;
    const added = addPart(stored, part);
    this.#collection = added.collection;
    await saveQuizParts(this.app.storage, added.collection).catch(keep);
    if (failure && !scanned)
      return this.#fail(
        `${storageMessage(failure)} The parts of this quiz cannot be kept between scans: open the quiz link or file instead.`
      );
    if (added.payload) {
      this.assembled = added.payload;
      return this.load(`#${added.payload}`);
    }
    this.parts = { have: added.have, count: added.collection.count, again: added.status === 'again' };
    this.status = 'parts';
  }

  /** The teacher's answers code opened as a link: the exam as this device saved it, then its feedback. */
  async #loadForAnswers(quizId: string, key: string): Promise<void> {
    const saved = await loadStudentQuiz(this.app.storage, quizId).catch(() => null);
    const attempt = saved && resumeAttempt(await loadQuizAttempt(this.app.storage, quizId), saved.quiz);
    if (!saved || !attempt)
      return this.#fail(
        "This is your teacher's answers code for a quiz that was not taken on this device: open it on the device you took the quiz on."
      );
    this.#questions = Object.fromEntries(saved.questions.map((q) => [q.id, q]));
    this.quiz = saved.quiz;
    this.attempt = attempt;
    await this.#openRevealed();
    this.status = 'ready';
    if (attempt.phase === 'finished') this.#makeCode();
    if (!this.revealed) await this.reveal(key);
  }

  /** An exam whose answers were opened before: its questions with their answers again, for the feedback. */
  async #openRevealed(): Promise<void> {
    const key = this.attempt?.answersKey;
    if (!this.quiz?.exam || !key) return;
    try {
      const questions = await openExam(this.quiz, key);
      this.#questions = Object.fromEntries(questions.map((q) => [q.id, q]));
    } catch (error) {
      this.revealError = error instanceof ExamError ? error.message : String(error);
    }
  }

  /**
   * Opens an exam's answers with the teacher's answers code (typed, pasted or from its link): grades the answers,
   * keeps the key so a reload shows the feedback again, and adds every answer to the student's study history.
   */
  async reveal(text: string): Promise<void> {
    const { quiz, attempt } = this;
    if (!quiz?.exam || !attempt) return;
    const decoded = decodeQuiz(text);
    if (!decoded.ok || decoded.kind !== 'answers') {
      this.revealError = decoded.ok
        ? 'This is not an answers code: it starts with "a1." (or scan the code your teacher shows).'
        : decoded.message;
      return;
    }
    if (decoded.quizId !== quiz.quizId) {
      this.revealError = 'This answers code is for another quiz.';
      return;
    }
    if (attempt.phase !== 'finished') {
      this.revealError = 'Finish the quiz and show your result code to your teacher first.';
      return;
    }
    let questions: Question[];
    try {
      questions = await openExam(quiz, decoded.key);
    } catch (error) {
      this.revealError = error instanceof ExamError ? error.message : String(error);
      return;
    }
    this.revealError = null;
    const revealed = revealAttempt(attempt, questions, decoded.key);
    await this.#save(revealed);
    this.#questions = Object.fromEntries(questions.map((q) => [q.id, q]));
    this.attempt = revealed;
    const now = instant();
    for (const { question, entry } of examStudyEntries(quiz, revealed, questions, now))
      await this.#record(question, entry, now);
  }

  /** The quiz and its questions: from the link (and the built-in pack it names), or as saved when it was opened. */
  async #open(
    decoded: Exclude<Extract<ReturnType<typeof decodeQuiz>, { ok: true }>, { kind: 'answers' | 'part' }>
  ): Promise<
    { ok: true; quiz: Quiz; questions: Question[]; builtIn: boolean } | { ok: false; message: string }
  > {
    if (decoded.kind === 'quiz' && decoded.quiz.pack)
      return { ok: true, quiz: decoded.quiz, questions: decoded.quiz.pack.questions, builtIn: false };
    if (decoded.kind === 'short') return this.#openShort(decoded.fields);
    const packId = decoded.kind === 'quiz' ? decoded.quiz.packId : decoded.ref.packId;
    const loaded = await loadQuizPack(this.app, packId);
    if (!loaded.ok) {
      // Offline before the pack file was cached: the copy saved when this quiz was first opened will do.
      const quizId =
        decoded.kind === 'quiz' ? decoded.quiz.quizId : quizIdOfRef(decoded.payload, decoded.ref);
      const saved = await loadStudentQuiz(this.app.storage, quizId).catch(() => null);
      // A quiz that does not carry its pack is on a built-in one.
      if (saved) return { ok: true, ...saved, builtIn: !saved.quiz.pack };
      return { ok: false, message: `${loaded.message} This quiz needs it; connect once and reload.` };
    }
    const { builtIn } = loaded;
    if (decoded.kind === 'quiz')
      return { ok: true, quiz: decoded.quiz, questions: loaded.pack.questions, builtIn };
    const opened = openRef(decoded.payload, decoded.ref, loaded.pack);
    return opened.ok ? { ok: true, quiz: opened.quiz, questions: loaded.pack.questions, builtIn } : opened;
  }

  /** A typed quiz code: the built-in pack it is for is found by trying the few whose id it could match. */
  async #openShort(
    fields: ShortCodeFields
  ): Promise<
    { ok: true; quiz: Quiz; questions: Question[]; builtIn: boolean } | { ok: false; message: string }
  > {
    for (const id of (await quizPackIds(this.app)).filter((id) => mayBeFor(fields, id))) {
      const loaded = await loadQuizPack(this.app, id);
      const opened = loaded.ok ? openShortCode(fields, loaded.pack) : null;
      if (opened?.ok && loaded.ok)
        return { ok: true, quiz: opened.quiz, questions: loaded.pack.questions, builtIn: loaded.builtIn };
      if (opened && !opened.ok) return opened;
    }
    return {
      ok: false,
      message: this.app.packs.error
        ? `The quiz packs could not be loaded (${this.app.packs.error}); connect once and try again.`
        : 'No quiz has this code: check each letter with your teacher, or scan the QR code instead.'
    };
  }

  async start(name: string): Promise<void> {
    if (!this.quiz) return;
    this.attempt = startAttempt(this.quiz, name, instant(), drawNonce(cryptoRandom));
    await this.#save();
  }

  async answer(response: Response): Promise<void> {
    await this.#step(async () => {
      const { quiz, attempt, question } = this;
      if (!quiz || !attempt || !question || attempt.phase !== 'asking') return;
      const now = instant();
      const answered = answerCurrent(attempt, quiz, question, response, now);
      // Stored before the next question (or the feedback) shows, so no answer is lost to a reload or a dead battery.
      await this.#save(answered.attempt);
      // An answer given after the time ran out (a sleeping phone) counts as none, and is shown as such.
      const inTime = !answered.attempt.answers.at(-1)?.timedOut;
      this.lastResponse = inTime ? response : undefined;
      this.lastGrade = answered.grade;
      this.#show(answered.attempt);
      const outcome: QuizOutcome = inTime ? { response, grade: answered.grade } : { timedOut: true };
      // An exam's answers go into the study history once the teacher's answers code has graded them.
      if (!quiz.exam) await this.#logStudy(question, outcome, answered.seconds * 1000, now);
    });
  }

  async next(): Promise<void> {
    await this.#step(async () => {
      if (!this.attempt) return;
      const moved = next(this.attempt, instant());
      await this.#save(moved);
      this.lastResponse = undefined;
      this.lastGrade = null;
      this.#show(moved);
    });
  }

  /** Called by the page's clock; records "no answer" when the current question's time is up. */
  async tick(): Promise<void> {
    this.now = Date.now();
    if (this.#busy) return;
    await this.#step(async () => {
      const { quiz, attempt, question } = this;
      if (!quiz || !attempt || !question || attempt.phase !== 'asking') return;
      const now = instant(this.now);
      const timed = timeOut(attempt, quiz, question, now);
      if (timed.attempt === attempt) return;
      await this.#save(timed.attempt);
      this.lastResponse = undefined;
      this.lastGrade = TIMED_OUT_GRADE;
      this.#show(timed.attempt);
      if (!quiz.exam) await this.#logStudy(question, { timedOut: true }, timed.seconds * 1000, now);
    });
  }

  #busy = false;

  /** One step at a time: a second click (or the clock) while an answer is being stored waits for it, never races it. */
  async #step(work: () => Promise<void>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await work();
    } finally {
      this.#busy = false;
    }
  }

  #show(attempt: QuizAttempt): void {
    this.attempt = attempt;
    if (attempt.phase === 'finished') this.#makeCode();
  }

  #makeCode(): void {
    const { quiz, attempt } = this;
    if (quiz && attempt?.nonce)
      this.resultCode = encodeResult(resultOf({ ...attempt, nonce: attempt.nonce }), quiz);
  }

  async #save(attempt: QuizAttempt | null = this.attempt): Promise<void> {
    if (!this.quiz || !attempt || this.storageWarning) return;
    try {
      await saveQuizAttempt(this.app.storage, this.quiz.quizId, attempt);
    } catch (error) {
      this.storageWarning = `${storageMessage(error)} Your answers will not survive a reload of this page.`;
    }
  }

  /** The student's own progress records quiz answers as in normal study (a failure here never stops the quiz). */
  async #logStudy(question: Question, outcome: QuizOutcome, durationMs: number, now: Date) {
    // The discernment check is not practice: its statements must stay new, so they never enter the schedule.
    if (!this.quiz || isCheckPack(this.quiz.packId)) return;
    await this.#record(question, studyEntryFor(this.quiz, question, outcome, durationMs, now), now);
  }

  async #record(question: Question, { attempt, grade }: StudyEntry, now: Date): Promise<void> {
    if (!this.quiz || this.storageWarning) return;
    const durationMs = attempt.durationMs;
    const where = { packId: this.quiz.packId, quizId: this.quiz.quizId, builtIn: this.#builtIn };
    // Kept in memory and written with the next answer if storage fails now (the quiz itself goes on).
    await this.app.storage.save(async (api, db) => {
      const scope = api.scopeOf(where);
      const card = isSchedulable(question)
        ? (stored: StudyCard | undefined) => reviewCard(stored ?? newCard(now), grade, now, durationMs)
        : null;
      await api.recordAnswer(db, { ...attempt, scope }, card);
    });
  }

  #fail(message: string): void {
    this.error = message;
    this.status = 'error';
  }
}
