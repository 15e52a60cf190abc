/** Teacher-facing names of question types (a format's name is in its registry entry, $lib/domain/formats). */
import type { QuestionType } from '$lib/domain/packs/schema';

export const TYPE_LABELS: Record<QuestionType, string> = {
  choice: 'Multiple choice',
  'true-false': 'True or false',
  'short-answer': 'Short answer',
  numerical: 'Number',
  matching: 'Matching',
  description: 'Text to read (no answer)',
  'open-response': 'Open answer (essay)',
  attribution: 'Who said this?',
  'fact-opinion': 'Fact or opinion?',
  'spot-error': 'Does this claim hold up?',
  'altered-detail': 'Which version matches?',
  discrepancy: 'The outlets disagree'
};

/** Types a teacher can add by hand; generated types come from an article. */
export const AUTHORED_TYPES = [
  'choice',
  'true-false',
  'short-answer',
  'numerical',
  'matching',
  'description',
  'open-response'
] as const satisfies readonly QuestionType[];
