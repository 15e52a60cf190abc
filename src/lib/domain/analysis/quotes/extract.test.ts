import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './extract';
import { findPeople } from './people';

/** The quote whose text starts with `start` (fails the test if there is none). */
function quote(quotes: Quote[], start: string): Quote {
  const found = quotes.find((q) => q.text.startsWith(start));
  if (!found) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found;
}

describe('extractQuotes: spans and marks', () => {
  it('reports offsets that point at exactly the quoted text', () => {
    const text = 'Intro line.\n“We will build the bridge by June,” Mayor Tom Ellis said.';
    const [q] = extractQuotes(text);
    expect(text.slice(q.start, q.end)).toBe('We will build the bridge by June,');
    expect(q.openMark).toBe('“');
    expect(q.closeMark).toBe('”');
    expect(text.slice(q.sentence.start, q.sentence.end)).toContain('Mayor Tom Ellis said');
  });

  it('pairs a curly opening mark with a straight closing one', () => {
    const quotes = extractQuotes(
      'Mayor Tom Ellis insisted that “the budget will balance next year" and left the room.'
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toBe('the budget will balance next year');
    expect(quotes[0].closeMark).toBe('"');
  });

  it('keeps apostrophes inside single-quoted quotes and closes at the mark after the punctuation', () => {
    const text =
      '‘We’ll meet again in the spring, and there’s no plan until there’s a plan,’ Mayor Tom Ellis told reporters.';
    const [q] = extractQuotes(text);
    expect(q.text).toBe('We’ll meet again in the spring, and there’s no plan until there’s a plan,');
    expect(q.speaker).toBe('Tom Ellis');
  });

  it('does not take possessive apostrophes for quote marks', () => {
    const quotes = extractQuotes(
      "The reporters’ questions went unanswered, and Fox News' anchor left early. The leaders' aides said nothing."
    );
    expect(quotes).toEqual([]);
  });

  it('accepts a quote that opens with the right single mark', () => {
    const [q] = extractQuotes('Tom Ellis said he would fix the roads within ’48 hours’ of taking office.');
    expect(q.text).toBe('48 hours');
    expect(q.openMark).toBe('’');
    expect(q.kind).toBe('fragment');
  });

  it('ends an unclosed quote at its paragraph and lets the next paragraph reopen it', () => {
    const text = [
      'Senator Maria Lopez spoke outside the hall.',
      '“It is a turning point for the region,” Lopez said. “Nobody here expected the vote to pass so easily.',
      '“We will now have to see whether the ministry keeps its promises,” Lopez added.'
    ].join('\n');
    const quotes = extractQuotes(text);
    const open = quote(quotes, 'Nobody here');
    expect(open.closeMark).toBeNull();
    expect(open.text).toBe('Nobody here expected the vote to pass so easily.');
    expect(open.speaker).toBe('Maria Lopez');
    expect(quote(quotes, 'We will now').speaker).toBe('Maria Lopez');
  });

  it('does not trust an unclosed mark that no paragraph continues', () => {
    const text =
      '“We will win the vote next week,” Tom Ellis said.\n"Kevin was asleep on the sofa by then.\nThe rally ended at ten.';
    const stray = quote(extractQuotes(text), 'Kevin');
    expect(stray.closeMark).toBeNull();
    expect(stray.question).toBe(false);
  });

  it('skips a nickname quoted inside a name', () => {
    const quotes = extractQuotes('“Vote early,” state Del. Marcia "Cia" Price shouted to the crowd.');
    expect(quotes.map((q) => q.text)).toEqual(['Vote early,']);
  });
});

describe('extractQuotes: speakers from cues', () => {
  it('reads the cue before the quote and after it, in either order', () => {
    const text = [
      'Chancellor Olaf Richter met the press in Vienna.',
      'Richter said: “The treaty will be signed in June.”',
      '“Every member state has already agreed to it,” said Olaf Richter, the chancellor.',
      '“We expect no surprises at the summit,” Richter, who leads the coalition, said on Tuesday.'
    ].join('\n');
    const quotes = extractQuotes(text);
    for (const q of quotes) {
      expect(q.speaker).toBe('Olaf Richter');
      expect(q.question).toBe(true);
    }
    expect(quotes.map((q) => q.cue)).toEqual(['said', 'said Olaf Richter', 'said on Tuesday']);
  });

  it('credits "according to" and strips titles down to the full name', () => {
    const text = [
      "The station's Berlin Bureau Chief Ines Pohl watched the vote.",
      '“Nothing was decided in the room today,” according to Pohl.'
    ].join('\n');
    const [q] = extractQuotes(text);
    expect(q.speaker).toBe('Ines Pohl');
    expect(q.cue).toBe('according to');
  });

  it('resolves a pronoun to the most recent subject, not the last name in the text', () => {
    const text = [
      'Mayor Tom Ellis greeted Governor Paul Hart at the station.',
      'Ellis thanked Hart for coming. “We are proud to host the summit this year,” he said.',
      'Hart later met students. “The region needs this agreement more than ever,” he said.'
    ].join('\n');
    const quotes = extractQuotes(text);
    expect(quote(quotes, 'We are proud').speaker).toBe('Tom Ellis');
    expect(quote(quotes, 'The region needs').speaker).toBe('Paul Hart');
  });

  it('uses given names to keep "she" away from male subjects', () => {
    const text =
      'Olaf Richter met Anna Kovac on Monday. Richter left early. “Europe needs this deal now,” she said.';
    expect(extractQuotes(text)[0].speaker).toBe('Anna Kovac');
  });

  it('gives a participle or coordinated verb the sentence subject', () => {
    const text = [
      'Mayor Tom Ellis spoke only of “real progress” on the budget, adding: “There is no deal until there is a deal.”',
      'He said the unions “have to give a little ground” and warned “the city is running out of money.”'
    ].join('\n');
    const quotes = extractQuotes(text);
    expect(quote(quotes, 'There is no deal').speaker).toBe('Tom Ellis');
    expect(quote(quotes, 'the city is running').speaker).toBe('Tom Ellis');
  });

  it('continues a speaker across sentences of the same paragraph', () => {
    const text = '“The plan is ready,” Tom Ellis said. “We start building in March and finish by winter.”';
    const quotes = extractQuotes(text);
    expect(quotes[1].speaker).toBe('Tom Ellis');
    expect(quotes[1].question).toBe(true);
  });

  it('credits a report to its author and "it" to the organisation just named, as guesses', () => {
    const text = [
      'The IMF cut its growth forecast on Tuesday.',
      '“The ultimate impact of the vote remains very unclear,” the IMF report stated.',
      'The Security Council met on Friday and condemned what it called “a clear threat to peace and security.”'
    ].join('\n');
    const quotes = extractQuotes(text);
    expect(quote(quotes, 'The ultimate').speaker).toBe('IMF');
    expect(quote(quotes, 'a clear threat').speaker).toBe('Security Council');
    expect(quotes.every((q) => !q.question)).toBe(true);
  });

  it('marks posts as written and shouted capitals as speech', () => {
    const text = [
      'Senator Maria Lopez wrote on X: “The vote shows that the coalition still works.”',
      '“THIS VOTE IS HUGE for everyone in the state,” Lopez said.'
    ].join('\n');
    const quotes = extractQuotes(text);
    expect(quotes[0].kind).toBe('written');
    expect(quotes[1].kind).toBe('speech');
    const [post] = extractQuotes('Lopez simply wrote ‘BIG VOTE TODAY!!!’ on her account before the session.');
    expect(post.kind).toBe('written');
    expect(post.question).toBe(false);
  });

  it('credits a signature after a dash', () => {
    const [q] = extractQuotes('“The debate showed who is ready to lead this country.” ― Carla Ruiz');
    expect(q.speaker).toBe('Carla Ruiz');
  });
});

describe('extractQuotes: when a quote must not become a question', () => {
  it('recognises a quote that relays someone else, and the relayed pronoun after it', () => {
    const text = [
      'Former minister Peter Novak gave an interview on Sunday.',
      '‘Angela Brandt, a clever woman, said you can’t win a war on two fronts,’ Novak told the radio host.',
      '‘And she said the army was simply not ready for it.’'
    ].join('\n');
    const quotes = extractQuotes(text);
    const first = quote(quotes, 'Angela Brandt');
    expect(first.speaker).toBe('Peter Novak');
    expect(first.reported).toBe('Angela Brandt');
    expect(first.question).toBe(false);
    const second = quote(quotes, 'And she said');
    expect(second.speaker).toBe('Peter Novak');
    expect(second.reported).toBe('Angela Brandt');
    expect(second.question).toBe(false);
  });

  it('recognises "X said Y told him …" as reported speech', () => {
    const text = 'Peter Novak said Angela Brandt told him “the talks are over for the rest of the year.”';
    const [q] = extractQuotes(text);
    expect(q.speaker).toBe('Peter Novak');
    expect(q.reported).toBe('Angela Brandt');
    expect(q.question).toBe(false);
  });

  it('credits words two people "called" something to neither of them', () => {
    const [q] = extractQuotes(
      'Mayor Tom Ellis and Governor Paul Hart called the talks ‘productive’ on Friday.'
    );
    expect(q.speaker).toBeNull();
    expect(q.question).toBe(false);
  });

  it('treats scare quotes, labels and verbless phrases as fragments', () => {
    const text = [
      'Both leaders called the meeting ‘useful’ and praised the ‘constructive atmosphere, of mutual respect’.',
      'Neither side used the word ‘truce’.'
    ].join('\n');
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.kind)).toEqual(['fragment', 'fragment', 'fragment']);
    expect(quotes.every((q) => !q.question)).toBe(true);
    expect(quote(quotes, 'truce').speaker).toBeNull();
  });

  it('gives a headline pull-quote the section’s source but never a question', () => {
    const text = [
      "'The ceasefire will not hold for long'",
      'Many in the capital fear the worst, according to our correspondent in Kyiv, Tom Baker.'
    ].join('\n');
    const [q] = extractQuotes(text);
    expect(q.speaker).toBe('Tom Baker');
    expect(q.cue).toBeNull();
    expect(q.question).toBe(false);
  });

  it('keeps an ambiguous "he" out of the questions', () => {
    const text =
      'Karl Weber said Paul Hart was “absolutely right” when he said that “the budget has been cut to the bone.”';
    const q = quote(extractQuotes(text), 'the budget');
    expect(q.question).toBe(false);
  });

  it('labels a programme title and gives it no speaker', () => {
    const text = "“We will win this state,” Tom Ellis told Fox News Channel's “Morning Desk” on Friday.";
    const quotes = extractQuotes(text);
    expect(quote(quotes, 'Morning Desk').kind).toBe('title');
    expect(quote(quotes, 'Morning Desk').speaker).toBeNull();
    expect(quote(quotes, 'We will win').speaker).toBe('Tom Ellis');
  });

  it('leaves unnamed speakers unnamed instead of guessing from the sentence', () => {
    const text = [
      'Prime Minister Anna Kovac spoke in parliament on Monday.',
      'A Downing Street spokesperson said: ‘The timetable has been clear from the start.’',
      'One senior Tory MP told the paper: ‘Nobody takes the plan seriously any more.’'
    ].join('\n');
    const quotes = extractQuotes(text);
    for (const q of quotes) {
      expect(q.speaker).toBeNull();
      expect(q.question).toBe(false);
    }
  });

  it('resolves a description such as "the prime minister" to the person holding the title', () => {
    const text = [
      'Prime Minister Anna Kovac met Mayor Tom Ellis in Leeds.',
      'Afterwards the prime minister told reporters: ‘We will fund the new tram line in full.’'
    ].join('\n');
    expect(extractQuotes(text)[0].speaker).toBe('Anna Kovac');
  });

  it('does not take a capitalised common noun for a speaker', () => {
    const [q] = extractQuotes(
      'Reporters yelled, ‘Mayor Ellis, will you resign over the budget?’ He did not answer.'
    );
    expect(q.speaker).toBeNull();
    expect(q.question).toBe(false);
  });
});

describe('extractQuotes: headlines', () => {
  it('treats a short first line as the title and keeps its partial quote out of the questions', () => {
    const text = [
      "Ellis says the bridge 'will be finished before the winter storms arrive'.",
      'Mayor Tom Ellis spoke on Monday about the city budget and the bridge.'
    ].join('\n');
    const [q] = extractQuotes(text);
    expect(q.speaker).toBe('Tom Ellis');
    expect(q.question).toBe(false);
  });
});

describe('extractQuotes: hard-wrapped text', () => {
  it('joins lines broken mid-sentence into one paragraph', () => {
    const text =
      '“We will build the bridge\nby June,” Mayor Tom Ellis said on\nMonday. “It will cost less than expected.”';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Ellis', 'Tom Ellis']);
    expect(quotes[0].text).toBe('We will build the bridge\nby June,');
  });

  it('lets a headline quote with its own named cue become a question', () => {
    const text =
      "'The bridge will be finished by June,' Ellis says\nMayor Tom Ellis spoke to the council on Monday.";
    const [q] = extractQuotes(text);
    expect(q.speaker).toBe('Tom Ellis');
    expect(q.question).toBe(true);
  });
});

describe('extractQuotes: no question where the speaker is not certain', () => {
  it('asks nothing when the subject of the cue is an unnamed group followed by an apposition', () => {
    const text =
      'Intro line about the program.\n\nOfficials at the Border Review Office, a division of the Federal Customs Agency, said they feared that applicants "may try to use ever more sophisticated methods to get around" the rules.';
    const q = quote(extractQuotes(text), 'may try');
    expect(q.question).toBe(false);
    expect(q.speaker).toBeNull();
  });

  it('still lets a participle after a comma borrow the sentence subject', () => {
    const text =
      'Intro line.\n\nMayor Tom Ellis defended the budget on Monday, adding that "the new bridge will be finished by June next year."';
    expect(quote(extractQuotes(text), 'the new bridge').speaker).toBe('Tom Ellis');
  });

  it('asks nothing about words the article relays from another outlet', () => {
    const text =
      'Intro line.\n\nAccording to the Morning Ledger, campaign spokesman Tom Ellis said on Friday that "she would sign this bill if it reached her desk."';
    const q = quote(extractQuotes(text), 'she would sign');
    expect(q.speaker).toBe('Tom Ellis');
    expect(q.question).toBe(false);
  });

  it('treats a short quoted title-case line as a heading, not a quote of the speaker before it', () => {
    const text =
      'Intro line.\n\n"When storms hit one town after another, the damage is hard to predict," Mayor Tom Ellis said. "If the current trend continues, it is certainly going to be very costly."\n\n\'All Bets Are Off.\'\n\nThe council meets again in May.';
    const heading = extractQuotes(text).find((q) => q.text.startsWith('All Bets'));
    expect(heading?.question ?? false).toBe(false);
  });
});

describe('findPeople', () => {
  it('lists each person once with the surface forms the text uses', () => {
    const people = findPeople(
      "US President Tom Ellis met Chancellor Olaf Richter. Ellis said little; Richter's aides briefed the press. The White House said nothing."
    );
    const ellis = people.find((p) => p.name === 'Tom Ellis');
    expect(ellis?.mentions.sort()).toEqual(['Ellis', 'Tom Ellis']);
    expect(people.map((p) => p.name)).toContain('Olaf Richter');
    expect(people.map((p) => p.name)).not.toContain('White House');
  });
});

describe('performance', () => {
  it('handles 1 MB without line breaks in linear time', () => {
    const sentence =
      '“We will build the bridge by June,” Mayor Tom Ellis said. He added that the council ‘has to agree’ first. ';
    const text = 'Title line\n' + sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const started = performance.now();
    const quotes = extractQuotes(text);
    expect(quotes.length).toBeGreaterThan(10_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('handles a 1 MB article in linear time', () => {
    const paragraph =
      '“We will build the bridge by June, and the budget will hold,” Mayor Tom Ellis said on Monday. ' +
      'He added that the council ‘has to agree’ first. Critics called it a “fantasy”.\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const started = performance.now();
    const quotes = extractQuotes(text);
    const elapsed = performance.now() - started;
    expect(quotes.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('extractQuotes: odd text', () => {
  it('does not fail on a speaker named only by suffixes', () => {
    const quotes = extractQuotes('Jr. Jr. said "we will win this fight".');
    expect(quotes.map((q) => q.text)).toEqual(['we will win this fight']);
  });
});
