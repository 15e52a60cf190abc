import { describe, expect, it } from 'vitest';
import { findChecks } from './find';
import type { CheckDocument } from './types';

const doc = (file: string, ...lines: string[]): CheckDocument => ({
  file,
  text: lines.join('\n'),
  outlet: file
});
const contradicted = (docs: CheckDocument[]) =>
  findChecks(docs)
    .filter((f) => f.kind === 'contradicted')
    .map((f) => [f.claim.file, f.claim.text, f.evidence.file, f.evidence.text]);

describe('clashes spelled out by the wording', () => {
  it('finds where a claim named by "goes in the face of" is itself reported', () => {
    const found = contradicted([
      doc(
        'a.txt',
        'The result goes in the face of the mayor’s claim that he would fix every road within 100 days of taking office.'
      ),
      doc('b.txt', 'The mayor said he would fix every road within 100 days of being elected.')
    ]);
    expect(found).toEqual([
      [
        'b.txt',
        'The mayor said he would fix every road within 100 days of being elected.',
        'a.txt',
        'The result goes in the face of the mayor’s claim that he would fix every road within 100 days of taking office.'
      ]
    ]);
  });

  it('splits "A claimed …, but B said …" into claim and answer', () => {
    const found = contradicted([
      doc(
        'a.txt',
        'Lopez claimed the two sides had reached an understanding, but Chen told reporters that nothing was settled.'
      )
    ]);
    expect(found).toEqual([
      [
        'a.txt',
        'Lopez claimed the two sides had reached an understanding',
        'a.txt',
        'but Chen told reporters that nothing was settled.'
      ]
    ]);
  });

  it('does not split a sentence where one person says both things', () => {
    expect(
      contradicted([doc('a.txt', 'Lopez claimed the talks went well, but Lopez said more work is needed.')])
    ).toEqual([]);
  });

  it('sets an agreement said to be reached against a report that none was', () => {
    const found = contradicted([
      doc(
        'a.txt',
        '"I hope the agreement that we have reached will bring peace," the minister said.',
        'The weather was cold.',
        'The envoy later said no agreement was reached at the meeting.'
      )
    ]);
    expect(found).toEqual([
      [
        'a.txt',
        'I hope the agreement that we have reached will bring peace',
        'a.txt',
        'The envoy later said no agreement was reached at the meeting.'
      ]
    ]);
  });

  it('sets a dismissal as a "hoax" against an authority’s finding on the same matter', () => {
    const found = contradicted([
      doc(
        'a.txt',
        'Investigators concluded that the company hid losses from its 2019 annual report.',
        'The chief executive said the 2019 annual report losses story was a hoax.'
      )
    ]);
    expect(found.map((f) => f[3])).toEqual([
      'Investigators concluded that the company hid losses from its 2019 annual report.'
    ]);
  });

  it('sets a party’s statement against the United Nations’ finding right after it', () => {
    const found = contradicted([
      doc(
        'a.txt',
        'The government has said its forces protected civilians in the region.',
        'The United Nations has said the forces attacked civilians in the region.'
      )
    ]);
    expect(found).toHaveLength(1);
    expect(found[0][1]).toMatch(/^The government has said/);
  });

  it('sets a threat against a report that it was never carried out', () => {
    const found = contradicted([
      doc('a.txt', '"There will be severe consequences," Governor Bob Ray told reporters.'),
      doc('b.txt', 'The penalties with which Ray threatened the company have not materialised.')
    ]);
    expect(found).toEqual([
      [
        'a.txt',
        'There will be severe consequences',
        'b.txt',
        'The penalties with which Ray threatened the company have not materialised.'
      ]
    ]);
  });

  it('sets "neither mentioned X" against another report of X being said', () => {
    const findings = findChecks([
      doc('a.txt', 'Neither minister made mention of a new trade agreement with Canada.'),
      doc('b.txt', 'The trade minister said a new trade agreement with Canada would be signed soon.')
    ]);
    expect(findings.map((f) => [f.kind, f.claim.file, f.evidence.file])).toEqual([
      ['discrepancy', 'a.txt', 'b.txt']
    ]);
  });
});
