/**
 * Hand-written cue lexicons for telling statements of fact from opinions (Pew Research Center, 2018:
 * a factual statement can be proved or disproved by objective evidence; an opinion expresses beliefs,
 * values, judgements or predictions). Weights are in log-odds units: positive leans opinion,
 * negative leans fact. Words that news reports use neutrally ("serious injuries", "major road",
 * "strong earthquake") are left out or kept weak on purpose.
 *
 * Longer than a module should be, on purpose: it is one table of words and phrases, read top to bottom by
 * whoever tunes a weight; splitting it by kind would scatter the weights that are judged against each other.
 */
import { LOADED_MODIFIERS, LOADED_NOUNS, LOADED_VERBS } from './loaded-words';
import type { CueKind } from './types';

export interface LexiconEntry {
  kind: CueKind;
  weight: number;
}

const table = new Map<string, LexiconEntry>();

function add(kind: CueKind, weight: number, list: string): void {
  for (const word of list.trim().split(/\s+/)) table.set(word, { kind, weight });
}

// Strong evaluative words: hardly ever used by a neutral report in its own voice.
add(
  'judgement',
  1.6,
  `awful terrible horrible horrendous disastrous shameful disgraceful outrageous absurd ridiculous ludicrous
  preposterous pathetic appalling atrocious abysmal deplorable despicable dreadful egregious foolish stupid idiotic
  insane crazy silly naive reckless irresponsible incompetent inept hypocritical cynical sinister vile wicked heinous
  monstrous grotesque obscene scandalous wonderful fantastic excellent brilliant superb magnificent marvelous
  marvellous splendid admirable laudable commendable praiseworthy inspiring gorgeous lovely delightful masterful
  masterpiece heroic noble courageous wise unwise misguided troubling disturbing worrying dismal regrettable
  lamentable unacceptable intolerable inexcusable indefensible unconscionable unforgivable nonsense nonsensical
  bizarre baffling pointless worthless meaningless futile overblown overrated farcical laughable nightmare fiasco
  debacle travesty mockery sham farce charade folly madness insanity stupidity arrogance cowardice hypocrisy
  propaganda draconian oppressive barbaric humiliating embarrassing disgrace dishonest dangerous
  unsustainable woke leftists leftist globalist globalists elitist smug greedy hapless clueless incoherent
  shoddy dreadfully shamefully ridiculously absurdly hopelessly woefully tragically disastrously pathetically
  deluded delusional fanatical hysterical hysteria demagogue demagoguery virtue-signalling virtue-signaling
  oversimplification emblematic eerily disingenuous brazen blatant shameless unhinged dystopian orwellian
  indoctrinated ideologues ideologue mindless spineless toothless feckless hollow contrived specious spurious
  nefarious odious repugnant repulsive abhorrent reprehensible inexplicable unfathomable astonishing stunning
  staggering breathtaking jaw-dropping extraordinary remarkable amazing incredible unbelievable shocking`
);

// Milder judgements: evaluative, but also found in plain reports.
add(
  'judgement',
  0.9,
  `good bad great poor poorly important crucial essential vital necessary meaningful valuable worthwhile useful
  useless helpful unhelpful harmful damaging beneficial effective ineffective efficient inefficient problematic
  questionable dubious doubtful flawed fair unfair unjust wrong wrongly rightly sensible reasonable unreasonable
  clever smart interesting boring dull exciting fascinating compelling convincing unconvincing persuasive
  impressive unimpressive sad tragic unfortunate grim bleak alarming concerning worrisome deeply huge enormous
  massive tremendous immense vast tiny mere sheer utter strange odd weird curious ironic symbolic hopeless
  desperate doomed arbitrary relentless ruthless brutal cruel savage hostile arrogant aggressive bold timid weak
  feeble fragile chaotic mess messy excessive exorbitant unnecessary needless undue proper improper appropriate
  inappropriate legitimate illegitimate genuine phony fake bogus so-called dire perfect perfectly superior inferior
  mediocre decent modest noteworthy notable significant substantive superficial shallow simplistic naive
  extreme extremist radical toxic corrupt tyranny tyrant thug thugs regime cabal elites lies liar liars lying
  fraud scam hype rhetoric spin mantra slogan dogma utopian fantasy myth mythical deserve deserves deserved
  undermine undermines poisons poison betray betrays betrayal squander squanders exploit exploits pretend
  pretends pretending cling relish boast brag pander panders appease appeasement capitulation surrender
  obsession obsessed fetish crusade witch-hunt rubbish garbage junk drivel claptrap gibberish
  beloved cherished revered despised hated loathed infamous notorious legendary iconic historic unprecedented
  miracle magic tragedy catastrophe disaster crisis-ridden gloomy rosy stark striking dramatic dramatically
  surprisingly surprising predictable predictably inevitable inevitably uneasily uneasy wildly hesitant humiliation
  unhappy happy glad pleased thrilled disappointed disappointing disenchanted frustrated frustrating annoying
  painful tough harsh easy difficult hard-won costly affordable cheap trivial groundless baseless unfounded
  acrimonious bitter abyss successful unsuccessful outraged eloquent enthusiastically proud defiant crumbling fringe
  homilies deadbeats excoriating especially jovial congenial nuanced simplistic fraught`
);

for (const list of [LOADED_VERBS, LOADED_MODIFIERS, LOADED_NOUNS]) add('judgement', 1.1, list);

add(
  'intensifier',
  0.8,
  `very extremely incredibly highly utterly totally thoroughly profoundly immensely enormously hugely vastly
  terribly awfully exceedingly remarkably strikingly painfully grossly sorely downright really truly genuinely
  absolutely fairly quite rather somewhat pretty too overly insanely seriously desperately`
);

add(
  'stance',
  0.6,
  `clearly obviously surely certainly undoubtedly undeniably evidently naturally indeed frankly honestly admittedly
  fortunately unfortunately sadly thankfully luckily hopefully ironically interestingly curiously tellingly
  crucially importantly regrettably mercifully alas simply merely actually basically literally supposedly
  allegedly ostensibly purportedly anyway amazingly astonishingly shockingly unsurprisingly surprisingly
  understandably inexplicably laughably happily`
);

add(
  'hedge',
  0.9,
  `perhaps maybe probably possibly likely unlikely arguably presumably seemingly apparently conceivably
  potentially doubtless seems seem seemed appears apparent suggests suggest suggesting speculate guess`
);

add('prediction', 0.6, `might may could`);
add('prediction', 0.4, `would`);
add('prediction', 0.35, `will shall won't`);
add('hedge', 0.4, `can cannot can't somehow`);
add('stance', 0.2, `even`);

add('obligation', 1.5, `must should ought shouldn't mustn't imperative`);

add(
  'interpretation',
  1.0,
  `highlights highlight underscores underscore exemplifies exemplify epitomizes epitomises embodies embody
  symbolizes symbolises reflects illustrates signifies amounts reminiscent shorthand belies belie`
);

add('belief', 0.6, `i me my mine myself we us our ours ourselves`);
add('address', 0.5, `you your yourself`);

add('generalisation', 0.8, `everyone everybody nobody always everything nothing whatsoever countless`);

add('comparison', 0.9, `best worst better worse greatest finest`);

add(
  'attribution',
  -1.0,
  `said says told tells according reported reports announced announces stated wrote writes added adds claimed
  claims confirmed confirms declared argued argues insisted insists noted explained tweeted posted asked replied
  responded warned urged described admitted acknowledged denied alleged recalled recalls testified estimated
  estimates predicted reckons cited quoted telling saying announced remarked commented conceded contended
  stressed emphasised emphasized suggested hailed dubbed branded labelled labeled praised criticised criticized
  condemned accused blamed pledged vowed promised threatened welcomed ruled concluded`
);

export function lookupWord(lower: string): LexiconEntry | undefined {
  return table.get(lower);
}

/** Multi-word cues, matched case-insensitively on word boundaries before single words. */
export const PHRASES: { pattern: RegExp; kind: CueKind; weight: number }[] = [
  {
    pattern:
      /\bit(?:'s|’s| is| was| will be| would be| remains)\s+(?:absolutely\s+|so\s+|very\s+)?(?:crucial|imperative|essential|vital|important|necessary|critical|clear|obvious|time|high time|a shame|a pity|striking|hard to|difficult to|easy to|worth|no secret|no surprise|no wonder)\b/gi,
    kind: 'obligation',
    weight: 1.8
  },
  {
    pattern: /\b(?:need|needs|have|has)\s+to\b(?!\s+(?:do with|be\s+(?:approved|signed|ratified)))/gi,
    kind: 'obligation',
    weight: 1.1
  },
  { pattern: /\bmoral (?:obligation|duty|imperative)\b/gi, kind: 'obligation', weight: 1.6 },
  {
    pattern:
      /\b(?:is|are|was|were|deserves?) to be (?:welcomed|applauded|praised|commended|condemned|regretted|feared|celebrated|lamented)\b/gi,
    kind: 'obligation',
    weight: 1.4
  },
  { pattern: /\bscare tactics?\b/gi, kind: 'judgement', weight: 1.2 },
  { pattern: /\b(?:let's|let us|let’s)\b/gi, kind: 'imperative', weight: 1.4 },
  {
    pattern:
      /\b(?:will|would|could|may|might)\s+(?:likely|well|surely|probably|certainly|undoubtedly|inevitably)\b/gi,
    kind: 'prediction',
    weight: 1.5
  },
  {
    pattern: /\b(?:is|are|was|were)\s+(?:likely|unlikely|bound|certain|sure)\s+to\b/gi,
    kind: 'prediction',
    weight: 1.0
  },
  {
    pattern:
      /\b(?:i|we)\s+(?:think|believe|feel|suspect|doubt|hope|fear|suppose|guess|reckon|argue|contend|trust|expect|know|am sure|are sure|'m sure|’m sure)\b/gi,
    kind: 'belief',
    weight: 1.6
  },
  {
    pattern: /\bin (?:my|our) (?:view|opinion|judgment|judgement|experience)\b/gi,
    kind: 'belief',
    weight: 1.8
  },
  {
    pattern: /\b(?:feels?|felt)\s+(?:like|as if|as though|eerily|very|so|too|oddly|strangely)\b/gi,
    kind: 'hedge',
    weight: 1.4
  },
  {
    pattern: /\b(?:appears?|appeared|seems?|seemed|looks?|looked)\s+(?:to|like|as if|as though|that)\b/gi,
    kind: 'hedge',
    weight: 1.1
  },
  { pattern: /\b(?:am|is|are|'re|’re) going to\b/gi, kind: 'prediction', weight: 0.6 },
  { pattern: /\bso-called\b/gi, kind: 'judgement', weight: 1.3 },
  { pattern: /\b(?:such an?|so much|so many|too much|too many)\b/gi, kind: 'intensifier', weight: 0.5 },
  { pattern: /\bof course\b/gi, kind: 'stance', weight: 1.2 },
  { pattern: /\b(?:nothing|little) more than\b/gi, kind: 'judgement', weight: 1.4 },
  { pattern: /\bhot air\b/gi, kind: 'judgement', weight: 1.2 },
  { pattern: /\b(?:no|any) doubt\b/gi, kind: 'stance', weight: 0.9 },
  { pattern: /\bno (?:one|wonder|surprise)\b/gi, kind: 'generalisation', weight: 0.6 },
  {
    pattern: /\b(?:so|too|how)\s+(?=\w+(?:ly|ful|ous|ive|ble|ic|al|ing)\b)/gi,
    kind: 'intensifier',
    weight: 0.5
  },
  {
    pattern:
      /\b(?:most|least|more|less)\s+(?=(?:\w+ly\s+)?(?:important|significant|dangerous|effective|troubling|serious|successful|interesting|damaging|useful|valuable|worrying|energetically|toxic|powerful|influential|likely)\b)/gi,
    kind: 'comparison',
    weight: 0.7
  },
  {
    pattern: /\bthe (?:fact|truth|reality|problem|point|irony) (?:is|remains)\b/gi,
    kind: 'stance',
    weight: 1.2
  },
  {
    pattern: /\b(?:in theory|in practice|in reality|in truth|to be fair|to be sure)\b/gi,
    kind: 'stance',
    weight: 0.9
  },
  { pattern: /\bthere is no getting around\b/gi, kind: 'stance', weight: 1.4 },
  { pattern: /\b(?:you see|mind you|make no mistake|needless to say)\b/gi, kind: 'stance', weight: 1.4 },
  { pattern: /\bby the way\b/gi, kind: 'stance', weight: 0.8 },
  // Rhetorical frames: the writer steering the reader's reading, not reporting.
  {
    pattern: /\b(?:in other words|not only|more than ever|gone are the days|who else)\b/gi,
    kind: 'stance',
    weight: 0.9
  },
  {
    pattern:
      /\b(?:it(?:'s|’s| is| was) (?:also |simply |equally )?(?:true|right|wrong) (?:that|to)|(?:is|are|was|were) (?:\w+ly )?(?:right|wrong) to)\b/gi,
    kind: 'stance',
    weight: 1.2
  },
  {
    pattern: /\b(?:it is|it's|it’s) (?:my|our) hope\b|\b(?:my|our) hope is\b/gi,
    kind: 'belief',
    weight: 1.6
  },
  {
    pattern: /\bever-(?:expanding|increasing|growing|present|widening|deepening|rising)\b/gi,
    kind: 'intensifier',
    weight: 0.8
  },
  {
    pattern: /\baccording to\b/gi,
    kind: 'attribution',
    weight: -1.2
  },
  { pattern: /\b(?:per cent|percent|per capita)\b/gi, kind: 'measure', weight: -0.6 },
  {
    // "There is not a country that…", "there were no casualties": whether something exists can be checked.
    pattern: /\bthere(?:'s|’s| is| are| was| were| has been| have been)\s+(?:not|no|none)\b/gi,
    kind: 'existence',
    weight: -0.7
  }
];

/** Past forms of common news event verbs that are not regular -ed forms. */
export const IRREGULAR_PAST = new Set(
  `met won lost began begun fought led struck shot hit sent spent took taken made gave given went came fled flew
  flown held kept sold bought built brought caught chose chosen drew drawn fell fallen found got rose risen ran sat
  stood swore sworn threw thrown wore wrote written broke broken drove driven froze paid laid hid hidden sank seized
  slid spoke spoken stole tore torn withdrew withdrawn overtook undertook became sought`
    .trim()
    .split(/\s+/)
);

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?';
const SMALL_NUMBER =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|several)';
const SPAN = '(?:days?|weeks?|months?|years?|decades?|centuries|hours?|minutes?)';

/**
 * Dates, times and figures, in the order they are tried (a longer match blocks shorter ones inside it).
 * "in February 2022" pins a claim down more than "this winter"; a lone "one" is as often a pronoun
 * ("one of the least…") as a figure.
 */
export const FACT_PATTERNS: {
  pattern: RegExp;
  kind: CueKind;
  weight: number | ((text: string) => number);
}[] = [
  {
    pattern: new RegExp(
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4}\\b)?|${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+\\d{4}\\b)?)`,
      'g'
    ),
    kind: 'date',
    weight: -0.8
  },
  { pattern: /\b(?:1[5-9]\d\d|20\d\d)s?\b/g, kind: 'date', weight: -0.8 },
  {
    pattern:
      /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night))?/g,
    kind: 'date',
    weight: -0.8
  },
  {
    pattern: /\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b/gi,
    kind: 'date',
    weight: -0.7
  },
  {
    pattern: new RegExp(
      `\\b(?:(?:last|next|this|early|late|earlier|later)\\s+(?:week|month|year|decade|century|spring|summer|autumn|fall|winter|weekend|morning|night)|(?:${SMALL_NUMBER}|\\d+)\\s+${SPAN}\\s+(?:ago|later|earlier)|today|yesterday|tomorrow|tonight|overnight)\\b`,
      'gi'
    ),
    kind: 'date',
    weight: -0.5
  },
  {
    pattern:
      /[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s?(?:%|per cent|percent)/gi,
    kind: 'number',
    weight: -0.8
  },
  {
    pattern: /\d[\d,.]*(?:\s?(?:km|kg|miles?|hours?|minutes?|million|billion|trillion|bn|m)\b)?/g,
    kind: 'number',
    weight: -0.6
  },
  {
    pattern:
      /\b(?:tens|hundreds|thousands|millions|billions|dozens) of\b|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty) (?:hundred|thousand|million|billion|dozen)\b/gi,
    kind: 'number',
    weight: -0.6
  },
  {
    pattern:
      /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/gi,
    kind: 'number',
    weight: (text) => (/^one$/i.test(text) ? -0.1 : -0.3)
  },
  { pattern: /\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\b/gi, kind: 'number', weight: -0.3 }
];
