/**
 * The UI half of the question-type registry, teacher side: how each type is edited. Keyed by the domain's type list
 * and checked by the compiler, so a new type does not build until it has an entry here. Teacher-only: the study
 * pages import `answers.ts`, never this table.
 */
import type { Component } from 'svelte';
import type { QuestionType } from '$lib/domain/questions';
import ChoiceEditor from './editors/ChoiceEditor.svelte';
import FlashcardEditor from './editors/FlashcardEditor.svelte';
import type { EditorProps } from './editors/editor-props';
import GeneratedOptionsEditor from './editors/GeneratedOptionsEditor.svelte';
import MatchingEditor from './editors/MatchingEditor.svelte';
import NumericalEditor from './editors/NumericalEditor.svelte';
import ShortAnswerEditor from './editors/ShortAnswerEditor.svelte';
import TrueFalseEditor from './editors/TrueFalseEditor.svelte';

export interface EditorEntry<T extends QuestionType> {
  /** The editor of the type's own fields; null when it has none beyond the prompt and explanation. */
  fields: Component<EditorProps<T>, object, 'question'> | null;
  /** A line under the prompt that says what cannot be edited, if anything. */
  note?: string;
  /** The label of the prompt box. */
  promptLabel: string;
  /** Whether an explanation is shown after answering (a text to read has no answer to explain). */
  explanation: boolean;
  /** Whether a live quiz times it (not a text to read nor an essay). */
  timed: boolean;
}

const asked = { promptLabel: 'Question', explanation: true, timed: true };
/** A generated question's answer comes from the article; only its wording is edited. */
const generated = {
  ...asked,
  fields: null,
  note: 'A generated question: edit its wording here; which answer is right comes from the article.'
};

/** One editor serves both types with a list of options and an answer index; seen through each type, that is asserted. */
const optionsOf = <T extends 'attribution' | 'altered-detail'>() =>
  GeneratedOptionsEditor as unknown as Component<EditorProps<T>, object, 'question'>;

export const QUESTION_EDITORS = {
  attribution: { ...generated, fields: optionsOf<'attribution'>() },
  'fact-opinion': generated,
  'spot-error': generated,
  'altered-detail': { ...generated, fields: optionsOf<'altered-detail'>() },
  discrepancy: generated,
  choice: { ...asked, fields: ChoiceEditor },
  'true-false': { ...asked, fields: TrueFalseEditor },
  'short-answer': { ...asked, fields: ShortAnswerEditor },
  numerical: { ...asked, fields: NumericalEditor },
  matching: { ...asked, fields: MatchingEditor },
  description: { promptLabel: 'Text to read', explanation: false, timed: false, fields: null },
  'open-response': { ...asked, timed: false, fields: null },
  // The front is the question; a prompt above it is optional ("Define:"). Self-graded, so no live-quiz timer.
  flashcard: {
    promptLabel: 'Instruction above the card (optional)',
    explanation: true,
    timed: false,
    fields: FlashcardEditor
  }
} satisfies { [T in QuestionType]: EditorEntry<T> };
