import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySentence, isClearCut, mayBeClearCut, UNSURE_BELOW } from './classify';

const label = (s: string) => classifySentence(s).label;
const kinds = (s: string) => classifySentence(s).cues.map((c) => c.kind);

describe('statements of fact', () => {
  it('labels a dated event a fact and names the date', () => {
    const result = classifySentence('The army launched its offensive across the river in March 2021.');
    expect(result.label).toBe('fact');
    expect(result.explanation).toContain('‘March 2021’');
  });

  it('labels figures a fact', () => {
    expect(label('The council approved the budget on Tuesday by a vote of 7 to 2.')).toBe('fact');
    expect(label('About 40% of the town’s 12,000 residents lost power for three days.')).toBe('fact');
  });

  it('treats attributed direct speech as a checkable report, whatever the quote says', () => {
    const sentence = 'The mayor told reporters, “It was a fantastic, wonderful meeting, the best ever.”';
    const result = classifySentence(sentence);
    expect(result.label).toBe('fact');
    expect(result.cues.some((c) => c.text === 'fantastic')).toBe(false);
    expect(result.explanation).toContain('‘told’');
  });

  it('keeps judgements inside a reported clause from outweighing the attribution', () => {
    expect(label('The minister said on Monday that the strike was irresponsible.')).toBe('fact');
  });

  it('recognises a source named at the end, but not an adjective such as "an estimated"', () => {
    expect(kinds('Rents rose again in the capital, The Daily Courier reports.')).toContain('attribution');
    expect(kinds('Officials moved an estimated 10,000 people inland.')).not.toContain('attribution');
  });

  it('counts a false but checkable claim as a fact', () => {
    expect(label('There is not a country in the world that uses mail-in voting.')).toBe('fact');
    expect(label('The moon is made of cheese and was first mapped in 1610.')).toBe('fact');
  });

  it('reads the end of a quotation that began in an earlier sentence as quoted words', () => {
    expect(
      kinds('Will you really be glad at the end of the race, looking back at all of it?”')
    ).not.toContain('question');
    for (const tail of ['But I think the deal is wonderful."', 'But I think the deal is wonderful.’']) {
      expect(kinds(tail)).not.toContain('belief');
      expect(label(tail)).not.toBe('opinion');
    }
  });
});

describe('opinions', () => {
  it('labels a prediction an opinion even when a season is named', () => {
    const result = classifySentence('The talks will likely collapse before the winter.');
    expect(result.label).toBe('opinion');
    expect(kinds('The talks will likely collapse before the winter.')).toContain('prediction');
  });

  it('labels obligations and modals an opinion', () => {
    expect(label('Europe should do far more to protect its farmers.')).toBe('opinion');
    expect(label('It is imperative that the council rethink this plan.')).toBe('opinion');
    expect(label('Citizens must stay informed and vocal.')).toBe('opinion');
  });

  it('labels a passive verdict ("is to be welcomed") an opinion, not a report', () => {
    expect(label('Any attempt to add more analysis to the debate is to be welcomed.')).toBe('opinion');
  });

  it('labels evaluative adjectives an opinion', () => {
    expect(label('The plan is a dangerous oversimplification.')).toBe('opinion');
    expect(label('Her speech was brilliant and deeply moving.')).toBe('opinion');
  });

  it('labels hedged impressions an opinion', () => {
    expect(label('It seems that the president is in no hurry to end this war.')).toBe('opinion');
    expect(label('The deal will probably hurt small farmers the most.')).toBe('opinion');
  });

  it('labels a rhetorical question an opinion', () => {
    const result = classifySentence('Who could possibly believe such a promise?');
    expect(result.label).toBe('opinion');
    expect(result.cues.map((c) => c.kind)).toContain('question');
  });

  it('labels first-person beliefs an opinion', () => {
    expect(label('I think the mayor is doing a wonderful job.')).toBe('opinion');
  });

  it('does not read names that contain a judgement word as a judgement', () => {
    expect(kinds('Great Britain and Northern Ireland signed the treaty in 1998.')).not.toContain('judgement');
  });
});

describe('rhetorical frames', () => {
  it('reads the writer steering the reader as opinion', () => {
    expect(label('In other words, the party has simply given up on its own voters.')).toBe('opinion');
    expect(label('It is also true that the council did nothing about it for years.')).toBe('opinion');
    expect(label('The critics were right to fear the ever-expanding cost of the scheme.')).toBe('opinion');
    expect(kinds('It is my hope that the Congress will pass this bill.')).toContain('belief');
  });

  it('does not read a report of who was proved right as the writer’s frame', () => {
    expect(label('The court ruled on 3 May that the council was right to refuse the permit.')).toBe('fact');
  });
});

describe('unsure and confidence', () => {
  it('is unsure about an empty line or a bare headline fragment', () => {
    expect(classifySentence('').label).toBe('unsure');
    expect(classifySentence('   ').label).toBe('unsure');
    expect(classifySentence('Summit ends').label).toBe('unsure');
  });

  it('gives less confidence to mixed signals than to one-sided ones', () => {
    const clean = classifySentence('This reckless, shameful plan is a disgrace.');
    const mixed = classifySentence(
      'This reckless plan, approved on 4 May 2021 by 31 votes to 12, is a disgrace.'
    );
    expect(mixed.confidence).toBeLessThan(clean.confidence);
  });

  it('keeps confidence between 0.5 and 1 and labels below the threshold unsure', () => {
    for (const s of ['Maybe.', 'The plan is bad.', 'Prices rose 3% in June.', 'Rain.', 'Is it?']) {
      const result = classifySentence(s);
      expect(result.confidence).toBeGreaterThanOrEqual(0.5);
      expect(result.confidence).toBeLessThanOrEqual(1);
      if (result.confidence < UNSURE_BELOW) expect(result.label).toBe('unsure');
    }
  });
});

describe('cues and explanation', () => {
  it('gives cue offsets into the sentence as written', () => {
    const sentence = 'Sadly, the ministry said on Friday that 85 drones – “a massive attack” – were fired.';
    const result = classifySentence(sentence);
    expect(result.cues.length).toBeGreaterThan(2);
    for (const cue of result.cues) expect(sentence.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('explains a label even when no single word gives it away', () => {
    for (const s of ['The clip then cuts to the crowd outside.', 'They shriek about it constantly.']) {
      const result = classifySentence(s);
      expect(result.explanation.length).toBeGreaterThan(30);
      expect(result.explanation).not.toMatch(/\.\s*\./);
    }
  });

  it('names the cues in the explanation', () => {
    const result = classifySentence('It is crucial that we should act now, and the plan is foolish.');
    expect(result.explanation).toMatch(/^Opinion\./);
    expect(result.explanation).toContain('‘foolish’ is a judgement');
    expect(result.explanation).toMatch(
      /‘should’ says what ought to happen|‘It is crucial’ says what ought to happen/
    );
  });
});

describe('isClearCut', () => {
  it('accepts confident one-sided sentences of a reasonable length', () => {
    const opinion = 'I think the mayor is doing a wonderful job for the whole city.';
    const fact = 'The city council approved the budget on Tuesday by a vote of 7 to 2.';
    expect(isClearCut(opinion, classifySentence(opinion))).toBe(true);
    expect(isClearCut(fact, classifySentence(fact))).toBe(true);
  });

  it('refuses short, mixed or headline-like sentences', () => {
    const short = 'What a disaster!';
    const mixed = 'Critics said the plan failed in 2020, and it is a disgraceful, reckless mess.';
    const headline = 'Trump And Putin Meet In Alaska For Historic Summit';
    const question = 'Who could possibly believe such a shameful, hollow promise?';
    expect(isClearCut(question, classifySentence(question))).toBe(false);
    const listItem = '2. **Sign petitions:** it is crucial that we should all act now, together.';
    for (const s of [short, mixed, headline, listItem])
      expect(isClearCut(s, classifySentence(s))).toBe(false);
  });

  it('rules out by shape alone (before classifying) exactly the sentences no classification can make clear-cut', () => {
    const sure = { label: 'fact' as const, confidence: 1, cues: [], explanation: '' };
    const words = fc.constantFrom(
      'The',
      'council',
      'approved',
      'it',
      'IN',
      '2020',
      '**',
      '2.',
      '-',
      '(L)',
      'who'
    );
    const sentence = fc
      .tuple(fc.array(words, { maxLength: 24 }), fc.constantFrom('', '.', '?', '!', '?”', '."'))
      .map(([w, end]) => w.join(' ') + end);
    fc.assert(
      fc.property(sentence, (s) => {
        expect(mayBeClearCut(s)).toBe(isClearCut(s, sure));
      }),
      { numRuns: 3000 }
    );
    expect(mayBeClearCut('Who could possibly believe such a shameful, hollow promise?')).toBe(false);
    expect(mayBeClearCut('The city council approved the budget on Tuesday by a vote of 7 to 2.')).toBe(true);
  });
});
