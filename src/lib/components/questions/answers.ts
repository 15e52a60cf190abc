/**
 * The UI half of the question-type registry, learner side: what each type shows above its answer (its stem), and
 * the control that answers each kind of `QuestionControl` (`./controls` says which kind a type uses). Both tables
 * are checked by the compiler against their key lists. Teacher-only editors are in `./editors`, never imported here.
 */
import type { Component } from 'svelte';
import type { QuestionOf, QuestionType } from '$lib/domain/questions';
import GotIt from '../GotIt.svelte';
import MatchAnswer from '../MatchAnswer.svelte';
import MultiChoice from '../MultiChoice.svelte';
import OptionList from '../OptionList.svelte';
import RevealCard from '../RevealCard.svelte';
import TextAnswer from '../TextAnswer.svelte';
import type { AnswerProps } from './answer-props';
import type { QuestionControl } from './controls';
import ClaimStem from './stems/ClaimStem.svelte';
import DescriptionStem from './stems/DescriptionStem.svelte';
import FlashcardStem from './stems/FlashcardStem.svelte';
import QuoteStem from './stems/QuoteStem.svelte';
import StatementStem from './stems/StatementStem.svelte';
import TopicStem from './stems/TopicStem.svelte';

/** The item to judge, between the prompt and the answer; null when the prompt says it all. */
export const STEMS = {
  attribution: QuoteStem,
  'fact-opinion': StatementStem,
  'spot-error': ClaimStem,
  'altered-detail': null,
  discrepancy: TopicStem,
  choice: null,
  'true-false': null,
  'short-answer': null,
  numerical: null,
  matching: null,
  description: DescriptionStem,
  'open-response': null,
  flashcard: FlashcardStem
} satisfies { [T in QuestionType]: Component<{ question: QuestionOf<T> }> | null };

type Kind = QuestionControl['kind'];

/** The component that answers each kind of control. */
export const ANSWER_CONTROLS = {
  options: OptionList,
  multiple: MultiChoice,
  match: MatchAnswer,
  text: TextAnswer,
  number: TextAnswer,
  long: TextAnswer,
  continue: GotIt,
  reveal: RevealCard
} satisfies { [K in Kind]: Component<AnswerProps<K>> };
