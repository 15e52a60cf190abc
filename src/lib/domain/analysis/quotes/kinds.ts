/**
 * What kind of quotation a span is: speech, a written post, a programme title, or a fragment (a scare
 * quote or label: under four words, or no verb). Only clauses with a verb make "Who said this?" items.
 */
import { moreWordsThan, words } from '../text';

const AUXILIARIES = new Set(
  (
    'is are was were be been being am have has had do does did will would shall should can could may might ' +
    'must ought need needs gotta gonna wanna'
  ).split(' ')
);

/** Common verbs whose present or past forms do not end in -ed / -ing. */
const COMMON_VERBS = new Set(
  (
    'say says think thinks know knows want wants get gets got make makes made go goes went gone take takes ' +
    'took taken see sees saw seen come comes came give gives gave given find finds found tell tells told ' +
    'feel feels felt leave leaves left keep keeps kept let lets put puts mean means meant become becomes became ' +
    'show shows hear hears heard run runs ran hold holds held bring brings brought begin begins began write ' +
    'writes wrote sit sits sat stand stands stood lose loses lost pay pays paid meet meets met lead leads led ' +
    'understand understands understood win wins won buy buys bought send sends sent build builds built fall ' +
    'falls fell cut cuts sell sells sold speak speaks spoke spoken spend spends spent grow grows grew rise ' +
    'rises rose hope hopes like likes love loves believe believes try tries work works look looks seem seems ' +
    'help helps call calls ask asks live lives stop stops agree agrees allow allows happen happens change ' +
    'changes matter matters care cares deserve deserves fight fights thank thanks wish wishes sleep deal ' +
    'deals stay stays move moves play plays turn turns start starts end ends act acts serve serves support ' +
    'supports hurt hurts fix fixes face faces ' +
    'wants needs exists remains includes involves requires means'
  ).split(' ')
);

const DETERMINERS = new Set(
  'a an the this that these those his her its our their my your every each no some any'.split(' ')
);
const IS_FOLLOWERS = new Set(
  'a an the not very so too just still always never going been got gone really'.split(' ')
);
const NOT_VERBS_AFTER_PRONOUN = new Set(
  'and or all both too alone two three people guys who that not only just'.split(' ')
);
const SUBJECT_PRONOUNS =
  /\b(i|we|you|he|she|they|it|this|that|there|who|which|nobody|everyone|everybody|somebody|nothing)\b/;
const PLURAL_OR_FIRST_PERSON = new Set(['i', 'we', 'you', 'they']);
const NON_VERB_ING = new Set([
  'thing',
  'nothing',
  'something',
  'anything',
  'everything',
  'during',
  'morning',
  'evening',
  'king',
  'ring',
  'spring',
  'string',
  'wing',
  'building',
  'meeting',
  'funding',
  'ceiling',
  'wedding',
  'feeling',
  'hearing',
  'briefing',
  'bring',
  'sibling'
]);
const NON_VERB_ED = new Set([
  'red',
  'bed',
  'need',
  'speed',
  'seed',
  'feed',
  'indeed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'ted',
  'fed',
  'shed',
  'breed',
  'greed',
  'creed'
]);

/** Lower-cased words of a text: letters and digits, with letters after an apostrophe ("we’re" is one word). */
export function quoteWords(text: string): string[] {
  return words(text.toLowerCase(), { numberParts: false });
}

/** Number of words as a reader counts them. */
export const wordCount = (text: string): number => quoteWords(text).length;

/** A rough test for a finite verb: auxiliaries, contractions, common verbs, -ed forms, subject + -s verb. */
export const hasVerb = (text: string): boolean => hasVerbIn(quoteWords(text));

/** hasVerb for the words of a text (quoteWords), when the caller has them already. */
export function hasVerbIn(ws: string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const raw = ws[i];
    // Most words have no apostrophe: the contraction tests are for the few that do.
    const apostrophe = raw.includes("'") || raw.includes('’');
    if (apostrophe) {
      // Contractions: "we're", "don't"; "'s" only after pronouns ("it's"), since "Russia's plan" is possessive.
      if (
        /['’](re|ve|ll|d|m)$|n['’]t$/.test(raw) ||
        /^(it|that|there|he|she|what|who|here|where|let)['’]s$/.test(raw)
      )
        return true;
      // "Russia's a very big power": 's before an article or adverb is "is".
      if (/['’]s$/.test(raw) && IS_FOLLOWERS.has(ws[i + 1] ?? '')) return true;
    }
    const w = apostrophe ? raw.replace(/['’].*$/, '') : raw;
    if (AUXILIARIES.has(w)) return true;
    // After a determiner a participle is an adjective: "a lost decade", "the elected officials".
    if (i > 0 && DETERMINERS.has(ws[i - 1])) continue;
    if (COMMON_VERBS.has(w)) return true;
    if (w.length > 4 && w.endsWith('ed') && !NON_VERB_ED.has(w)) return true;
    if (w.length > 5 && w.endsWith('ing') && !NON_VERB_ING.has(w) && i > 0 && AUXILIARIES.has(ws[i - 1]))
      return true;
    if (i > 0 && w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && SUBJECT_PRONOUNS.test(ws[i - 1]))
      return true;
    // "we expect", "they want": a plural or first-person pronoun followed by a content word.
    if (i > 0 && PLURAL_OR_FIRST_PERSON.has(ws[i - 1]) && !NOT_VERBS_AFTER_PRONOUN.has(w)) return true;
  }
  return false;
}

/** Title-like: every word capitalised and short, right after a possessive or a word such as "show". */
export function looksLikeTitle(quoteText: string, before: string): boolean {
  if (moreWordsThan(quoteText, 6)) return false;
  const ws = quoteText.trim().split(/\s+/);
  if (ws.length > 6 || !ws.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(of|the|and|a|in|on|for|to)$/.test(w)))
    return false;
  return /(['’]s\s*|\b(show|programme|program|series|book|film|movie|documentary|newspaper|magazine|titled|entitled|column|podcast)\s*)$/i.test(
    before
  );
}
