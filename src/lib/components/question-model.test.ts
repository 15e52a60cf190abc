import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTHORED_TYPES, describeAnswer } from '$lib/domain/questions';
import { makeQuestion, outlets, pairs } from '$lib/domain/questions/testing';
import { grade } from '$lib/domain/study';
import { validatePack } from '$lib/domain/packs/validate';
import { controlFor, rightAnswerText } from './question-model';

const q = makeQuestion;

describe('controlFor', () => {
  it('turns the right option of a choice list into a right answer', () => {
    const question = q({
      id: 'a',
      type: 'attribution',
      quote: 'q',
      options: ['A', 'B', 'C'],
      answer: 2
    });
    const control = controlFor(question);
    if (control.kind !== 'options') throw new Error(control.kind);
    expect(control.right).toEqual([2]);
    expect(grade(question, control.respond(2)).correct).toBe(true);
    expect(grade(question, control.respond(0)).correct).toBe(false);
    expect(control.picked(control.respond(1))).toEqual([1]);
  });

  it('offers the three verdicts of spot-the-error as buttons, each graded against its key', () => {
    const evidence = { sourceId: 's', start: 0, end: 1, excerpt: 'x' };
    for (const [answer, right] of [
      ['holds-up', 0],
      ['contradicted', 1],
      ['unsupported', 2]
    ] as const) {
      const question = q({ id: 's', type: 'spot-error', claim: 'c', answer, evidence });
      const control = controlFor(question);
      if (control.kind !== 'options') throw new Error(control.kind);
      expect(control.options).toEqual([
        'It holds up',
        'The sources say otherwise',
        'The sources do not back it up'
      ]);
      expect(control.right).toEqual([right]);
      expect(grade(question, control.respond(right)).correct).toBe(true);
      expect(grade(question, control.respond((right + 1) % 3)).correct).toBe(false);
      expect(describeAnswer(question, answer)).toBe(control.options[right]);
    }
  });

  it("turns a flashcard over to its back and grades the learner's own verdict", () => {
    const card = q({ id: 'c', type: 'flashcard', front: 'lede', back: 'The opening of a news story.' });
    const control = controlFor(card);
    if (control.kind !== 'reveal') throw new Error(control.kind);
    expect(control.back).toBe('The opening of a news story.');
    expect(grade(card, control.respond(true))).toMatchObject({ graded: true, correct: true, score: 1 });
    expect(grade(card, control.respond(false))).toMatchObject({ graded: true, correct: false, score: 0 });
    expect(control.given(control.respond(false))).toBe(false);
    expect(control.given(undefined)).toBeUndefined();
    expect([describeAnswer(card, true), describeAnswer(card, false)]).toEqual(['Knew it', "Didn't know it"]);
  });

  it('offers fact/opinion and true/false as two buttons', () => {
    const fo = q({ id: 'f', type: 'fact-opinion', statement: 's', answer: 'opinion' });
    const tf = q({ id: 't', type: 'true-false', answer: false });
    for (const question of [fo, tf]) {
      const control = controlFor(question);
      if (control.kind !== 'options') throw new Error(control.kind);
      expect(control.options).toHaveLength(2);
      expect(control.right).toEqual([1]);
      expect(grade(question, control.respond(1)).correct).toBe(true);
      expect(control.picked(control.respond(0))).toEqual([0]);
    }
  });

  it('shows every positively weighted option of a multiple choice as right', () => {
    const question = q({
      id: 'm',
      type: 'choice',
      multiple: true,
      options: [
        { text: 'a', weight: 50 },
        { text: 'b', weight: -50 },
        { text: 'c', weight: 50 }
      ]
    });
    const control = controlFor(question);
    if (control.kind !== 'multiple') throw new Error(control.kind);
    expect(control.right).toEqual([0, 2]);
    expect(grade(question, control.respond([0, 2])).correct).toBe(true);
    expect(grade(question, control.respond([0])).score).toBeCloseTo(0.5);
  });

  it('maps outlet selections of a discrepancy back to value indices', () => {
    const question = q({
      id: 'd',
      type: 'discrepancy',
      topic: 'how long the talks lasted',
      outlets: outlets('DW', 'Metro'),
      values: ['2½ hours', '2 hours 45 minutes'],
      answer: [0, 1]
    });
    const control = controlFor(question);
    if (control.kind !== 'match') throw new Error(control.kind);
    const response = control.respond({ '0': '2½ hours', '1': '2 hours 45 minutes' });
    expect(response).toEqual({ type: 'discrepancy', values: [0, 1] });
    expect(grade(question, response).correct).toBe(true);
    expect(control.given(response)).toEqual(control.right);
  });

  it('grades a matching question answered with its own choices', () => {
    const question = q({
      id: 'x',
      type: 'matching',
      pairs: pairs(['ruling', 'Primary'], ['report', 'Secondary'], ['', 'Advocacy'])
    });
    const control = controlFor(question);
    if (control.kind !== 'match') throw new Error(control.kind);
    expect(control.items.map((i) => i.label)).toEqual(['ruling', 'report']);
    expect(control.choices).toEqual(['Advocacy', 'Primary', 'Secondary']);
    expect(grade(question, control.respond(control.right)).correct).toBe(true);
  });

  it('describes the right typed answer', () => {
    const num = q({ id: 'n', type: 'numerical', answers: [{ min: 45, max: 51 }] });
    expect(rightAnswerText(num)).toBe('anything from 45 to 51');
    const short = q({ id: 's', type: 'short-answer', answers: [{ text: 'lateral reading' }] });
    expect(rightAnswerText(short)).toBe('lateral reading');
  });
});

describe('the built-in hand-written pack', () => {
  const result = validatePack(JSON.parse(readFileSync('content/packs/media-literacy-basics.json', 'utf8')));

  it('is a valid pack', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('uses every hand-written question type and quotes its source exactly', () => {
    if (!result.ok) return;
    const { pack } = result;
    const types = new Set(pack.questions.map((x) => x.type));
    for (const t of AUTHORED_TYPES) expect(types, t).toContain(t);
    expect(pack.questions.some((x) => x.type === 'choice' && x.multiple)).toBe(true);
    const numerical = pack.questions.flatMap((x) => (x.type === 'numerical' ? x.answers : []));
    expect(numerical.some((a) => 'min' in a)).toBe(true);
    expect(numerical.some((a) => 'tolerance' in a && a.tolerance > 0)).toBe(true);
    for (const question of pack.questions) {
      if (!question.source) continue;
      const text = pack.sources.find((s) => s.id === question.source!.sourceId)?.text ?? '';
      expect(text.slice(question.source.start, question.source.end)).toBe(question.source.excerpt);
    }
  });

  it('can be answered right through the controls for every auto-graded question', () => {
    if (!result.ok) return;
    for (const question of result.pack.questions) {
      const control = controlFor(question);
      let response;
      if (control.kind === 'options') response = control.respond(control.right[0]);
      else if (control.kind === 'multiple') response = control.respond(control.right);
      else if (control.kind === 'match') response = control.respond(control.right);
      else if (control.kind === 'text') response = control.respond(rightAnswerText(question) ?? '', null);
      else if (control.kind === 'number') {
        const a = question.type === 'numerical' ? question.answers[0] : null;
        response = control.respond('', a && 'value' in a ? a.value : a ? a.min : 0);
      } else if (control.kind === 'reveal') response = control.respond(true);
      else continue;
      expect(grade(question, response).correct, question.id).toBe(true);
    }
  });
});
