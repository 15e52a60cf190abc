import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict';

describe('verdictOf: contradicted or only unconfirmed', () => {
  it.each([
    [
      'The minister said the deal had been signed.',
      'No independent confirmation of these claims was provided.'
    ],
    ['The mayor said the money had been spent on roads.', 'The figures could not be independently verified.'],
    ['Officials said the rebels had crossed the river.', 'Those reports remain unconfirmed.'],
    ['He claimed that thousands had voted twice.', 'He did not provide any evidence for the claim.'],
    ['He said, without evidence, that the count was rigged.', 'Officials certified the count on Friday.']
  ])('an unconfirmed claim is "unsupported": %s', (claim, evidence) => {
    expect(verdictOf(claim, evidence)).toBe('unsupported');
  });

  it.each([
    ['He said no country uses postal votes.', 'In fact, nearly 36 countries allow some form of postal vote.'],
    ['She said the bridge opened in 2019.', 'The bridge opened in 2021, city records show.'],
    ['The company said the leak was small.', 'An inquiry found that the leak was the largest in a decade.'],
    ['He said there was no evidence of fraud.', 'The court concluded that the records had been altered.']
  ])('a claim the evidence sets a fact against is "contradicted": %s', (claim, evidence) => {
    expect(verdictOf(claim, evidence)).toBe('contradicted');
  });

  it('lets a stated fact win over a missing confirmation in the same evidence', () => {
    expect(
      verdictOf(
        'He said the ship had sunk.',
        'No confirmation came from the navy, but in fact the ship was photographed in port on Monday.'
      )
    ).toBe('contradicted');
  });
});
