/**
 * Generated question types (attribution, fact-opinion, …) and flashcards have no equivalent in GIFT or Kahoot. For
 * export they are rewritten as the plain quiz type closest to what the learner does: a choice, a matching for
 * discrepancies, a short answer for a flashcard.
 */
import {
  SPOT_ERROR_LABELS,
  SPOT_ERROR_VERDICTS,
  type Question,
  type QuestionOf,
  type QuestionType
} from '../../packs/schema';

export type PortableQuestion = Exclude<
  Question,
  { type: 'attribution' | 'fact-opinion' | 'spot-error' | 'altered-detail' | 'discrepancy' | 'flashcard' }
>;
export type PortableType = PortableQuestion['type'];

const LABEL = { fact: 'Fact', opinion: 'Opinion' } as const;

function choiceOf(
  question: Question,
  prompt: string,
  options: readonly string[],
  right: number
): QuestionOf<'choice'> {
  return {
    id: question.id,
    type: 'choice',
    prompt,
    explanation: question.explanation,
    skill: question.skill,
    title: question.title,
    tags: question.tags,
    multiple: false,
    options: options.map((text, i) => ({ text, weight: i === right ? 100 : 0 }))
  };
}

const join = (...parts: (string | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n');

type Rewrite<T extends Question['type']> = (question: QuestionOf<T>) => PortableQuestion;
const asItIs = <T extends PortableType>(question: QuestionOf<T>): PortableQuestion => question;

/** Every question type: kept as it is (a plain quiz type) or rewritten as its closest plain equivalent. */
const PORTABLE = {
  choice: asItIs,
  'true-false': asItIs,
  'short-answer': asItIs,
  numerical: asItIs,
  matching: asItIs,
  description: asItIs,
  'open-response': asItIs,
  attribution: (question) =>
    choiceOf(question, join(question.prompt, `“${question.quote}”`), question.options, question.answer),
  'altered-detail': (question) => choiceOf(question, question.prompt, question.options, question.answer),
  'fact-opinion': (question) =>
    choiceOf(
      question,
      join(question.prompt, question.statement),
      [LABEL.fact, LABEL.opinion],
      question.answer === 'fact' ? 0 : 1
    ),
  'spot-error': (question) =>
    choiceOf(
      question,
      join(question.prompt, question.claimant ? `${question.claimant}: ${question.claim}` : question.claim),
      SPOT_ERROR_VERDICTS.map((v) => SPOT_ERROR_LABELS[v]),
      SPOT_ERROR_VERDICTS.indexOf(question.answer)
    ),
  // A card the learner grades themself: GIFT and Kahoot have none, so the back becomes the accepted typed answer.
  flashcard: (question) => ({
    id: question.id,
    type: 'short-answer',
    prompt: join(question.prompt, question.front),
    explanation: question.explanation,
    skill: question.skill,
    title: question.title,
    tags: question.tags,
    caseSensitive: false,
    answers: [{ text: question.back, weight: 100 }]
  }),
  discrepancy: (question) => {
    const pairs = question.outlets.map((o, i) => ({
      left: o.outlet,
      right: question.values[question.answer[i]]
    }));
    const unused = question.values.filter((_v, i) => !question.answer.includes(i));
    return {
      id: question.id,
      type: 'matching',
      prompt: join(question.prompt, question.topic),
      explanation: question.explanation,
      skill: question.skill,
      title: question.title,
      tags: question.tags,
      pairs: [...pairs, ...unused.map((right) => ({ left: '', right }))]
    };
  }
} satisfies { [T in QuestionType]: Rewrite<T> };

/** The question itself when it is a plain quiz type; otherwise its closest plain equivalent. */
export function toPortable(question: Question): { question: PortableQuestion; converted: boolean } {
  const rewrite = PORTABLE[question.type] as Rewrite<Question['type']>;
  return { question: rewrite(question as never), converted: rewrite !== asItIs };
}
