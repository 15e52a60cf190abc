/**
 * The words of attribution: speech and label verbs, the small words around a subject, and the word tokens a cue is read from.
 */
import { isSpaceAt, letterOrDigitAt, wordRunEnd } from '../text';
import type { Word } from './types';

export const SPEECH_VERBS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding reply replies replied replying ' +
    'respond responds responded responding insist insists insisted insisting claim claims claimed claiming ' +
    'warn warns warned warning stress stresses stressed stressing explain explains explained explaining ' +
    'note notes noted noting argue argues argued arguing ask asks asked asking state states stated ' +
    'declare declares declared declaring continue continues continued continuing conclude concludes concluded ' +
    'recall recalls recalled recalling acknowledge acknowledges acknowledged admit admits admitted admitting ' +
    'announce announces announced announcing observe observes observed remark remarks remarked suggest ' +
    'suggests suggested suggesting predict predicts predicted promise promises promised promising vow vows ' +
    'vowed urge urges urged urging complain complains complained complaining quip quips quipped joke jokes ' +
    'joked shout shouts shouted yell yells yelled exclaim exclaimed boast boasts boasted lament laments ' +
    'lamented concede concedes conceded counter counters countered caution cautions cautioned emphasize ' +
    'emphasizes emphasized emphasise emphasised maintain maintains maintained muse mused pledge pledged ' +
    'proclaim proclaimed reiterate reiterates reiterated repeat repeated confirm confirms confirmed deny ' +
    'denies denied testify testified answer answered agree agrees agreed begin beginning began chimed ' +
    'thundered spoke speaks speaking assured assure contended contend charged alleged allege estimated ' +
    'wondered mentioned reported reports reporting acknowledging explained recounted recounts ' +
    'wrote writes write writing post posts posted posting tweet tweets tweeted tweeting texted emailed ' +
    'demand demands demanded asserted asserts retorted snapped whispered bragged groused objected protested ' +
    'threatened confessed scoffed sighed laughed chanted sang sings reasoned hinted interjected'
  ).split(' ')
);

/** Verbs that label rather than quote speech: "called the talks “useful”". */
const LABEL_VERBS = new Set(
  'call calls called calling describe describes described describing dub dubs dubbed label labels labeled labelled referred refers term termed blasted slammed branded'.split(
    ' '
  )
);

export const WRITTEN_VERBS = new Set(
  'wrote writes write writing post posts posted posting tweet tweets tweeted tweeting texted emailed'.split(
    ' '
  )
);

/** Words that may stand between a subject and its verb: adverbs, auxiliaries, time words. */
const BETWEEN = new Set(
  (
    'also then later again once previously recently repeatedly reportedly simply further initially earlier ' +
    'quickly just flatly never often always frequently first finally has had have was were is are would ' +
    'will could may might did does do had has then today yesterday tonight monday tuesday wednesday ' +
    'thursday friday saturday sunday last this week night morning afternoon evening on not only'
  ).split(' ')
);

export const APPOSITION_PREPOSITIONS = new Set([
  'of',
  'for',
  'at',
  'in',
  'from',
  'with',
  'on',
  'to',
  'by',
  'and',
  'or'
]);
/** Texts that "say" things on behalf of their author. */
export const DOCUMENT_NOUNS = new Set(
  'report statement memo letter document website brief filing release complaint lawsuit ad advert study survey poll analysis'.split(
    ' '
  )
);

/** Words that start a new clause: a subject after them is not the quote's attributor. */
export const CLAUSE_WORDS = new Set(
  'and but or so then as while because that which who whom when if after before although though since where until'.split(
    ' '
  )
);
/** Verbs that may come before their subject at the start of a clause ("Said Ellis: …"). */
export const INVERTIBLE = new Set(
  'said says added adds asked asks wrote writes replied continued explained'.split(' ')
);
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'one', 'another']);
export const PUNCT = /^[,:;.!?—–―()]$/;
export const DASH = /^[—–―-]$/;
const ABBREVIATION =
  /^(\p{L}\.)+$|^(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|prof|rev|st|jr|sr|maj|cmdr|del|hon|fr|msgr|sec|supt|atty)\.$/iu;
const PUNCTUATION_TOKENS = ',:;.!?—–―()';

/**
 * Word and punctuation tokens of text[from, to): a letter or digit followed by letters, digits and ' ’ . -;
 * one of , : ; . ! ? — – ― ( ); or a hyphen standing alone between spaces. Scanned by hand: it runs around
 * every quote, where the equivalent Unicode regex was a visible cost.
 */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const first = letterOrDigitAt(text, i);
    if (!first) {
      // Spaces are most of what lies between words.
      if (text.charCodeAt(i) !== 32) {
        const c = text[i];
        if (PUNCTUATION_TOKENS.includes(c) || (c === '-' && isSpaceAt(text, i - 1) && isSpaceAt(text, i + 1)))
          out.push({ text: c, lower: c, start: i, end: i + 1 });
      }
      i++;
      continue;
    }
    const start = i;
    i += first;
    i = wordRunEnd(text, i);
    let t = text.slice(start, i);
    // A full stop belongs to abbreviations and initials only; otherwise it is a token of its own.
    const dot = t.length > 1 && t.endsWith('.') && !ABBREVIATION.test(t);
    if (dot) t = t.slice(0, -1);
    if (start + t.length > to) break;
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length });
    if (dot) out.push({ text: '.', lower: '.', start: start + t.length, end: start + t.length + 1 });
  }
  return out;
}

export const isCueVerb = (w: string) => SPEECH_VERBS.has(w) || LABEL_VERBS.has(w);
/** A cue verb as written: lower case ("said"), not a name or title word ("United States", "Says Who"). */
export const isCueWord = (w: Word) => isCueVerb(w.lower) && w.text[0] === w.lower[0];
export const isLabelVerb = (w: string) => LABEL_VERBS.has(w);
export const isAdverb = (w: string) => BETWEEN.has(w) || (w.length > 4 && w.endsWith('ly'));
