/**
 * What an exam's link may show of each question: everything a student needs to answer it, nothing that grading or
 * feedback would give away. One entry per question type (the compiler names a new type here); each returns a valid
 * question of its type, so the answer controls draw it as they draw any other. The key of a question is then every
 * field the redaction changed, which `restoreQuestion` (exam.ts) puts back.
 */
import type { Question, QuestionOf, QuestionType } from '../packs/schema';
import type { QuestionKey } from './exam';

type Redact<T extends QuestionType> = (
  question: QuestionOf<T>,
  shuffle: <V>(items: V[]) => V[]
) => QuestionOf<T>;

const NO_EVIDENCE = (sourceId: string) => ({ sourceId, start: 0, end: 0, excerpt: '' });

const redactors = {
  attribution: (q) => ({ ...q, answer: 0 }),
  'fact-opinion': (q) => ({ ...q, answer: 'fact', cues: [] }),
  'spot-error': (q) => ({ ...q, answer: 'holds-up', evidence: NO_EVIDENCE(q.evidence.sourceId) }),
  'altered-detail': (q) => ({ ...q, answer: 0 }),
  discrepancy: (q) => ({
    ...q,
    outlets: q.outlets.map(({ sourceId, outlet }) => ({ sourceId, outlet })),
    answer: q.answer.map(() => 0)
  }),
  // Every option weighs the same and says nothing; whether several may be picked is the question's own wording.
  choice: (q) => ({ ...q, options: q.options.map((o) => ({ text: o.text, weight: 100, feedback: '' })) }),
  'true-false': (q) => ({ ...q, answer: true, feedbackTrue: '', feedbackFalse: '' }),
  'short-answer': (q) => ({
    ...q,
    answers: [{ text: '?', weight: 100, feedback: '' }],
    caseSensitive: false,
    accentsMatter: false
  }),
  numerical: (q) => ({ ...q, answers: [{ value: 0, tolerance: 0, weight: 100, feedback: '' }] }),
  // The right-hand texts are offered as one sorted list; which left each belongs to is the key.
  matching: (q, shuffle) => {
    const rights = shuffle(q.pairs.map((p) => p.right));
    return { ...q, pairs: q.pairs.map((p, i) => ({ left: p.left, right: rights[i] })) };
  },
  // Quizzes leave these out (they cannot be marked); the fields that would tell an answer are hidden all the same.
  description: (q) => q,
  'open-response': (q) => q,
  flashcard: (q) => ({ ...q, back: '?' })
} satisfies { [T in QuestionType]: Redact<T> };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The question as an exam link shows it (explanation blanked too: it comes with the feedback) and its key.
 */
export function redactQuestion(
  question: Question,
  shuffle: <V>(items: V[]) => V[]
): { shown: Question; key: QuestionKey } {
  const redact = redactors[question.type] as Redact<QuestionType>;
  const original = question as Record<string, unknown>;
  const redacted = { ...redact(question as QuestionOf<QuestionType>, shuffle), explanation: '' };
  // Only fields the question has are replaced (an optional one it lacks stays absent), so the key puts it all back.
  const changed = Object.fromEntries(
    Object.entries(redacted).filter(([field]) => Object.hasOwn(original, field))
  );
  const shown = changed as Question;
  const key: QuestionKey = {};
  for (const field of Object.keys(original))
    if (!same(original[field], changed[field])) key[field] = original[field];
  return { shown, key };
}
