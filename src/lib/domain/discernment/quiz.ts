/**
 * The discernment check as a classroom quiz: each form as a pack of two-option questions ("Accurate", "Altered"),
 * so a teacher shares it with the classroom's own links, QR codes and result codes, and each student's answers
 * scored with the check's own scoring once the teacher has collected them.
 * The pack carries no source and no explanation: the check measures judgement, not lookup.
 */
import { packSchema, type Pack, type Question } from '../packs/schema';
import type { CheckedStudent } from './class';
import { ITEM_KEYS, type FormsFile, type ItemKey } from './forms';
import { FORMS, scoreDiscernment, type CheckForm, type DiscernmentScores, type Judgement } from './scores';

/** The answers a student can give, in the order the options show (the same order as the keys). */
const OPTION_TEXT = { accurate: 'Accurate', altered: 'Altered' } as const satisfies Record<ItemKey, string>;

const PACK_PREFIX = 'discernment-check-';

/** The id of a form's pack: a built-in pack no library holds, made from the forms file when it is opened. */
export const checkPackId = (form: CheckForm): string => `${PACK_PREFIX}${form.toLowerCase()}`;

/** Every check pack id, form A first. */
export const CHECK_PACK_IDS: readonly string[] = FORMS.map(checkPackId);

/** The form a pack id stands for, or null when it is not a check pack. */
export function checkFormOfPack(packId: string): CheckForm | null {
  return FORMS.find((form) => checkPackId(form) === packId) ?? null;
}

export const checkPackTitle = (form: CheckForm): string => `Discernment check, form ${form}`;

/** One form of the check as a pack: the items in the form's order, item ids as question ids (stable per edition). */
export function checkPack(file: FormsFile, form: CheckForm): Pack {
  const licences = [...new Set(file.sources.flatMap((s) => (s.licence ? [s.licence] : [])))];
  return packSchema.parse({
    format: 'sourcewise-pack',
    version: 2,
    id: checkPackId(form),
    title: checkPackTitle(form),
    description: `The ${file.forms[form].length} statements of form ${form} (forms edition ${file.edition}).`,
    license: licences.join('; ') || undefined,
    questions: file.forms[form].map((item) => ({
      id: item.id,
      type: 'choice',
      prompt: item.statement,
      skill: 'verification',
      multiple: false,
      shuffle: false,
      options: ITEM_KEYS.map((key) => ({ text: OPTION_TEXT[key], weight: key === item.key ? 100 : 0 }))
    }))
  });
}

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
