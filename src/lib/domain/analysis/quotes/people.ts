/**
 * People (and organisations) named in a news text: every capitalised name run with its title stripped
 * ("DW's Washington Bureau Chief Ines Pohl" -> "Ines Pohl"), resolved to the fullest form the article
 * uses ("Pohl" -> "Ines Pohl"), with a gender guess for pronoun resolution and the title words that
 * definite descriptions ("the Russian president") refer to.
 */
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES } from './lexicon';
import { findMentions } from './mentions';
import { lower } from './name-tokens';
import type { Gender, Mention, Person, PersonInfo } from './types';

/** Abbreviated titles and the words descriptions use for them ("Gov. Pence" -> "the governor"). */
const TITLE_ABBREVIATIONS = new Map<string, string>([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['sec', 'secretary'],
  ['col', 'colonel'],
  ['adm', 'admiral'],
  ['lt', 'lieutenant'],
  ['capt', 'captain'],
  ['prof', 'professor']
]);
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;
/** Lower case without full stops ("Gen. Smith" and "gen smith" are one key); most names have no full stop. */
const nameKey = (s: string) => (s.includes('.') ? s.replace(/\./g, '') : s).toLowerCase();

/** People and organisations of a text, with coreference from surnames and first names to full names. */
export class PeopleIndex {
  private readonly infos = new Map<string, PersonInfo>();
  private readonly bySurname = new Map<string, PersonInfo[]>();
  private readonly byFirstName = new Map<string, PersonInfo[]>();
  /** Gender by given name, per name form: asked again for every mention of a name whose gender is unknown. */
  private readonly nameGenders = new Map<string, Gender>();
  /** nameKey per name form: the same few names are looked up over and over. */
  private readonly keys = new Map<string, string>();
  /** resolve() per surface once the index is complete (while it is built, answers change as names arrive). */
  private readonly resolutions = new Map<string, string | null>();
  private complete = false;

  constructor(mentions: Mention[]) {
    // Full names first, so that single words can be resolved to them.
    for (const m of mentions) if (m.surface.includes(' ')) this.add(m, m.surface);
    for (const info of this.infos.values()) {
      if (info.type === 'org') continue;
      const parts = info.name.split(' ').filter((p) => !SUFFIX.test(p));
      // A "name" of suffixes only ("Jr. Jr.") has no surname to be found by.
      if (!parts.length) continue;
      push(this.bySurname, this.key(parts[parts.length - 1]), info);
      if (parts.length >= 2 && info.type === 'person') push(this.byFirstName, this.key(parts[0]), info);
    }
    for (const m of mentions) if (!m.surface.includes(' ')) this.add(m, this.resolve(m.surface) ?? m.surface);
    this.complete = true;
  }

  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) this.keys.set(name, (key = nameKey(name)));
    return key;
  }

  private add(m: Mention, name: string) {
    const key = this.key(name);
    let info = this.infos.get(key);
    if (!info) {
      info = { name, type: m.type, gender: null, titles: new Set(), count: 0, mentions: new Set() };
      this.infos.set(key, info);
    }
    info.count++;
    info.mentions.add(m.surface);
    for (const t of m.titles) {
      info.titles.add(t);
      const full = TITLE_ABBREVIATIONS.get(t);
      if (full) info.titles.add(full);
    }
    if (info.type === 'unknown' && m.type !== 'unknown') info.type = m.type;
    if (info.gender === null) info.gender = titleGender(m.titles) ?? this.nameGender(name);
  }

  private nameGender(name: string): Gender {
    let gender = this.nameGenders.get(name);
    if (gender === undefined) this.nameGenders.set(name, (gender = givenNameGender(name)));
    return gender;
  }

  /** The full name a surface form refers to ("Pohl" -> "Ines Pohl"), or null if none is known. */
  resolve(surface: string): string | null {
    if (!this.complete) return this.resolveNow(surface);
    let name = this.resolutions.get(surface);
    if (name === undefined) this.resolutions.set(surface, (name = this.resolveNow(surface)));
    return name;
  }

  private resolveNow(surface: string): string | null {
    const key = this.key(surface);
    const exact = this.infos.get(key);
    if (exact && exact.name.includes(' ')) return exact.name;
    if (surface.includes(' ')) return exact?.name ?? null;
    const candidates = this.bySurname.get(key) ?? this.byFirstName.get(key);
    if (!candidates?.length) return exact?.name ?? null;
    return candidates.reduce((best, c) => (c.count > best.count ? c : best)).name;
  }

  /** The canonical name of a mention: its full form when the article gives one. */
  canonical(m: Pick<Mention, 'surface'>): string {
    return this.resolve(m.surface) ?? m.surface;
  }

  info(name: string): PersonInfo | undefined {
    return this.infos.get(this.key(name));
  }

  all(): PersonInfo[] {
    return [...this.infos.values()];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function titleGender(titles: string[]): Gender {
  if (titles.some((t) => FEMALE_TITLES.has(t))) return 'female';
  if (titles.some((t) => MALE_TITLES.has(t))) return 'male';
  return null;
}

function givenNameGender(name: string): Gender {
  const first = lower(name.split(' ')[0]);
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) return 'female';
  if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) return 'male';
  return null;
}

let cached: { text: string; mentions: Mention[]; index: PeopleIndex } | null = null;

/**
 * Mentions and the people index of a text. The last text's result is kept, because the generator asks
 * for quotes and for people of the same article one after the other (results are never mutated).
 */
export function peopleOf(text: string): { mentions: Mention[]; index: PeopleIndex } {
  if (cached?.text !== text) {
    const mentions = findMentions(text);
    cached = { text, mentions, index: new PeopleIndex(mentions) };
  }
  return cached;
}

/** People named in the text, with every surface form, for distractors ("other speakers of the same story"). */
export function findPeople(text: string): Person[] {
  const { index } = peopleOf(text);
  return index
    .all()
    .filter((p) => p.type === 'person')
    .map((p) => ({ name: p.name, mentions: [...p.mentions] }));
}
