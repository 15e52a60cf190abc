/**
 * Flashcards turned into questions the app grades itself: a choice among the card's back and other cards' backs, or
 * a typed answer. Pure and seeded: the same cards and seed give the same questions, options in the same order.
 */
import { seededRandom, shuffled } from '../hash';
import { LIMITS, type Question, type QuestionOf } from './schema';

export type CardsAs = 'choice' | 'short-answer';

export interface ConvertedCards {
  questions: Question[];
  /** How many cards became questions. */
  converted: number;
  /** Cards kept as cards, each with why (by question id). */
  kept: { id: string; why: string }[];
}

/** Wrong options per choice question, at most (a card set's backs are the only distractors there are). */
const DISTRACTORS = 3;
/** A typed answer longer than this is not one a learner could type back word for word. */
const TYPEABLE = { chars: 60, words: 8 };

const typeable = (text: string) =>
  text.length <= TYPEABLE.chars && text.trim().split(/\s+/).length <= TYPEABLE.words;
const fold = (text: string) => text.trim().toLocaleLowerCase();
const withPrompt = (card: QuestionOf<'flashcard'>, text: string) =>
  card.prompt.trim() ? `${card.prompt.trim()}\n${text}` : text;

/** The fields a card keeps whatever it becomes. */
function kept(card: QuestionOf<'flashcard'>) {
  const { id, explanation, skill, tags, title, source, difficulty } = card;
  return { id, explanation, skill, tags, title, source, difficulty };
}

function asChoice(
  card: QuestionOf<'flashcard'>,
  backs: readonly string[],
  random: () => number
): QuestionOf<'choice'> | string {
  if (card.back.length > LIMITS.shortText) return 'its back is too long for an option';
  const others = [
    ...new Set(backs.filter((b) => fold(b) !== fold(card.back) && b.length <= LIMITS.shortText))
  ];
  const wrong = shuffled(others, random).slice(0, DISTRACTORS);
  if (!wrong.length) return 'no other card has a different back to offer as a wrong option';
  const options = shuffled([card.back, ...wrong], random).map((text) => ({
    text,
    weight: text === card.back ? 100 : 0
  }));
  return {
    ...kept(card),
    id: `${card.id}-choice`,
    type: 'choice',
    prompt: withPrompt(card, card.front),
    multiple: false,
    options
  };
}

function asShortAnswer(card: QuestionOf<'flashcard'>): QuestionOf<'short-answer'> | string {
  // The learner types the shorter side: the back of a question card ("Capital of Peru?" → "Lima"), the term of a
  // definition card.
  const [ask, answer] = typeable(card.back)
    ? [card.front, card.back]
    : typeable(card.front)
      ? [card.back, card.front]
      : [];
  if (ask === undefined || answer === undefined) return 'neither side is short enough to type as an answer';
  return {
    ...kept(card),
    id: `${card.id}-typed`,
    type: 'short-answer',
    prompt: withPrompt(card, ask),
    caseSensitive: false,
    answers: [{ text: answer.replace(/\*/g, '\\*'), weight: 100 }]
  };
}

/** Every flashcard of `questions` as a question of kind `as`; other questions pass unchanged, in their place. */
export function convertFlashcards(questions: readonly Question[], as: CardsAs, seed: number): ConvertedCards {
  const random = seededRandom(seed);
  const backs = questions.flatMap((q) => (q.type === 'flashcard' ? [q.back] : []));
  const result: ConvertedCards = { questions: [], converted: 0, kept: [] };
  for (const question of questions) {
    if (question.type !== 'flashcard') {
      result.questions.push(question);
      continue;
    }
    const made = as === 'choice' ? asChoice(question, backs, random) : asShortAnswer(question);
    if (typeof made === 'string') {
      result.kept.push({ id: question.id, why: made });
      result.questions.push(question);
    } else {
      result.converted++;
      // Optional fields a card did not have stay out, so the question looks like one written by hand.
      result.questions.push(
        Object.fromEntries(Object.entries(made).filter(([, v]) => v !== undefined)) as Question
      );
    }
  }
  return result;
}
