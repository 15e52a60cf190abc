/**
 * Anki deck export: one "Basic" note (Front, Back) and one new card per question, in a deck named after the pack, in
 * the collection format every Anki version imports (schema 11, `collection.anki2`, zipped with an empty `media`).
 * The database is built with sql.js's asm.js build (no WebAssembly, so the CSP needs no change; 1.4 MB, loaded only
 * when a deck is exported). Ids are derived from the pack and question ids, so exporting a pack again gives the
 * same notes (Anki matches them by guid). Nothing is left out: every question is one card.
 */
import { strToU8, zipSync } from 'fflate';
import { hash53 } from '../../hash';
import type { Pack } from '../../packs/schema';
import type { Written } from '../types';
import { cardOf } from './cards';

/** Fixed, so notes exported twice are the same notes (Anki's "update notes" decides what a re-import changes). */
const MOD_SECONDS = 1_767_225_600; // 2026-01-01
const MODEL_ID = 1_767_225_600_001;
const DECK_CONF_ID = 1;

type SqlJs = Awaited<ReturnType<(typeof import('sql.js/dist/sql-asm.js'))['default']>>;
let sqlJs: Promise<SqlJs> | undefined;
const loadSqlJs = () => (sqlJs ??= import('sql.js/dist/sql-asm.js').then((module) => module.default()));

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

/** Field text as Anki's HTML: markup characters escaped, line breaks as `<br>`. */
const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

/** An id in Anki's range (milliseconds since 1970, so from 2001 on), from text, unique among `taken`. */
function idFrom(text: string, taken: Set<number>): number {
  let id = 1_000_000_000_000 + (hash53(text) % 900_000_000_000);
  while (taken.has(id)) id++;
  taken.add(id);
  return id;
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field, as a number. */
async function checksum(text: string): Promise<number> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
  return ((digest[0] << 24) | (digest[1] << 16) | (digest[2] << 8) | digest[3]) >>> 0;
}

function model(deckId: number) {
  const field = (name: string, ord: number) => ({
    name,
    ord,
    sticky: false,
    rtl: false,
    font: 'Arial',
    size: 20,
    media: []
  });
  return {
    id: MODEL_ID,
    name: 'Basic',
    type: 0,
    mod: MOD_SECONDS,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '{{Front}}',
        afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
        bqfmt: '',
        bafmt: '',
        did: null,
        bfont: '',
        bsize: 0
      }
    ],
    flds: [field('Front', 0), field('Back', 1)],
    css: '.card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: center;\n  color: black;\n  background-color: white;\n}\n',
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: []
  };
}

function deck(id: number, name: string, description: string) {
  return {
    id,
    name,
    desc: description,
    mod: MOD_SECONDS,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: DECK_CONF_ID,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0]
  };
}

/** Anki's default deck options (the deck's new cards are then scheduled as any other). */
const DECK_CONF = {
  id: DECK_CONF_ID,
  name: 'Default',
  mod: 0,
  usn: 0,
  maxTaken: 60,
  autoplay: true,
  timer: 0,
  replayq: true,
  dyn: false,
  new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 }
};

const anki = (tags: readonly string[] | undefined) =>
  tags?.length
    ? ` ${[...new Set(tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean))].join(' ')} `
    : '';

export async function write(pack: Pack): Promise<Written> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run(SCHEMA);
    const taken = new Set<number>();
    const deckId = idFrom(`deck\u241f${pack.id}`, taken);
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      MOD_SECONDS,
      MOD_SECONDS * 1000,
      MOD_SECONDS * 1000,
      JSON.stringify({
        activeDecks: [deckId],
        curDeck: deckId,
        newSpread: 0,
        collapseTime: 1200,
        timeLim: 0,
        estTimes: true,
        dueCounts: true,
        curModel: String(MODEL_ID),
        nextPos: pack.questions.length + 1,
        sortType: 'noteFld',
        sortBackwards: false,
        addToCur: true
      }),
      JSON.stringify({ [MODEL_ID]: model(deckId) }),
      JSON.stringify({
        1: deck(1, 'Default', ''),
        [deckId]: deck(deckId, pack.title.replace(/::/g, ':'), pack.description)
      }),
      JSON.stringify({ [DECK_CONF_ID]: DECK_CONF }),
      '{}'
    ]);
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const card = db.prepare(
      'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)'
    );
    for (const [i, question] of pack.questions.entries()) {
      const { front, back } = cardOf(pack, question);
      const noteId = idFrom(`note\u241f${pack.id}\u241f${question.id}`, taken);
      const sortField = front.replace(/\s+/g, ' ').trim();
      note.run([
        noteId,
        `sw${hash53(`${pack.id}\u241f${question.id}`).toString(36)}`,
        MODEL_ID,
        MOD_SECONDS,
        anki(question.tags),
        `${html(front)}\u001f${html(back)}`,
        sortField,
        await checksum(sortField),
        ''
      ]);
      card.run([
        idFrom(`card\u241f${pack.id}\u241f${question.id}`, taken),
        noteId,
        deckId,
        MOD_SECONDS,
        i + 1,
        ''
      ]);
    }
    note.free();
    card.free();
    const collection = db.export();
    // The collection first: that is what tells an Anki package from any other zip (format.ts).
    const data = zipSync(
      { 'collection.anki2': collection, media: strToU8('{}') },
      { mtime: new Date(MOD_SECONDS * 1000) }
    );
    return { data, warnings: [] };
  } finally {
    db.close();
  }
}
