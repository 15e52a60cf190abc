import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from '../import';
import { read } from './read';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/flashcards/${name}`, 'utf8');
const cards = (result: ReturnType<typeof read>) =>
  result.ok && 'questions' in result
    ? result.questions.map((q) => (q.type === 'flashcard' ? [q.front, q.back] : [q.type]))
    : [];

describe('Quizlet exports', () => {
  it('reads comma-separated terms with semicolons between cards, splitting each at its first comma', () => {
    const result = read(fixture('quizlet-german-comma-semicolon.txt'));
    expect(result.ok && 'layout' in result && result.layout).toMatchObject({
      fieldSeparator: ',',
      cardSeparator: ';'
    });
    const list = cards(result);
    expect(list).toHaveLength(30);
    expect(list[0]).toEqual(['der Hund', 'the dog']);
    expect(list[6]).toEqual(['der Stuhl', 'the chair, the stool']);
  });

  it('finds a custom separator (`/////`, `|`) and keeps every card on its line', () => {
    const idioms = read(fixture('quizlet-idioms-custom.txt'));
    expect(cards(idioms)).toHaveLength(20);
    expect(cards(idioms)[7]).toEqual(['a couch potato', 'a lazy/inactive person']);
    const words = read(fixture('quizlet-words-pipe.txt'));
    expect(cards(words)).toEqual([
      ['propose', 'I _____________ Tom Ellis for chairman'],
      ['proposal', 'His _____________ that the system should be changed was rejected'],
      ['surprise', "It wouldn't _____________ me if they got married soon"],
      ['surprising', 'We had a _____________ amount in common']
    ]);
  });

  it('reads tab-separated cards, skips a card without a definition by line, and takes the separators a teacher names', () => {
    const text = 'lede\tthe opening of a story\n\nnut graf\tthe paragraph that says why it matters\nbyline\n';
    const result = read(text);
    expect(cards(result)).toEqual([
      ['lede', 'the opening of a story'],
      ['nut graf', 'the paragraph that says why it matters']
    ]);
    expect(result.ok && result.skipped).toEqual([
      { place: { line: 4 }, message: 'the card has no back (“Definition” is empty)' }
    ]);
    const custom = read('a = one ## b = two ## c = three', {
      layout: { fieldSeparator: ' = ', cardSeparator: ' ## ' }
    });
    expect(cards(custom)).toEqual([
      ['a', 'one'],
      ['b', 'two'],
      ['c', 'three']
    ]);
    const swapped = read(text, { layout: { front: 1 } });
    expect(cards(swapped)[0]).toEqual(['the opening of a story', 'lede']);
  });

  it('is detected by its content, and an article, a GIFT or Aiken file is not taken for cards', async () => {
    const detect = (text: string) => detectFormat('file.txt', new TextEncoder().encode(text));
    expect(detect(fixture('quizlet-german-comma-semicolon.txt'))).toBe('quizlet');
    expect(detect(fixture('quizlet-idioms-custom.txt'))).toBe('quizlet');
    expect(detect('lede\tthe opening of a story\nbyline\tthe writer’s name\n')).toBe('quizlet');
    for (const file of readdirSync('content/articles').filter((f) => f.endsWith('.md')))
      expect(detect(readFileSync(`content/articles/${file}`, 'utf8')), file).toBeUndefined();
    const prose =
      'The council met on Tuesday, and the vote was close.\nResidents, who had waited for hours, left disappointed.\nA spokesperson said, after the meeting, that talks would go on.\n';
    expect(detect(prose)).toBeUndefined();
    expect(detect('::Q1:: 1+1 = {=2 ~3}\n')).toBe('gift');
    expect(detect('Which city?\nA) Paris\nB) Rome\nANSWER: A\n')).toBe('aiken');
    const imported = await importText('German.txt', fixture('quizlet-german-comma-semicolon.txt'));
    expect(imported.ok && imported.preview.pack.questions).toHaveLength(30);
  });
});
