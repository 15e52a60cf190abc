/**
 * The question generator trusts `confidence` as a threshold: above it, labels must almost always be
 * right. A small hand-written set of news and comment sentences (not taken from any evaluation data).
 */
import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify';

const FACTS = [
  'The storm cut power to about 40,000 homes in the region on Sunday night.',
  'Parliament passed the bill by 312 votes to 250 after a six-hour debate.',
  'The company reported a net loss of $2.1 billion for the third quarter.',
  'Police said two men were arrested near the station early on Tuesday.',
  'The bridge, opened in 1932, carries about 160,000 vehicles a day.',
  'According to the health ministry, 1,204 new cases were recorded last week.',
  'The minister resigned in March after an inquiry into the contracts.',
  '“We will not raise taxes this year,” the chancellor told reporters in Berlin.',
  'The two leaders met for 90 minutes and did not take questions afterwards.',
  'The court adjourned the hearing until 14 October.',
  'Turnout was 61 per cent, down from 67 per cent in 2019.',
  'Fire crews from three stations attended the blaze, the fire service said.'
];

const OPINIONS = [
  'This is a reckless plan that will hurt the very people it claims to help.',
  'The government should stop pretending that the crisis is over.',
  'I believe the mayor has been remarkably brave in a difficult year.',
  'It is absurd to expect teachers to fix every problem in society.',
  'Frankly, the whole affair is an embarrassing mess for the party.',
  'We must do far more to protect the most vulnerable among us.',
  'The reform will probably fail, and it deserves to.',
  'What could possibly justify such a shameful decision?',
  'It seems the board simply does not care about its workers.',
  'The new stadium is a wonderful, inspiring addition to the city.',
  'It is crucial that voters see through this cynical campaign.',
  'Surely nobody still believes these hollow promises!'
];

describe('confidence calibration on hand-written sentences', () => {
  const rows = [
    ...FACTS.map((s) => ({ s, gold: 'fact' as const })),
    ...OPINIONS.map((s) => ({ s, gold: 'opinion' as const }))
  ].map((r) => ({ ...r, result: classifySentence(r.s) }));

  it('labels at least nine in ten of these sentences correctly', () => {
    const right = rows.filter((r) => r.result.label === r.gold).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.9);
  });

  it('is right every time it is at least 0.8 confident, and that covers most of them', () => {
    const sure = rows.filter((r) => r.result.confidence >= 0.8);
    expect(sure.length / rows.length).toBeGreaterThanOrEqual(0.6);
    expect(sure.filter((r) => r.result.label !== r.gold).map((r) => r.s)).toEqual([]);
  });
});
