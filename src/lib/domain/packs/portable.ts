/**
 * Generated question types (attribution, fact-opinion, …) have no equivalent in GIFT or Kahoot. For export they are
 * rewritten as the plain quiz type closest to what the learner does: a choice, or a matching for discrepancies.
 */
import type { Question, QuestionOf } from './schema';

export type PortableQuestion = Exclude<
  Question,
  { type: 'attribution' | 'fact-opinion' | 'spot-error' | 'altered-detail' | 'discrepancy' }
>;

const LABEL = {
  fact: 'Fact',
  opinion: 'Opinion',
  'holds-up': 'It holds up',
  contradicted: 'It does not hold up'
} as const;

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

/** The question itself when it is a plain quiz type; otherwise its closest plain equivalent. */
export function toPortable(question: Question): { question: PortableQuestion; converted: boolean } {
  switch (question.type) {
    case 'attribution':
      return {
        question: choiceOf(
          question,
          join(question.prompt, `“${question.quote}”`),
          question.options,
          question.answer
        ),
        converted: true
      };
    case 'altered-detail':
      return {
        question: choiceOf(question, question.prompt, question.options, question.answer),
        converted: true
      };
    case 'fact-opinion':
      return {
        question: choiceOf(
          question,
          join(question.prompt, question.statement),
          [LABEL.fact, LABEL.opinion],
          question.answer === 'fact' ? 0 : 1
        ),
        converted: true
      };
    case 'spot-error':
      return {
        question: choiceOf(
          question,
          join(
            question.prompt,
            question.claimant ? `${question.claimant}: ${question.claim}` : question.claim
          ),
          [LABEL['holds-up'], LABEL.contradicted],
          question.answer === 'holds-up' ? 0 : 1
        ),
        converted: true
      };
    case 'discrepancy': {
      const pairs = question.outlets.map((o, i) => ({
        left: o.outlet,
        right: question.values[question.answer[i]]
      }));
      const unused = question.values.filter((_v, i) => !question.answer.includes(i));
      return {
        question: {
          id: question.id,
          type: 'matching',
          prompt: join(question.prompt, question.topic),
          explanation: question.explanation,
          skill: question.skill,
          title: question.title,
          tags: question.tags,
          pairs: [...pairs, ...unused.map((right) => ({ left: '', right }))]
        },
        converted: true
      };
    }
    default:
      return { question, converted: false };
  }
}
