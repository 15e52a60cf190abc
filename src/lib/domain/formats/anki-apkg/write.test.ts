/** The Anki deck read back as Anki reads it: the zip's collection opened with sql.js, its notes, cards and deck. */
import initSqlJs from 'sql.js/dist/sql-asm.js';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { assemblePack } from '../../packs/build';
import type { Pack } from '../../packs/schema';
import { exportPack } from '../export';
import { importBytes } from '../import';
import { summitChoice } from '../testing';

const passage = { sourceId: 'a1', start: 0, end: 20, excerpt: 'The leaders met in Anchorage.' };
const base = assemblePack({ id: 'summit', title: 'Alaska: the summit' }, [
  { ...summitChoice('q1'), explanation: 'The talks were held in Anchorage.', tags: ['unit 1', 'geo'] },
  {
    id: 'q2',
    type: 'flashcard',
    prompt: '',
    explanation: '',
    skill: 'general',
    front: 'lede',
    back: 'the opening of a news story <b>not bold</b>'
  },
  {
    id: 'q3',
    type: 'true-false',
    prompt: 'The talks lasted six hours.',
    explanation: '',
    skill: 'general',
    answer: false
  }
]);
/** The flashcard comes from a passage of an article the pack names. */
const pack: Pack = {
  ...base,
  questions: base.questions.map((q) => (q.id === 'q2' ? { ...q, source: passage } : q)),
  sources: [{ id: 'a1', title: 'Leaders meet in Alaska', outlet: 'The Daily', kind: 'news' }]
};

async function openDeck(data: Uint8Array) {
  const files = unzipSync(data);
  const SQL = await initSqlJs();
  const db = new SQL.Database(files['collection.anki2']);
  const rows = (sql: string) => {
    const [result] = db.exec(sql);
    return result ? result.values : [];
  };
  return { files, db, rows };
}

describe('Anki deck export', () => {
  it('writes one Basic note and one new card per question, the source passage on the back', async () => {
    const file = await exportPack(pack, 'anki-apkg');
    expect(file.fileName).toBe('Alaska-the-summit-anki.apkg');
    expect(file.warnings).toEqual([]);
    const { files, db, rows } = await openDeck(file.data as Uint8Array);
    expect(Object.keys(files)).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files.media)).toBe('{}');

    const [[modelsJson, decksJson]] = rows('SELECT models, decks FROM col') as [string, string][];
    const models = Object.values(JSON.parse(modelsJson)) as {
      id: number;
      name: string;
      flds: { name: string }[];
    }[];
    expect(models.map((m) => [m.name, m.flds.map((f) => f.name)])).toEqual([['Basic', ['Front', 'Back']]]);
    const decks = Object.values(JSON.parse(decksJson)) as { id: number; name: string }[];
    const deck = decks.find((d) => d.name === 'Alaska: the summit');
    expect(deck).toBeDefined();

    const notes = rows('SELECT id, mid, flds, tags, sfld FROM notes ORDER BY id');
    expect(notes).toHaveLength(3);
    const fields = Object.fromEntries(
      notes.map(([, mid, flds]) => {
        expect(mid).toBe(models[0].id);
        const [front, back] = String(flds).split('\u001f');
        return [front, back];
      })
    );
    expect(fields['Where did they meet?<br><br>A. Anchorage<br>B. Moscow']).toBe(
      'A. Anchorage<br>The talks were held in Anchorage.'
    );
    expect(fields.lede).toBe(
      'the opening of a news story &lt;b&gt;not bold&lt;/b&gt;<br>Source: “The leaders met in Anchorage.”<br>— Leaders meet in Alaska, The Daily'
    );
    expect(fields['The talks lasted six hours.<br><br>True or false?']).toBe('False');
    expect(notes.map((n) => n[3])).toContain(' unit_1 geo ');

    const cards = rows('SELECT nid, did, ord, type, queue, due FROM cards ORDER BY due');
    expect(cards).toHaveLength(3);
    const noteIds = new Set(notes.map((n) => n[0]));
    for (const [nid, did, ord, type, queue] of cards) {
      expect(noteIds.has(nid)).toBe(true);
      expect([did, ord, type, queue]).toEqual([deck!.id, 0, 0, 0]);
    }
    expect(cards.map((c) => c[5])).toEqual([1, 2, 3]);
    db.close();
  });

  it('gives the same notes when the pack is exported again (Anki matches them by guid)', async () => {
    const guids = async () => {
      const { db, rows } = await openDeck((await exportPack(pack, 'anki-apkg')).data as Uint8Array);
      const result = rows('SELECT id, guid FROM notes ORDER BY id');
      db.close();
      return result;
    };
    expect(await guids()).toEqual(await guids());
  });

  it('refuses an Anki deck given to import, saying what to export from Anki instead', async () => {
    const { data } = await exportPack(pack, 'anki-apkg');
    const bytes = data as Uint8Array;
    const result = await importBytes('deck.apkg', bytes.slice().buffer as ArrayBuffer);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0].message).toMatch(
        /Anki deck \(\.apkg\).*does not read them.*Notes in Plain Text/
      );
  });
});
