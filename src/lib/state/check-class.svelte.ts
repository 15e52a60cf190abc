/**
 * The results page of a discernment check quiz: each student scored as the check is, the class's figures, and the
 * class's first and later check side by side once the teacher names the other check quiz (the latest other one on
 * this device is offered first). Which is "before" follows when each quiz was made.
 */
import { studentsOf, type ResultCollection } from '$lib/domain/classroom/results';
import {
  classSpread,
  compareClass,
  type ClassComparison,
  type ScoreKey,
  type Spread
} from '$lib/domain/discernment';
import { scoreClassCheck, type ClassCheck } from '$lib/domain/discernment/class-check';
import type { Question } from '$lib/domain/packs/schema';
import type { AppState } from './app.svelte';
import type { ResultsBoard } from './classroom-results.svelte';
import { isCheckPack, loadQuizPack } from './quiz-packs';

const score = (collection: ResultCollection, questions: readonly Question[]): ClassCheck =>
  scoreClassCheck(studentsOf(collection), collection.quiz.questionIds, questions);

export interface CheckSide {
  collection: ResultCollection;
  check: ClassCheck;
}

export class ClassCheckView {
  /** The other check quiz this one is compared with, or null for none. */
  partnerId = $state<string | null>(null);
  partnerQuestions = $state.raw<Question[]>([]);
  /** Why the other quiz's statements could not be loaded. */
  partnerProblem = $state<string | null>(null);

  constructor(
    private readonly app: AppState,
    private readonly board: ResultsBoard
  ) {}

  /** This quiz's students, scored (null while it is not a check quiz). */
  readonly check: ClassCheck | null = $derived.by(() => {
    const { collection } = this.board;
    return collection && isCheckPack(collection.quiz.packId) ? score(collection, this.board.questions) : null;
  });

  readonly spread: Record<ScoreKey, Spread | null> | null = $derived(
    this.check ? classSpread(this.check.scored) : null
  );

  /** The other check quizzes on this device, the latest made first. */
  get partners(): ResultCollection[] {
    const own = this.board.collection?.quiz.quizId;
    return this.board.collections
      .filter((c) => c.quiz.quizId !== own && isCheckPack(c.quiz.packId))
      .sort((a, b) => b.quiz.createdAt - a.quiz.createdAt);
  }

  /** The two checks in the order they were made, and the comparison; null until a partner is chosen and loaded. */
  readonly comparison: { before: CheckSide; after: CheckSide; result: ClassComparison } | null = $derived.by(
    () => {
      const partner = this.partners.find((c) => c.quiz.quizId === this.partnerId);
      const { collection } = this.board;
      const check = this.check;
      if (!partner || !collection || !check || !this.partnerQuestions.length) return null;
      const own = { collection, check };
      const other = { collection: partner, check: score(partner, this.partnerQuestions) };
      const [before, after] =
        partner.quiz.createdAt <= collection.quiz.createdAt ? [other, own] : [own, other];
      return { before, after, result: compareClass(before.check.scored, after.check.scored) };
    }
  );

  /** Compares with another check quiz (its statements are loaded to score it), or with none. */
  async choose(quizId: string | null): Promise<void> {
    this.partnerId = quizId;
    this.partnerQuestions = [];
    this.partnerProblem = null;
    const partner = this.partners.find((c) => c.quiz.quizId === quizId);
    if (!partner) return;
    const loaded = await loadQuizPack(this.app, partner.quiz.packId);
    if (this.partnerId !== quizId) return;
    if (loaded.ok) this.partnerQuestions = loaded.pack.questions;
    else this.partnerProblem = loaded.message;
  }

  /** The comparison as CSV; the writer (papaparse) is teacher-only code, loaded on first use. */
  async csv(labels: Record<ScoreKey, string>): Promise<string | null> {
    const comparison = this.comparison;
    if (!comparison) return null;
    const { comparisonCsv } = await import('$lib/domain/discernment/class-csv');
    return comparisonCsv(comparison.result, labels);
  }
}
