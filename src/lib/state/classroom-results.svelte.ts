/**
 * The teacher's results page for one quiz: codes in (pasted or scanned), refusals with reasons, the choice between
 * two submissions of one student, the summary and the CSV. Everything is saved to the `classes` store as it changes.
 */
import {
  addCodes,
  emptyCollection,
  keepSubmission,
  studentsOf,
  type CodeOutcome,
  type ResultCollection,
  type StudentSubmissions
} from '$lib/domain/classroom/results';
import { summarize, type QuizSummary } from '$lib/domain/classroom/stats';
import { answersCode, ExamError, openExam } from '$lib/domain/classroom/exam';
import { decodeQuiz, openRef } from '$lib/domain/classroom/link';
import { readQuizKeyFile, writeQuizKeyFile } from '$lib/domain/classroom/quiz-key-file';
import type { Quiz } from '$lib/domain/classroom/quiz';
import type { Question } from '$lib/domain/packs/schema';
import type { AppState } from './app.svelte';
import { loadCollections, saveCollection } from './classroom-collections';
import { storageMessage } from './classroom-db.svelte';
import { loadQuizPack } from './quiz-packs';

const instant = (ms: number = Date.now()): Date => new Date(ms);

export class ResultsBoard {
  status = $state<'loading' | 'list' | 'quiz' | 'error'>('loading');
  message = $state<string | null>(null);
  problems = $state.raw<string[]>([]);
  collections = $state.raw<ResultCollection[]>([]);
  collection = $state.raw<ResultCollection | null>(null);
  questions = $state.raw<Question[]>([]);
  outcomes = $state.raw<CodeOutcome[]>([]);
  saveWarning = $state<string | null>(null);
  /** Why a pasted quiz link could not be collected here. */
  importMessage = $state<string | null>(null);
  #busy = Promise.resolve();

  constructor(private readonly app: AppState) {}

  get summary(): QuizSummary | null {
    return this.collection ? summarize(this.collection, this.questions) : null;
  }

  get conflicts(): StudentSubmissions[] {
    return this.collection ? studentsOf(this.collection).filter((s) => s.needsChoice) : [];
  }

  async load(quizId: string | null): Promise<void> {
    try {
      const { collections, problems } = await loadCollections(this.app.storage);
      this.collections = collections;
      this.problems = problems;
    } catch (error) {
      this.message = storageMessage(error);
      this.status = 'error';
      return;
    }
    if (!quizId) {
      this.status = 'list';
      return;
    }
    const found = this.collections.find((c) => c.quiz.quizId === quizId);
    if (!found) {
      this.message = `There is no quiz "${quizId}" on this device. Results can only be collected on the device that created the quiz.`;
      this.status = 'error';
      return;
    }
    this.collection = found;
    this.status = 'quiz';
    // Codes are marked against these questions, so a code arriving before they load waits for them.
    this.#busy = this.#busy.then(async () => {
      if (found.quiz.exam) this.questions = await this.#examQuestions(found);
      else if (found.quiz.pack) this.questions = found.quiz.pack.questions;
      else {
        const loaded = await loadQuizPack(this.app, found.quiz.packId);
        if (loaded.ok) this.questions = loaded.pack.questions;
        else
          this.message = `${loaded.message} Answers already collected are shown as stored; new codes can be marked once the pack loads (reload while online).`;
      }
    });
    await this.#busy;
  }

  /** An exam's questions with their answers, opened with the key on this device; none (nothing marked) without it. */
  async #examQuestions(collection: ResultCollection): Promise<Question[]> {
    if (!collection.examKey) {
      this.message =
        "This exam's answers are locked with a key that is on the device that made it: open its quiz key file on the results page to mark codes here.";
      return [];
    }
    try {
      return await openExam(collection.quiz, collection.examKey);
    } catch (error) {
      this.message = error instanceof ExamError ? error.message : String(error);
      return [];
    }
  }

  /** The answers code of an exam as a link (`origin` with any base path): students scan it or type its code. */
  answersLink(origin: string): string | null {
    const c = this.collection;
    return c?.quiz.exam && c.examKey ? `${origin}/quiz#${answersCode(c.quiz.quizId, c.examKey)}` : null;
  }

  /** Shows the answers code: from now on, a code finished later is refused (its author could see the answers). */
  async showAnswers(): Promise<void> {
    const c = this.collection;
    if (c && c.answersShownAt === undefined) await this.#save({ ...c, answersShownAt: instant().getTime() });
  }

  /** The quiz key file's text, for another device to mark this quiz's codes. */
  keyFile(): string | null {
    return this.collection ? writeQuizKeyFile(this.collection) : null;
  }

  /** Reads a quiz key file and collects its quiz here; returns the quiz id to open, or null with `importMessage` set. */
  async importKeyFile(file: File): Promise<string | null> {
    const read = readQuizKeyFile(await file.text(), `"${file.name}"`);
    if (!read.ok) return this.#refuseImport(read.message);
    return this.importQuiz(read.link, read.examKey);
  }

  /**
   * Collects a quiz made on another device: its link holds the whole quiz (a built-in pack's quiz by reference), so
   * the link is the key that marks its codes here. Returns the quiz id to open, or null with `message` set.
   */
  async importQuiz(link: string, examKey?: string): Promise<string | null> {
    const decoded = decodeQuiz(link);
    if (!decoded.ok) return this.#refuseImport(decoded.message);
    if (decoded.kind === 'part')
      return this.#refuseImport(
        'This is one part of an animated QR code: paste the whole quiz link, or open the quiz key file.'
      );
    if (decoded.kind === 'answers')
      return this.#refuseImport(
        'This is the answers code students use to see their feedback: paste the quiz link, or open the quiz key file.'
      );
    if (decoded.kind === 'short')
      return this.#refuseImport(
        'Paste the quiz link (from "Copy the link" on the device that made the quiz): a typed quiz code does not say when the quiz was made.'
      );
    let quiz: Quiz;
    if (decoded.kind === 'quiz') quiz = decoded.quiz;
    else {
      const loaded = await loadQuizPack(this.app, decoded.ref.packId);
      if (!loaded.ok) return this.#refuseImport(loaded.message);
      const opened = openRef(decoded.payload, decoded.ref, loaded.pack);
      if (!opened.ok) return this.#refuseImport(opened.message);
      quiz = opened.quiz;
    }
    if (quiz.exam && !examKey)
      return this.#refuseImport(
        'This quiz is an exam: its answers are locked with a key that its link does not carry. On the device that made it, download the quiz key file from its results page, and open that file here.'
      );
    if (quiz.exam && examKey)
      try {
        await openExam(quiz, examKey);
      } catch (error) {
        return this.#refuseImport(error instanceof ExamError ? error.message : String(error));
      }
    const existing = this.collections.find((c) => c.quiz.quizId === quiz.quizId);
    if (!existing || (examKey && !existing.examKey))
      try {
        const collection = existing ?? emptyCollection(quiz);
        await saveCollection(this.app.storage, { ...collection, ...(examKey ? { examKey } : {}) }, instant());
      } catch (error) {
        return this.#refuseImport(storageMessage(error));
      }
    return quiz.quizId;
  }

  #refuseImport(message: string): null {
    this.importMessage = message;
    return null;
  }

  /** Adds codes one batch at a time, so a scan arriving during a paste cannot lose either. */
  add(text: string): Promise<void> {
    this.#busy = this.#busy.then(async () => {
      if (!this.collection) return;
      const { collection, outcomes } = await addCodes(this.collection, text, instant(), this.questions);
      this.outcomes = outcomes;
      if (collection !== this.collection && outcomes.some((o) => o.status === 'added'))
        await this.#save(collection);
    });
    return this.#busy;
  }

  async keep(code: string): Promise<void> {
    if (this.collection) await this.#save(keepSubmission(this.collection, code));
  }

  async clear(): Promise<void> {
    if (this.collection) await this.#save({ ...this.collection, entries: [] });
    this.outcomes = [];
  }

  /** The CSV writer (papaparse) is a teacher-only chunk, loaded on first use; see vite.config.ts. */
  async csv(): Promise<string | null> {
    if (!this.summary) return null;
    const { resultsCsv } = await import('$lib/domain/classroom/csv');
    return resultsCsv(this.summary);
  }

  async #save(collection: ResultCollection): Promise<void> {
    this.collection = collection;
    try {
      await saveCollection(this.app.storage, collection, instant());
      this.saveWarning = null;
    } catch (error) {
      this.saveWarning = `${storageMessage(error)} These results are only on screen until you reload.`;
    }
  }
}
