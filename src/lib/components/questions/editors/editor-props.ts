/** What every per-type question editor takes. */
import type { QuestionOf, QuestionType } from '$lib/domain/questions';
import type { FieldProblems } from './field-problems';

export interface EditorProps<T extends QuestionType> {
  /** Edited in place (a deep `$state` proxy of the pack's question). */
  question: QuestionOf<T>;
  fields: FieldProblems;
  /** Called after an edit that no input event reports (adding or removing an item). */
  onchange: () => void;
}
