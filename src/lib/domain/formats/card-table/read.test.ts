import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../packs/build';
import { exportPack } from '../export';
import { detectFormat, importText } from '../import';
import { summitChoice } from '../testing';
import { read } from './read';

const fixture = (name: string) => readFileSync(`tests/fixtures/formats/flashcards/${name}`, 'utf8');

describe('flashcard tables (CSV/TSV with a header row)', () => {
  it('finds the front, back and tags columns by their names and leaves other columns out', () => {
    const result = read(fixture('cards-selection-sort.csv'));
    if (!result.ok || !('questions' in result)) throw new Error('expected cards');
    expect(result.layout).toMatchObject({
      columns: ['front', 'back', 'tags', 'type'],
      front: 0,
      back: 1,
      tags: 2,
      header: true
    });
    expect(result.questions).toHaveLength(4);
    expect(result.questions[1]).toMatchObject({
      front: 'Selection sort time complexity?',
      back: 'O(n^2)',
      tags: ['selection']
    });
  });

  it('reads the columns a teacher picks in the preview, and refuses the same column twice', () => {
    const tsv = 'English\tGerman\tNotes\ndog\tder Hund\tnoun\ncat\tdie Katze\t\n';
    const picked = read(tsv, { layout: { front: 1, back: 0, tags: 2 } });
    expect(
      picked.ok &&
        'questions' in picked &&
        picked.questions.map((q) => q.type === 'flashcard' && [q.front, q.back, q.tags])
    ).toEqual([
      ['der Hund', 'dog', ['noun']],
      ['die Katze', 'cat', undefined]
    ]);
    expect(read(tsv, { layout: { front: 1, back: 1 } })).toMatchObject({
      ok: false,
      problems: [{ message: 'the front and the back must be different columns' }]
    });
  });

  it('is detected by a header naming cards, and never takes a Kahoot sheet', async () => {
    const detect = (name: string, text: string) => detectFormat(name, new TextEncoder().encode(text));
    expect(detect('cards.csv', fixture('cards-selection-sort.csv'))).toBe('card-table');
    expect(detect('cards.tsv', 'Term\tDefinition\nlede\tthe opening\n')).toBe('card-table');
    const kahoot = await exportPack(
      assemblePack({ id: 'k', title: 'K' }, [summitChoice('q1')]),
      'kahoot-csv'
    );
    expect(detect('quiz.csv', kahoot.data as string)).toBe('kahoot-csv');
    const imported = await importText('Sorting.csv', fixture('cards-selection-sort.csv'));
    expect(imported.ok && imported.preview.layout?.columns).toEqual(['front', 'back', 'tags', 'type']);
  });
});
