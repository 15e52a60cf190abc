/**
 * A generated draft's answer key in words, for the teacher reviewing it ("Ann Rowe", "Opinion", "DW: 2 1/2 hours;
 * Metro: about 3 hours"). One entry per generated type, checked by the compiler.
 */
import type { GeneratedType, QuestionOf } from '$lib/domain/questions';

const KEYS = {
  attribution: (q) => q.options[q.answer] ?? '',
  'fact-opinion': (q) => (q.answer === 'fact' ? 'Fact' : 'Opinion'),
  'spot-error': (q) => (q.answer === 'holds-up' ? 'It holds up' : 'It does not hold up'),
  'altered-detail': (q) => q.options[q.answer] ?? '',
  discrepancy: (q) => q.outlets.map((o, i) => `${o.outlet}: ${q.values[q.answer[i]] ?? '–'}`).join('; ')
} satisfies { [T in GeneratedType]: (question: QuestionOf<T>) => string };

/** The key of a generated question in words; null for an authored type (it has its own editor). */
export function draftKey(question: QuestionOf<GeneratedType> | { type: string }): string | null {
  if (!(question.type in KEYS)) return null;
  const key = KEYS[question.type as GeneratedType] as (q: typeof question) => string;
  return key(question);
}
