/** The teacher's view of a quiz: students × questions, the average, per-question difficulty and the score spread. */
import type { Question } from '../packs/schema';
import { describeResponse, NO_ANSWER } from './describe';
import { nameWarning } from './names';
import { studentsOf, type ResultCollection } from './results';
import type { QuizResponse } from './result-code';

export interface AnswerCell {
  label: string;
  response: QuizResponse;
  correct: boolean;
  seconds: number;
}

export interface StudentRow {
  name: string;
  key: string;
  correct: number;
  total: number;
  /** 0–100, rounded to one decimal. */
  percent: number;
  seconds: number;
  /**
   * More than one code came under this name (or names that look alike) and the teacher has not chosen which one
   * counts: the row is shown, but left out of the average, the spread and the per-question figures until then.
   */
  needsChoice: boolean;
  /** How many codes came under this name and are not set aside. */
  candidates: number;
  /** Why the name deserves a second look (mixed scripts, invisible characters), or null. */
  nameWarning: string | null;
  /** One cell per quiz question in the quiz's own order; `null` when the student never reached it. */
  cells: (AnswerCell | null)[];
}

export interface QuestionStats {
  questionId: string;
  /** 1-based position in the quiz (the teacher's order, not a student's shuffled one). */
  number: number;
  prompt: string;
  answered: number;
  correct: number;
  /** Share of students who got it right, 0–1; `null` before any result arrives. */
  shareCorrect: number | null;
  mostChosenWrong: { label: string; count: number } | null;
}

export interface Bucket {
  label: string;
  count: number;
}

export interface QuizSummary {
  rows: StudentRow[];
  questions: QuestionStats[];
  /** Mean percent over students; `null` with no results. */
  average: number | null;
  distribution: Bucket[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Score buckets: one per possible score for short quizzes, ten 10 % bands for longer ones. */
export function scoreDistribution(
  rows: readonly Pick<StudentRow, 'correct' | 'total'>[],
  total: number
): Bucket[] {
  if (total <= 10) {
    const buckets = Array.from({ length: total + 1 }, (_, k) => ({ label: `${k}/${total}`, count: 0 }));
    for (const row of rows) buckets[Math.min(total, Math.max(0, row.correct))].count++;
    return buckets;
  }
  const buckets = Array.from({ length: 10 }, (_, b) => ({
    label: b === 9 ? '90–100%' : `${b * 10}–${b * 10 + 9}%`,
    count: 0
  }));
  for (const row of rows) buckets[Math.min(9, Math.floor((row.correct / total) * 10))].count++;
  return buckets;
}

export function summarize(collection: ResultCollection, questions: readonly Question[]): QuizSummary {
  const { quiz } = collection;
  const byId = new Map(questions.map((q) => [q.id, q]));
  const total = quiz.questionIds.length;
  const rows: StudentRow[] = studentsOf(collection).map((student) => {
    const { result } = student.counted;
    const answers = new Map(result.answers.map((a) => [a.questionId, a]));
    const cells = quiz.questionIds.map((qid) => {
      const answer = answers.get(qid);
      if (!answer) return null;
      const label = describeResponse(byId.get(qid), answer.response);
      return { label, response: answer.response, correct: answer.correct, seconds: answer.seconds };
    });
    const correct = cells.filter((c) => c?.correct).length;
    return {
      name: result.name,
      key: student.key,
      correct,
      total,
      percent: total ? round1((correct / total) * 100) : 0,
      seconds: cells.reduce((sum, c) => sum + (c?.seconds ?? 0), 0),
      needsChoice: student.needsChoice,
      candidates: student.candidates.length,
      nameWarning: student.candidates.map((c) => nameWarning(c.result.name)).find(Boolean) ?? null,
      cells
    };
  });
  const counted = rows.filter((r) => !r.needsChoice);
  const questionStats = quiz.questionIds.map((questionId, i) => {
    const cells = counted.map((r) => r.cells[i]);
    const answered = cells.filter((c) => c && c.label !== NO_ANSWER).length;
    const correct = cells.filter((c) => c?.correct).length;
    const wrong = new Map<string, number>();
    for (const c of cells)
      if (c && !c.correct && c.label !== NO_ANSWER) wrong.set(c.label, (wrong.get(c.label) ?? 0) + 1);
    const [top] = [...wrong].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return {
      questionId,
      number: i + 1,
      prompt: byId.get(questionId)?.prompt ?? questionId,
      answered,
      correct,
      shareCorrect: counted.length ? correct / counted.length : null,
      mostChosenWrong: top ? { label: top[0], count: top[1] } : null
    };
  });
  const average = counted.length ? round1(counted.reduce((s, r) => s + r.percent, 0) / counted.length) : null;
  return { rows, questions: questionStats, average, distribution: scoreDistribution(counted, total) };
}
