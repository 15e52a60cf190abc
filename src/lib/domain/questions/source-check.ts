/**
 * Which question types can be checked against their source before answering, and which passages that means: a
 * claim's evidence, the article sentence a version was made from, each outlet's own report. Lateral reading is the
 * habit these types train, so the study screen lets the learner open the passages first and logs whether they did.
 * Who said this and fact or opinion are answered from the words shown; they offer nothing to check.
 */
import type { z } from 'zod';
import type { QuestionOf, QuestionType } from './registry';
import type { provenanceSchema } from './shared/fields';

type Provenance = z.output<typeof provenanceSchema>;

/** One passage to check: where it is, its words, and whose report it is when the question names outlets. */
export interface CheckPassage extends Provenance {
  /** The outlet as the question names it (discrepancies); otherwise the pack's source tells. */
  outlet?: string;
}

type PassagesOf<T extends QuestionType> = ((question: QuestionOf<T>) => CheckPassage[]) | null;

const nonEmpty = (passages: (CheckPassage | undefined)[]): CheckPassage[] =>
  passages.filter((p): p is CheckPassage => p !== undefined && p.excerpt.trim() !== '');

/** For each type, the passages to check, or null when the type has none. */
export const SOURCE_CHECKS = {
  attribution: null,
  'fact-opinion': null,
  'spot-error': (q) => nonEmpty([q.evidence]),
  'altered-detail': (q) => nonEmpty([q.source]),
  discrepancy: (q) => nonEmpty(q.outlets.map((o) => o.evidence && { ...o.evidence, outlet: o.outlet })),
  choice: null,
  'true-false': null,
  'short-answer': null,
  numerical: null,
  matching: null,
  description: null,
  'open-response': null,
  // The back of the card is its answer: there is no passage to weigh it against.
  flashcard: null
} satisfies { [T in QuestionType]: PassagesOf<T> };

/** The passages a learner can open before answering this question; empty when there is nothing to check. */
export function passagesToCheck(question: QuestionOf<QuestionType>): CheckPassage[] {
  const passages = SOURCE_CHECKS[question.type] as PassagesOf<QuestionType>;
  return passages ? passages(question) : [];
}
