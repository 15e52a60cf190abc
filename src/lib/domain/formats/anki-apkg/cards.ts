/**
 * Each question as the two fields of an Anki "Basic" note: the front (the prompt, with the options to choose from)
 * and the back (the answer, the explanation and the source passage the question was made from). Generated types
 * are first rewritten as their closest plain quiz type (shared/portable.ts), so one entry per plain type is enough.
 */
import type { Pack, Question, QuestionOf } from '../../packs/schema';
import { toPortable, type PortableQuestion, type PortableType } from '../shared/portable';

export interface Card {
  front: string;
  back: string;
}

const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : String(i + 1));
const lines = (...parts: (string | undefined | false)[]) =>
  parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
/** A prompt and a list under it, a blank line between. */
const withList = (prompt: string, items: string[]) =>
  [prompt, items.join('\n')].filter((p) => p.trim()).join('\n\n');

function choice(q: QuestionOf<'choice'>): Card {
  const best = Math.max(...q.options.map((o) => o.weight));
  const right = q.options.flatMap((o, i) =>
    (q.multiple ? o.weight > 0 : o.weight === best) ? [`${letter(i)}. ${o.text}`] : []
  );
  return {
    front: withList(
      q.prompt,
      q.options.map((o, i) => `${letter(i)}. ${o.text}`)
    ),
    back: lines(...right)
  };
}

const number = (a: QuestionOf<'numerical'>['answers'][number]): string =>
  'value' in a ? `${a.value}${a.tolerance ? ` ± ${a.tolerance}` : ''}` : `from ${a.min} to ${a.max}`;

/** The answer of every plain quiz type (the compiler names a new one). */
const CARDS = {
  choice,
  'true-false': (q) => ({
    front: withList(q.prompt, ['True or false?']),
    back: lines(q.answer ? 'True' : 'False', q.answer ? q.feedbackTrue : q.feedbackFalse)
  }),
  'short-answer': (q) => ({
    front: q.prompt,
    back: lines(...q.answers.filter((a) => a.weight === 100).map((a) => a.text))
  }),
  numerical: (q) => ({
    front: q.prompt,
    back: lines(...q.answers.filter((a) => a.weight === 100).map(number))
  }),
  matching: (q) => ({
    front: withList(
      q.prompt,
      q.pairs.filter((p) => p.left).map((p) => p.left)
    ),
    back: lines(...q.pairs.filter((p) => p.left).map((p) => `${p.left} → ${p.right}`))
  }),
  description: (q) => ({ front: q.prompt, back: '' }),
  'open-response': (q) => ({ front: q.prompt, back: '' })
} satisfies { [T in PortableType]: (question: QuestionOf<T>) => Card };

/** The passage a question was made from, with its article's headline and outlet. */
function passage(pack: Pack, question: Question): string | undefined {
  if (!question.source) return undefined;
  const article = pack.sources.find((s) => s.id === question.source?.sourceId);
  const from = article ? [article.title, article.outlet].filter(Boolean).join(', ') : undefined;
  return lines(`Source: “${question.source.excerpt}”`, from && `— ${from}`);
}

/** A question's front and back, as plain text (write.ts makes them Anki's HTML). */
export function cardOf(pack: Pack, question: Question): Card {
  const portable: PortableQuestion = toPortable(question).question;
  const card = (CARDS[portable.type] as (q: PortableQuestion) => Card)(portable);
  const back = lines(card.back, question.explanation, passage(pack, question));
  return { front: card.front.trim() || question.title || '', back };
}
