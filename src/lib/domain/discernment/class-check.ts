/**
 * A check quiz's answers, as a teacher collects them in result codes, scored the way the check scores them: each
 * student's judgements from their compact choices, every statement answered or no score (with the reason).
 */
import type { Question } from '../packs/schema';
import type { CheckedStudent } from './class';
import { ITEM_KEYS, type ItemKey } from './forms';
import { OPTION_TEXT } from './quiz';
import { scoreDiscernment, type DiscernmentScores, type Judgement } from './scores';

/** The key of a check question (the option that is right), or null for a question that is not one. */
function keyOf(question: Question | undefined): ItemKey | null {
  if (question?.type !== 'choice' || question.options.length !== ITEM_KEYS.length) return null;
  const right = question.options.findIndex((o) => o.weight > 0);
  return ITEM_KEYS.every((key, i) => question.options[i].text === OPTION_TEXT[key]) && right >= 0
    ? ITEM_KEYS[right]
    : null;
}

/** What the student said, from a result code's compact choice (`[1]`: the second option), or null for none. */
function saidOf(response: unknown): ItemKey | null {
  if (!Array.isArray(response) || response.length !== 1) return null;
  const [index] = response;
  return typeof index === 'number' ? (ITEM_KEYS[index] ?? null) : null;
}

export type CheckScoring = { ok: true; scores: DiscernmentScores } | { ok: false; reason: string };

/**
 * One student's answers to a check quiz, scored as the check is: every statement must be answered (a check with
 * gaps is not comparable to a whole one, so it is not scored, and the reason says how many are open).
 */
export function scoreCheckQuiz(
  questionIds: readonly string[],
  questions: readonly Question[],
  answers: readonly { questionId: string; response: unknown }[]
): CheckScoring {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses = new Map(answers.map((a) => [a.questionId, a.response]));
  const judgements: Judgement[] = [];
  for (const id of questionIds) {
    const key = keyOf(byId.get(id));
    if (!key) return { ok: false, reason: 'the statements of this check are not on this device' };
    const said = saidOf(responses.get(id));
    if (said) judgements.push({ altered: key === 'altered', saidAltered: said === 'altered' });
  }
  if (judgements.length < questionIds.length)
    return {
      ok: false,
      reason: `answered ${judgements.length} of ${questionIds.length} statements, so no score`
    };
  try {
    return { ok: true, scores: scoreDiscernment(judgements) };
  } catch {
    return { ok: false, reason: 'this quiz does not hold both accurate and altered statements' };
  }
}

/** A student as the teacher's table groups them (see classroom `studentsOf`): the submission that counts. */
export interface SubmittedCheck {
  key: string;
  needsChoice: boolean;
  counted: { result: { name: string; answers: readonly { questionId: string; response: unknown }[] } };
}

export interface ClassCheck {
  scored: CheckedStudent[];
  /** Students not scored, with the reason in plain words (two codes to choose between, statements left open). */
  unscored: { name: string; reason: string }[];
}

/** Every student of a check quiz scored, or set apart with the reason. */
export function scoreClassCheck(
  students: readonly SubmittedCheck[],
  questionIds: readonly string[],
  questions: readonly Question[]
): ClassCheck {
  const result: ClassCheck = { scored: [], unscored: [] };
  for (const student of students) {
    const { name, answers } = student.counted.result;
    if (student.needsChoice) {
      result.unscored.push({ name, reason: 'sent more than one code: choose which counts' });
      continue;
    }
    const scoring = scoreCheckQuiz(questionIds, questions, answers);
    if (scoring.ok) result.scored.push({ key: student.key, name, scores: scoring.scores });
    else result.unscored.push({ name, reason: scoring.reason });
  }
  return result;
}
