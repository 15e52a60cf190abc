import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { PeopleIndex } from './people';

describe('findMentions', () => {
  it('strips titles, nationalities and possessive owners from names', () => {
    const text =
      "US President Tom Ellis met Russian President Ivan Petrov. DW's Washington Bureau Chief Ines Pohl and host Sean Park watched.";
    const names = findMentions(text).map((m) => m.surface);
    expect(names).toEqual(expect.arrayContaining(['Tom Ellis', 'Ivan Petrov', 'Ines Pohl', 'Sean Park']));
    expect(names).not.toContain('US President Tom Ellis');
  });

  it('keeps a surname that is also a title word ("Charlie King") and drops sentence-initial common nouns', () => {
    const names = findMentions(
      'Charlie King spoke first. Officials said nothing. Following the talks, King left.'
    ).map((m) => m.surface);
    expect(names).toContain('Charlie King');
    expect(names).not.toContain('Officials');
    expect(names).not.toContain('Following');
  });
});

describe('PeopleIndex', () => {
  it('resolves surnames to the most used full name and guesses gender from given names and titles', () => {
    const text =
      'Donald Ellis and his wife Mary Ellis arrived. Donald Ellis spoke. Ellis said little. Mrs. Dana Cole listened.';
    const index = new PeopleIndex(findMentions(text));
    expect(index.resolve('Ellis')).toBe('Donald Ellis');
    expect(index.info('Donald Ellis')?.gender).toBe('male');
    expect(index.info('Mary Ellis')?.gender).toBe('female');
    expect(index.info('Dana Cole')?.gender).toBe('female');
  });

  it('keeps titles for definite descriptions such as "the Russian president"', () => {
    const index = new PeopleIndex(findMentions('Russian President Ivan Petrov arrived.'));
    expect([...(index.info('Ivan Petrov')?.titles ?? [])]).toEqual(['russian', 'president']);
  });

  it('resolves a surname past suffixes such as "Jr."', () => {
    const index = new PeopleIndex(
      findMentions('Vice President Joseph R. Biden Jr. spoke. Mr. Biden then left.')
    );
    expect(index.resolve('Biden')).toBe('Joseph R. Biden Jr.');
  });

  it('does not take groups or title-case headlines for people', () => {
    const names = findMentions('Mexicans often say so. Obama Says New Museum Will Tell Hard Truths').map(
      (m) => m.surface
    );
    expect(names).not.toContain('Mexicans');
    expect(names.some((n) => n.includes('Says'))).toBe(false);
  });

  it('does not fail on a name made only of suffixes', () => {
    const index = new PeopleIndex(findMentions('Jr. Jr. said "we will win this fight".'));
    expect(index.resolve('Jr')).toBeNull();
  });
});
