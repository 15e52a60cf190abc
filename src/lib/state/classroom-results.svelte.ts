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
import { decodeQuiz, openRef } from '$lib/domain/classroom/link';
import type { Quiz } from '$lib/domain/classroom/quiz';
import type { Question } from '$lib/domain/packs/schema';
import type { AppState } from './app.svelte';
import { loadCollections, saveCollection, storageMessage } from './classroom-db.svelte';
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
      if (found.quiz.pack) this.questions = found.quiz.pack.questions;
      else {
        const loaded = await loadQuizPack(this.app, found.quiz.packId);
        if (loaded.ok) this.questions = loaded.pack.questions;
        else
          this.message = `${loaded.message} Answers already collected are shown as stored; new codes can be marked once the pack loads (reload while online).`;
      }
    });
    await this.#busy;
  }

  /**
   * Collects a quiz made on another device: its link holds the whole quiz (a built-in pack's quiz by reference), so
   * the link is the key that marks its codes here. Returns the quiz id to open, or null with `message` set.
   */
  async importQuiz(link: string): Promise<string | null> {
    const decoded = decodeQuiz(link);
    if (!decoded.ok) return this.#refuseImport(decoded.message);
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
    if (!this.collections.some((c) => c.quiz.quizId === quiz.quizId))
      try {
        await saveCollection(this.app.storage, emptyCollection(quiz), instant());
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
