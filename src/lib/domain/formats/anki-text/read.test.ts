import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../import';
import { read } from './read';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/flashcards/${name}`, 'utf8');

describe('Anki notes in plain text', () => {
  it('reads quoted multi-line HTML fields as plain text, one card per note, each with its line', () => {
    const result = read(fixture('anki-literatura-html.txt'));
    if (!result.ok || !('questions' in result)) throw new Error('expected cards');
    expect(result.questions).toHaveLength(25);
    const [first] = result.questions;
    expect(first).toMatchObject({ type: 'flashcard', front: 'Májovci tvořili v' });
    // `<hr id="answer">` is a line, not markup, in the card's text.
    expect(first.type === 'flashcard' && first.back.split('\n')).toEqual([
      'Májovci tvořili v',
      'v 2 polovině 19.století'
    ]);
    const image = result.questions[20];
    expect(image.type === 'flashcard' && image.front).toMatch(/^\[image: Soubor:Wassily Kandinsky/);
    expect(result.warnings.map((w) => w.message)).toEqual(['1 image became a text note: cards hold text']);
    expect(result.skipped).toEqual([]);
  });

  it('follows #separator:Comma and #columns, taking the Tags column as tags', () => {
    const result = read(fixture('anki-k8s-comma-columns.csv'));
    if (!result.ok || !('questions' in result)) throw new Error('expected cards');
    expect(result.questions).toHaveLength(8);
    expect(result.questions[0]).toMatchObject({
      front: 'If envFrom sources and an explicit env entry share a key, which wins?',
      tags: ['demo03-cms,precedence,ckad-application-environment-configuration-security']
    });
    expect(result.layout).toMatchObject({ columns: ['Front', 'Back', 'Tags'], front: 0, back: 1, tags: 2 });
  });

  it('leaves out guid, note type and deck columns and reports a bad header by line', () => {
    const text = [
      '#separator:tab',
      '#html:false',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:six',
      'Xy12\tBasic\tMedia::Terms\tlede\tthe opening of a story',
      'Ab34\tBasic\tMedia::Terms\tbyline\t'
    ].join('\n');
    const result = read(text);
    if (!result.ok || !('questions' in result)) throw new Error('expected cards');
    expect(result.questions.map((q) => q.type === 'flashcard' && [q.front, q.back])).toEqual([
      ['lede', 'the opening of a story']
    ]);
    expect(result.skipped).toEqual([
      { place: { line: 8 }, message: 'the card has no back (“Column 5” is empty)' }
    ]);
    expect(result.warnings[0]).toEqual({
      place: { line: 6 },
      message: '“#tags column:” needs a column number from 1, not “six”'
    });
  });

  it('is detected by its headers, whatever the file is called', () => {
    const bytes = new TextEncoder().encode(fixture('anki-k8s-comma-columns.csv'));
    expect(detectFormat('deck.csv', bytes)).toBe('anki-text');
    expect(detectFormat('deck.txt', new TextEncoder().encode(fixture('anki-literatura-html.txt')))).toBe(
      'anki-text'
    );
  });
});
