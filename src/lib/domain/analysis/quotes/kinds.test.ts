import { describe, expect, it } from 'vitest';
import { hasVerb, looksLikeTitle, wordCount } from './kinds';

describe('hasVerb', () => {
  it('finds finite verbs, contractions and "is" hidden in \'s', () => {
    for (const clause of [
      'have to get involved a little bit',
      'is a breakthrough already',
      'We expect no surprises at all',
      'It’s the union that should decide',
      'Russia’s a very big power',
      'serious consequences could occur'
    ])
      expect(hasVerb(clause), clause).toBe(true);
  });

  it('finds none in labels, possessives and participles used as adjectives', () => {
    for (const label of [
      'constructive atmosphere, of mutual respect',
      '10 out of 10 success.',
      'a lost decade for the regions',
      'the country’s future',
      'HIGH STAKES!!!'
    ])
      expect(hasVerb(label), label).toBe(false);
  });
});

describe('looksLikeTitle', () => {
  it('takes short capitalised names after a possessive or "show" for titles', () => {
    expect(looksLikeTitle('Morning Desk', "Tom Ellis told Fox News Channel's ")).toBe(true);
    expect(looksLikeTitle('Fox and Friends.', 'on the show ')).toBe(true);
    expect(looksLikeTitle('We will win this state', "Channel's ")).toBe(false);
  });
});

describe('wordCount', () => {
  it('counts words as a reader does, contractions as one', () => {
    expect(wordCount('We’ll talk again — very soon,')).toBe(5);
  });
});
