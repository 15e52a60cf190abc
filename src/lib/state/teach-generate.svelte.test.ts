import { describe, expect, it } from 'vitest';
import type { Pack, Question } from '$lib/domain/packs/schema';
import { DRAFTS_SHOWN, GenerateFlow } from './teach-generate.svelte';
import type { TeachLibrary } from './teach.svelte';
import { ScriptedWorker } from './scripted-worker.testing';

const question = (i: number) =>
  ({ id: `q${i}`, type: 'true-false', prompt: `Is ${i} true?`, skill: 'general', answer: true }) as Question;

function generated(count: number) {
  const worker = new ScriptedWorker();
  const flow = new GenerateFlow({} as TeachLibrary, () => worker as unknown as Worker);
  flow.start({ text: 'An article.', title: 'Article', kind: 'news' }, 1);
  const pack = { id: 'generated-1', questions: Array.from({ length: count }, (_, i) => question(i)) };
  worker.say({ type: 'done', pack: pack as unknown as Pack, why: {} });
  return { flow, worker };
}

describe('the drafts of a long article', () => {
  it('are shown twenty at a time, the next ones when the teacher asks, up to the last', () => {
    const { flow } = generated(DRAFTS_SHOWN * 2 + 5);
    expect(flow.step).toBe('review');
    expect(flow.shown).toBe(DRAFTS_SHOWN);
    expect(flow.showMore()).toBe(DRAFTS_SHOWN);
    expect(flow.shown).toBe(DRAFTS_SHOWN * 2);
    expect(flow.showMore()).toBe(DRAFTS_SHOWN * 2);
    expect(flow.shown).toBe(DRAFTS_SHOWN * 2 + 5);
  });

  it('a new article starts again from the first twenty', () => {
    const { flow, worker } = generated(DRAFTS_SHOWN * 3);
    flow.showMore();
    flow.start({ text: 'Another article.', title: 'Another', kind: 'news' }, 2);
    worker.say({
      type: 'done',
      pack: { id: 'generated-2', questions: [question(1)] } as unknown as Pack,
      why: {}
    });
    expect(flow.drafts).toHaveLength(1);
    expect(flow.shown).toBe(DRAFTS_SHOWN);
  });
});
