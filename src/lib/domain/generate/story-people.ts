/**
 * The people of a story, merged across articles: "Trump" and "Donald Trump" are one person, "Zelensky" and
 * "Volodymyr Zelenskyy" too, while "Melania Trump" stays someone else. Distractors and name swaps come from here.
 */
import type { BuildContext } from './types';

/**
 * Titles, ranks, offices and the adjectives that go before them ("Former U.S. Rep.", "Councillor", "Mayor"): a name
 * is given without them, as a person is named in full.
 */
const TITLE_WORDS =
  `US U.S. American Russian Ukrainian German French British Canadian Chinese Indian Israeli Iranian
  European Australian Mexican Japanese Democratic Republican Conservative Liberal Labour former first acting interim
  then late lady Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Rev Reverend Father Rabbi Imam Pope King Queen
  Prince Princess President Vice Prime Minister Premier Chancellor Secretary State Senator Sen Sens Representative
  Representatives Rep Reps Congressman Congresswoman Speaker House Majority Minority Leader Whip Governor Gov Lt
  Lieutenant Mayor Deputy Councillor Councilor Councilman Councilwoman Alderman Commissioner Chief Director Chairman
  Chairwoman Chair General Gen Colonel Col Major Maj Captain Capt Sergeant Sgt Officer Detective Det Constable Judge
  Justice Attorney Ambassador Coach Host the`.split(/\s+/);
const TITLES = new RegExp(
  `^(?:(?:${TITLE_WORDS.map((w) => w.replace(/\./g, '\\.')).join('|')})\\.?\\s+)+`,
  'i'
);

export function cleanName(name: string): string {
  return name
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TITLES, '')
    .trim();
}

/** A name's first and last word, lower-cased once: every comparison of two names reads them. */
interface NameParts {
  first?: string;
  last: string;
}

const partsCache = new Map<string, NameParts>();

function parts(name: string): NameParts {
  let cached = partsCache.get(name);
  if (!cached) {
    const tokens = cleanName(name).split(' ');
    const last = tokens[tokens.length - 1] ?? '';
    cached = { first: tokens.length > 1 ? tokens[0].toLowerCase() : undefined, last: last.toLowerCase() };
    // A bounded cache: names repeat within a story, and the generator may run over many stories.
    if (partsCache.size > 10_000) partsCache.clear();
    partsCache.set(name, cached);
  }
  return cached;
}

/** Spelling variants that differ by one letter (Zelensky / Zelenskyy count as one); both lower-case. */
function closeSpelling(x: string, y: string): boolean {
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** Could two names denote the same person? Surnames must match; first names, when both given, too. */
export function samePerson(a: string, b: string): boolean {
  const pa = parts(a);
  const pb = parts(b);
  if (!pa.last || !pb.last || !closeSpelling(pa.last, pb.last)) return false;
  return !pa.first || !pb.first || closeSpelling(pa.first, pb.first);
}

/** Shares a surname with another person (Melania and Donald Trump): never a fair distractor for each other. */
export function sharesSurname(a: string, b: string): boolean {
  return closeSpelling(parts(a).last, parts(b).last);
}

/**
 * Words that make a capitalised name an organisation, a body, a place, an event, a publication or a document rather
 * than a person ("Tea Party", "Beige Book", "Goldman Sachs Symposium"): general English head nouns, no proper names.
 */
const NOT_A_PERSON = new Set(
  `party parties department ministry agency council committee commission court senate congress house parliament
  assembly university college school institute foundation association union league federation club team company
  corporation corp inc ltd llc group bank fund exchange post times news journal herald tribune gazette press network
  media radio television tv magazine review book report act bill law treaty accord agreement plan summit symposium
  conference forum festival games cup championship olympics award awards prize street avenue road square park
  center centre hall tower airport station hospital church museum administration office service bureau police army
  navy force forces guard campaign project initiative program programme coalition alliance movement caucus board
  authority state states city county province republic kingdom federal national international democrats republicans
  conservatives liberals`.split(/\s+/)
);

/** A name looks like a person's: capitalised words, no lower-case words but particles, no organisation's head noun. */
export function looksLikePersonName(name: string): boolean {
  const cleaned = cleanName(name);
  if (!cleaned || cleaned.length > 60) return false;
  const tokens = cleaned.split(' ');
  if (tokens.length > 4 || tokens[0] === 'The') return false;
  return tokens.every(
    (t) =>
      (/^\p{Lu}[\p{L}'’.-]*$/u.test(t) && !NOT_A_PERSON.has(t.toLowerCase().replace(/[.’']+$/, ''))) ||
      /^(?:de|van|von|der|al|bin|la|le)$/.test(t)
  );
}

export class PeopleRegistry {
  private people: { display: string; count: number }[] = [];
  private resolved = new Map<string, string>();
  private everyone: readonly string[] | undefined;
  // A story mentions the same few names hundreds of times: each is cleaned and judged once per registry.
  private cleaned = new Map<string, string>();
  private personLike = new Map<string, boolean>();

  /** Full names go in first, so a bare "Trump" can never turn into "Melania Trump". */
  static from(names: Iterable<string>): PeopleRegistry {
    const registry = new PeopleRegistry();
    const cleaned = [...names].map((n) => registry.clean(n));
    for (const n of cleaned) if (n.includes(' ')) registry.add(n);
    for (const n of cleaned) if (!n.includes(' ')) registry.add(n);
    return registry;
  }

  private clean(name: string): string {
    let cleaned = this.cleaned.get(name);
    if (cleaned === undefined) this.cleaned.set(name, (cleaned = cleanName(name)));
    return cleaned;
  }

  /** `looksLikePersonName`, remembered: builders ask it of the same speakers and names again and again. */
  looksLikePerson(name: string): boolean {
    let looks = this.personLike.get(name);
    if (looks === undefined) this.personLike.set(name, (looks = looksLikePersonName(name)));
    return looks;
  }

  /**
   * The known person a name may denote; of several (a bare surname shared by two people), the most mentioned,
   * the first known on a tie.
   */
  private commonestMatch(cleaned: string): { display: string; count: number } | undefined {
    let match: { display: string; count: number } | undefined;
    for (const p of this.people)
      if ((!match || p.count > match.count) && samePerson(p.display, cleaned)) match = p;
    return match;
  }

  /** Adds a mention; the fullest form seen becomes the display name. */
  add(name: string): void {
    this.resolved.clear();
    this.everyone = undefined;
    const cleaned = this.clean(name);
    if (!this.looksLikePerson(cleaned)) return;
    // A bare surname shared by two known people (Trump) cannot be merged safely: count it for the commonest.
    const match = this.commonestMatch(cleaned);
    if (!match) {
      this.people.push({ display: cleaned, count: 1 });
      return;
    }
    match.count++;
    if (wordsIn(cleaned) > wordsIn(match.display)) match.display = cleaned;
  }

  /** The display name of the person a mention refers to (the mention itself when unknown). */
  resolve(name: string): string {
    let display = this.resolved.get(name);
    if (display === undefined) {
      const cleaned = this.clean(name);
      display = this.commonestMatch(cleaned)?.display ?? cleaned;
      this.resolved.set(name, display);
    }
    return display;
  }

  /** Everyone, most mentioned first, then by name, so the order is stable. */
  all(): readonly string[] {
    // Sorted once per story (every builder asks, and localeCompare is slow); a mention added later re-sorts.
    this.everyone ??= [...this.people]
      .sort((a, b) => b.count - a.count || a.display.localeCompare(b.display))
      .map((p) => p.display);
    return this.everyone;
  }
}

/** `name.split(' ').length`, without the array: names are compared on every mention added. */
function wordsIn(name: string): number {
  let count = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) count++;
  return count;
}

const registries = new WeakMap<object, PeopleRegistry>();
/**
 * Registries by the analysis results they were read from (each article's quotes and people, in story order), keyed
 * by the first of them. Packs that share a story and its analysis (the CLI's story pack and one pack per article,
 * with memoised analyzers) share one registry: the same names in the same order make the same registry, and
 * building it compares every mention with every person.
 */
const byAnalysis = new WeakMap<object, { sources: readonly object[]; registry: PeopleRegistry }[]>();
const NONE: readonly never[] = [];

/** Everyone the story's articles name or quote (built once per analysed story). */
export function storyPeople(ctx: Pick<BuildContext, 'story' | 'quotes' | 'people'>): PeopleRegistry {
  const cached = registries.get(ctx.quotes);
  if (cached) return cached;
  const sources = ctx.story.flatMap((a) => [ctx.quotes.get(a.id) ?? NONE, ctx.people.get(a.id) ?? NONE]);
  const built = sources.length ? (byAnalysis.get(sources[0]) ?? []) : [];
  let registry = built.find(
    (b) => b.sources.length === sources.length && b.sources.every((s, i) => s === sources[i])
  )?.registry;
  if (!registry) {
    const names: string[] = [];
    for (const article of ctx.story) {
      for (const q of ctx.quotes.get(article.id) ?? []) if (q.speaker) names.push(q.speaker);
      for (const p of ctx.people.get(article.id) ?? []) names.push(p.name);
    }
    registry = PeopleRegistry.from(names);
    if (sources.length) byAnalysis.set(sources[0], [...built, { sources, registry }]);
  }
  registries.set(ctx.quotes, registry);
  return registry;
}
