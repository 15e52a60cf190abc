import { describe, expect, it } from 'vitest';
import { scanQuotes } from './doc';
import { findChecks } from './find';
import type { CheckDocument, Finding } from './types';

const doc = (file: string, ...lines: string[]): CheckDocument => ({
  file,
  text: lines.join('\n'),
  outlet: file
});

function pairs(findings: Finding[], kind: Finding['kind']) {
  return findings.filter((f) => f.kind === kind).map((f) => [f.claim.text, f.evidence.text]);
}

describe('contradicted claims', () => {
  it('pairs an "In fact" correction with the claim right before it', () => {
    const findings = findChecks([
      doc(
        'a.txt',
        'The mayor spoke to reporters on Monday.',
        '"No city in the region has a tram," the mayor said.',
        'In fact, four cities in the region run trams, according to transport data.'
      )
    ]);
    expect(pairs(findings, 'contradicted')).toEqual([
      [
        'No city in the region has a tram',
        'In fact, four cities in the region run trams, according to transport data.'
      ]
    ]);
    expect(findings[0].explanation).toContain('a.txt');
  });

  it('says an unconfirmed claim was not confirmed, rather than corrected', () => {
    const findings = findChecks([
      doc(
        'c.txt',
        'The minister claimed that the new bridge had halved commuting times across the city.',
        'No independent confirmation of these claims was provided.'
      )
    ]);
    const [finding] = findings.filter((f) => f.kind === 'contradicted');
    expect(finding.evidence.text).toBe('No independent confirmation of these claims was provided.');
    expect(finding.explanation).toContain('nothing confirmed it');
    expect(finding.explanation).not.toContain('corrects');
  });

  it('pairs "there is no evidence" with the claim it answers', () => {
    const findings = findChecks([
      doc(
        'b.txt',
        'The senator claimed that thousands of ballots had been cast twice.',
        'There is no evidence that any ballot was counted twice, the election board said.'
      )
    ]);
    expect(pairs(findings, 'contradicted')).toEqual([
      [
        'The senator claimed that thousands of ballots had been cast twice.',
        'There is no evidence that any ballot was counted twice, the election board said.'
      ]
    ]);
  });

  it('splits a claim and its correction inside one sentence', () => {
    const [finding] = findChecks([
      doc('c.txt', 'The minister claimed the bridge was finished on time, but offered no proof.')
    ]);
    expect(finding.kind).toBe('contradicted');
    expect(finding.claim.text).toBe('The minister claimed the bridge was finished on time');
    expect(finding.evidence.text).toBe('but offered no proof.');
  });

  it('carries a fact-check over to another outlet that repeats the claim without one', () => {
    const findings = findChecks([
      doc(
        'first.txt',
        '"He said there is not a single country in Europe that uses it now," the governor told the radio station.',
        'In fact, more than twenty countries in Europe use it, including Germany.'
      ),
      doc(
        'second.txt',
        'The governor repeated the story on television.',
        '"He said there is not a single country in Europe that uses it."'
      )
    ]);
    const elsewhere = findings.find((f) => f.kind === 'contradicted' && f.claim.file === 'second.txt');
    expect(elsewhere?.evidence.file).toBe('first.txt');
    expect(elsewhere?.evidence.text).toMatch(/^In fact/);
  });

  it('reports nothing for a text without corrections', () => {
    const findings = findChecks([doc('d.txt', 'The council met on Tuesday.', 'It approved the budget.')]);
    expect(findings).toEqual([]);
  });
});

describe('discrepancies between figures', () => {
  const meeting = [
    doc('dw.txt', 'Trump and Putin met for 2 1/2 hours at a military base.'),
    doc('metro.txt', 'After a closed meeting that lasted about two hours and 45 minutes, the leaders spoke.'),
    doc('bs.txt', 'The summit lasted nearly three hours but ended without an agreement.')
  ];

  it('reports each pair of different meeting lengths across sources', () => {
    const findings = findChecks(meeting).filter((f) => f.topic === 'how long the meeting lasted');
    const files = findings.map((f) => [f.claim.file, f.evidence.file].sort().join('+')).sort();
    expect(files).toEqual(['bs.txt+dw.txt', 'bs.txt+metro.txt', 'dw.txt+metro.txt']);
    const dwMetro = findings.find((f) => f.claim.file === 'dw.txt' && f.evidence.file === 'metro.txt');
    expect(dwMetro?.explanation).toMatch(
      /dw\.txt reports “2 1\/2 hours”; metro\.txt reports “about two hours and 45 minutes”/
    );
  });

  it('does not report the same length written two ways', () => {
    const findings = findChecks([
      doc('one.txt', 'The talks ended after 2 1/2 hours.'),
      doc('two.txt', 'The talks lasted two and a half hours, officials said.')
    ]);
    expect(findings).toEqual([]);
  });

  it('does not compare a meeting with an interview', () => {
    const findings = findChecks([
      doc('one.txt', 'The leaders met for two hours.'),
      doc('two.txt', 'He gave a half-hour interview afterwards.')
    ]);
    expect(findings).toEqual([]);
  });

  it('sets "more than 2½ hours" against exactly 2½ hours, not against 2 h 45 min', () => {
    const findings = findChecks([
      doc('one.txt', 'Officials said the meeting concluded after more than two and a half hours.'),
      doc('two.txt', 'Trump and Putin met for 2 1/2 hours.'),
      doc('three.txt', 'The meeting lasted about two hours and 45 minutes.')
    ]);
    const bound = findings.filter((f) => [f.claim.file, f.evidence.file].includes('one.txt'));
    expect(bound.map((f) => [f.claim.file, f.evidence.file])).toEqual([['one.txt', 'two.txt']]);
  });
});

describe('discrepancies in tolls', () => {
  it('sets different death tolls from two sources against each other', () => {
    const findings = findChecks([
      doc('a.txt', 'Officials said 12 people were killed in the flood.'),
      doc('b.txt', 'The flood killed 20 people, the agency reported.')
    ]);
    expect(findings.map((f) => [f.claimValue, f.evidenceValue])).toEqual([['12 people', '20 people']]);
  });

  it('accepts "at least 12" next to 20, and a toll that rises within one live report', () => {
    expect(
      findChecks([
        doc('a.txt', 'At least 12 people were killed in the flood.'),
        doc('b.txt', 'The flood killed 20 people, the agency reported.')
      ])
    ).toEqual([]);
    expect(
      findChecks([
        doc(
          'live.txt',
          'Officials said 12 people were killed.',
          'Later the toll rose: 20 people were killed.'
        )
      ])
    ).toEqual([]);
  });
});

describe('discrepancies in quotes', () => {
  it('finds the same remark quoted with a different word', () => {
    const findings = findChecks([
      doc('a.txt', '"There\'s no deal till there\'s a deal," Trump told reporters.'),
      doc('b.txt', '"There\'s no deal until there\'s a deal," Trump said at the press conference.')
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'discrepancy', claimValue: 'till', evidenceValue: 'until' });
  });

  it('does not report a partial quote of a longer one', () => {
    const findings = findChecks([
      doc(
        'a.txt',
        '"We had a very productive meeting, and there were many points that we agreed on," Trump said.'
      ),
      doc('b.txt', 'Trump said there were "many points that we agreed on" after the talks.')
    ]);
    expect(findings).toEqual([]);
  });

  it('does not pair different remarks that share a few words', () => {
    const findings = findChecks([
      doc('a.txt', '"We are not going to stop the investigation," the chief said.'),
      doc('b.txt', '"We are not going to raise taxes this year," the chief said.')
    ]);
    expect(findings).toEqual([]);
  });
});

describe('figures against a claim of none', () => {
  it('sets "not a country in the world" against a count of countries', () => {
    const findings = findChecks([
      doc(
        'v.txt',
        '"There is not a country in the world that votes by mail," the senator said.',
        'Some 36 countries, including Germany, allow postal votes.'
      )
    ]);
    expect(pairs(findings, 'contradicted')).toEqual([
      [
        'There is not a country in the world that votes by mail',
        'Some 36 countries, including Germany, allow postal votes.'
      ]
    ]);
  });
});

describe('ages', () => {
  it('flags one person given two ages by two sources', () => {
    const findings = findChecks([
      doc('a.txt', 'The driver, Tom Baker, 45, was arrested.'),
      doc('b.txt', 'Police named the driver as Tom Baker, 46, of Leeds.')
    ]);
    expect(findings.map((f) => [f.claimValue, f.evidenceValue])).toEqual([['45', '46']]);
  });
});

describe('joint attribution', () => {
  it('flags two people credited with a word only one of them is quoted using', () => {
    const findings = findChecks([
      doc(
        'j.txt',
        "Mayor Ann Lee and Governor Bob Ray called the deal 'historic' on Monday.",
        'Ray described the talks as "useful" and left early.'
      )
    ]);
    expect(findings.map((f) => [f.claimValue, f.evidenceValue])).toEqual([
      ['Lee and Ray: “historic”', 'Ray: “useful”']
    ]);
  });
});

describe('headline quotes', () => {
  it('flags a headline quote the article never quotes, and accepts one it does', () => {
    const findings = findChecks([
      doc(
        'h.txt',
        'Lee: new bridge ‘will never be built’ by this council',
        'Mayor Ann Lee spoke on Monday.',
        '"The council has no money for a bridge and no plan to find it," Lee said.',
        'Ray: tax cut ‘good for every family’',
        '"This cut is good for every family in the city," Governor Bob Ray said.'
      )
    ]);
    expect(findings.map((f) => [f.claimValue, f.evidenceValue])).toEqual([
      ['will never be built', 'The council has no money for a bridge and no plan to find it']
    ]);
  });
});

describe('titles', () => {
  it('flags a sitting president called "former President" in the same text', () => {
    const findings = findChecks([
      doc(
        'r.txt',
        'President Jane Doe met the prime minister on Friday.',
        'The recent meeting between former President Jane Doe and the prime minister raised questions.'
      )
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ claimValue: 'former President', evidenceValue: 'President' });
  });
});

describe('the fallback quote scan', () => {
  it('finds curly, straight and single quotes, including one opened with a right mark', () => {
    const text = '“We will win,” she said. He said "not now" and ’24 hours’ later ‘it’s done’.';
    expect(scanQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      'We will win,',
      'not now',
      '24 hours',
      'it’s done'
    ]);
  });
});
