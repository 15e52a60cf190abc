import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify';
import { onlyGroups, sentenceFeatures } from './features';
import cueScales from './cue-scales.json';
import { assignFolds, blend, crossValidate, type Example, fitLogistic, outOfFold, predict } from './fit';
import model from './model.json';

interface Row {
  sentence: string;
  label: 'fact' | 'opinion';
  source: string;
}

const rows: Row[] = readFileSync('data/fact-opinion/sentences.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));

/** A small slice with both labels and several articles: every 12th sentence. */
const slice: Example[] = rows
  .filter((_, i) => i % 12 === 0)
  .map((r) => ({
    values: sentenceFeatures(r.sentence).values,
    label: r.label === 'opinion' ? 1 : 0,
    group: r.source
  }));

describe('the fitting code (tests/tools/fit-claims.ts)', () => {
  it('gives the same cross-validation figures twice on a small slice', () => {
    expect(new Set(slice.map((e) => e.label)).size).toBe(2);
    const options = { lambda: 0.01, minCount: 2, iterations: 60 };
    const first = crossValidate(slice, options, 3, 42);
    const second = crossValidate(slice, options, 3, 42);
    expect(second).toEqual(first);
    expect(first.macroF1).toBeGreaterThan(0);
    expect(first.macroF1).toBeLessThanOrEqual(1);
    expect(outOfFold(slice, options, 3, 42)).toEqual(outOfFold(slice, options, 3, 42));
  });

  it('mixes two probabilities in log-odds, the share going to the second', () => {
    expect(blend(0.9, 0.1, 0)).toBe(0.9);
    expect(blend(0.9, 0.1, 0.5)).toBeCloseTo(0.5);
    expect(blend(0.8, 0.8, 0.3)).toBeCloseTo(0.8);
    expect(blend(0.9, 0.2, 0.2)).toBeGreaterThan(blend(0.9, 0.2, 0.4));
  });

  it('learns a separable toy set, and keeps only the feature groups asked for', () => {
    const toy: Example[] = [];
    for (let i = 0; i < 20; i++) {
      toy.push({ values: new Map([['w:must', 1]]), label: 1, group: `a${i}` });
      toy.push({ values: new Map([['w:percent', 1]]), label: 0, group: `b${i}` });
    }
    const model = fitLogistic(toy, { lambda: 0.001, minCount: 2 });
    expect(predict(model, new Map([['w:must', 1]]))).toBeGreaterThan(0.8);
    expect(predict(model, new Map([['w:percent', 1]]))).toBeLessThan(0.2);

    const values = sentenceFeatures('“We must act today,” the senator said.').values;
    const words = onlyGroups(values, ['words']);
    expect([...words.keys()].every((k) => k.startsWith('w:'))).toBe(true);
    expect(words.size).toBeGreaterThan(0);
  });
});

describe('the fitted model (model.json, `classifySentence(s, { fitted: true })`)', () => {
  const fitted = (s: string) => classifySentence(s, { fitted: true });
  it('reports speech as a fact, whatever was said', () => {
    for (const sentence of [
      'The minister said the plan was a disaster.',
      'The senator told reporters the bill was a disgrace.',
      'She further said: "It is sad for me today to admit that, as an institution, the Congress has failed."',
      'According to the senator, the deal is the worst in a generation.'
    ]) {
      expect(fitted(sentence).label, sentence).toBe('fact');
    }
  });

  it('labels clear opinions and facts from the training set as they were labelled', () => {
    const pick = (text: string) => {
      const row = rows.find((r) => r.sentence.startsWith(text));
      if (!row) throw new Error(`not in the set: ${text}`);
      return row;
    };
    for (const row of [
      pick('We must act today in order to preserve tomorrow.'),
      pick('History will judge poorly those'),
      pick('I agree with that.'),
      pick('We held hearings, called witnesses'),
      pick('Nancy Pelosi won her first election to Congress')
    ]) {
      expect(fitted(row.sentence).label, row.sentence).toBe(row.label);
    }
  });
});

describe('the shipped weights (npm run fit:claims)', () => {
  it("were fitted on the whole of the team's own set as it is now, so no weight comes from elsewhere", () => {
    const opinions = rows.filter((r) => r.label === 'opinion').length;
    for (const fitted of [cueScales, model]) {
      expect(fitted.sentences).toBe(rows.length);
      expect(fitted.opinions).toBe(opinions);
    }
  });

  it('deal every article to one fold only, in folds of similar size', () => {
    const foldOf = assignFolds(
      rows.map((r) => ({ group: r.source })),
      5,
      20261206
    );
    const sizes = new Array<number>(5).fill(0);
    for (const r of rows) sizes[foldOf.get(r.source) ?? -1]++;
    expect(sizes.every((n) => n > 0)).toBe(true);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThan(1.5);
  });
});
