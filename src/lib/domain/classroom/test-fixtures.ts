/** A small hand-written pack for the classroom tests (not shipped; imported only by *.test.ts). */
import { packSchema, type Pack, type PackInput } from '../packs/schema';

export function samplePack(extraQuestions = 0): Pack {
  const input: PackInput = {
    format: 'sourcewise-pack',
    version: 2,
    id: 'sample-pack',
    title: 'Sample pack',
    sources: [
      {
        id: 'src-a',
        title: 'Summit in Alaska',
        outlet: 'Example News',
        kind: 'news',
        text: 'A long article text. '.repeat(200)
      },
      { id: 'src-unused', title: 'Unused', outlet: 'Other', kind: 'opinion' }
    ],
    questions: [
      {
        id: 'q-attr',
        type: 'attribution',
        prompt: 'Who said this?',
        skill: 'attribution',
        quote: 'Gotta make a deal',
        options: ['Donald Trump', 'Vladimir Putin', 'Wolfgang Ischinger'],
        answer: 0,
        source: { sourceId: 'src-a', start: 0, end: 10, excerpt: 'A long art' }
      },
      {
        id: 'q-fact',
        type: 'fact-opinion',
        prompt: 'Fact or opinion?',
        skill: 'fact-opinion',
        statement: 'Russia launched its full-scale invasion of Ukraine in February 2022.',
        answer: 'fact'
      },
      {
        id: 'q-choice',
        type: 'choice',
        prompt: 'How long did the talks last?',
        skill: 'general',
        options: [
          { text: '2 1/2 hours', weight: 100 },
          { text: 'six hours', weight: 0 },
          { text: '=SUM(A1)', weight: 0 }
        ]
      },
      {
        id: 'q-tf',
        type: 'true-false',
        prompt: 'The summit took place in Alaska.',
        skill: 'general',
        answer: true
      },
      { id: 'q-desc', type: 'description', prompt: 'Read the passage first.', skill: 'general' },
      { id: 'q-open', type: 'open-response', prompt: 'What would you ask?', skill: 'general' },
      ...Array.from({ length: extraQuestions }, (_, i) => ({
        id: `q-extra-${i}`,
        type: 'short-answer' as const,
        prompt: `Extra question number ${i}: name the city where the summit was held, in one word.`,
        skill: 'general',
        answers: [{ text: `Anchorage ${i}` }]
      }))
    ]
  };
  return packSchema.parse(input);
}

/** A deterministic stand-in for Math.random. */
export function counterRandom(start = 1): () => number {
  let n = start;
  return () => {
    n = (n * 16807) % 2147483647;
    return n / 2147483647;
  };
}

/** A per-attempt nonce as `drawNonce` makes them (12 base64url characters). */
export const NONCE = 'nonce-000001';
