/**
 * How typed answers are read: text folded the same way on both sides, GIFT wildcards, numbers as people type them.
 * Both sides of a comparison go through the same fold, so a fold can only make two answers equal that a person would
 * read as the same answer; anything that changes the meaning (a different word, a different value) is kept.
 */

/** Typed apostrophes: phone keyboards type ’, some keyboards ´ or `; all mean '. Folded before NFKC (which splits ´). */
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4\u0060\uff07]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f]/g;
/** Invisible characters a paste can carry (zero-width space, word joiner, soft hyphen, byte order mark). */
const INVISIBLE = /[\u200b\u2060\u00ad\ufeff]/g;
/**
 * Sentence punctuation and quote marks around an answer ("Paris.", "“Paris”", "¿Paris?"). Not #, %, +, -, *, & or
 * brackets: "C#", "50%", "-5", "C++" and "AT&T" would lose their meaning.
 */
const SURROUNDING = /^[\s.,;:!?¿¡…。、"']+|[\s.,;:!?¿¡…。、"']+$/g;
/** Superscripts are exponents ("10²" is 100, not 102): written as ^ so NFKC does not make them plain digits. */
const SUPERSCRIPTS = /[\u00b2\u00b3\u00b9\u2070-\u207f]+/g;
/** Accents on Latin and Greek letters; Cyrillic й and и are different letters, so marks elsewhere are kept. */
const LATIN_GREEK_MARKS = /([\p{Script=Latin}\p{Script=Greek}])[\u0300-\u036f]+/gu;
/** Latin letters with a stroke that NFD does not split, read without it when accents do not matter. */
const STROKES: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', æ: 'ae', œ: 'oe' };

export interface AnswerTextOptions {
  /** Capital letters matter (the question's `caseSensitive`). */
  caseSensitive?: boolean;
  /** Accents matter: "Zürich" is not "Zurich" (the question's `accentsMatter`). */
  accentsMatter?: boolean;
}

/**
 * Folds typed text for comparison: apostrophes and quote marks to plain ones, Unicode compatibility forms (NFKC:
 * full-width letters, ligatures, no-break spaces), surrounding sentence punctuation and quotes dropped, runs of white
 * space to one space; unless case matters, case folded (ß as ss); unless accents matter, accents dropped.
 */
export function normalizeAnswerText(
  text: string,
  { caseSensitive = false, accentsMatter = false }: AnswerTextOptions = {}
): string {
  let t = text
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(SUPERSCRIPTS, (s) => '^' + s.normalize('NFKC'))
    .normalize('NFKC')
    // Again after NFKC, which makes primes of a triple prime (‴): a second fold must change nothing.
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"');
  if (!caseSensitive) t = t.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
  if (!accentsMatter)
    t = t
      .normalize('NFD')
      .replace(LATIN_GREEK_MARKS, '$1')
      .replace(/([еЕ])\u0308/g, '$1') // Russian writes ё as е
      .replace(/[øłđħæœ]/gi, (c) => {
        const plain = STROKES[c.toLowerCase()];
        return c === c.toLowerCase() ? plain : plain.toUpperCase();
      })
      .normalize('NFC');
  const spaced = t.replace(/\s+/g, ' ').trim();
  // An answer that is only punctuation ("?") keeps it, so it can still be matched.
  return spaced.replace(SURROUNDING, '') || spaced;
}

const patterns = new Map<string, RegExp>();

/**
 * A GIFT short answer pattern as a RegExp: `*` matches any run of characters, `\*` a literal asterisk. Compiled
 * patterns are kept (grading runs on every answer, and a question's answers rarely change).
 */
export function answerPattern(answer: string, opts: AnswerTextOptions = {}): RegExp {
  const key = `${opts.caseSensitive ? 1 : 0}${opts.accentsMatter ? 1 : 0}${answer}`;
  const known = patterns.get(key);
  if (known) return known;
  const parts = normalizeAnswerText(answer, opts).split(/(\\\*|\*)/);
  const source = parts
    .map((part) =>
      part === '*' ? '.*' : part === '\\*' ? '\\*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    )
    .join('');
  const pattern = new RegExp(`^${source}$`, 'su');
  if (patterns.size >= 1000) patterns.clear();
  patterns.set(key, pattern);
  return pattern;
}

const decimalSeparators = new Map<string, ',' | '.'>();

/** The decimal separator of a language ("de" → ",", "en" or "de-CH" → "."), "." when the language is unknown. */
export function decimalSeparator(language: string | undefined): ',' | '.' {
  if (!language) return '.';
  let sep = decimalSeparators.get(language);
  if (!sep) {
    try {
      const part = new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal');
      sep = part?.value === ',' ? ',' : '.';
    } catch {
      sep = '.'; // not a language tag
    }
    decimalSeparators.set(language, sep);
  }
  return sep;
}

/** "15%", "15 %", "15 percent", and the word in the languages packs are written in. */
const PERCENT =
  /\s*(?:%|per\s?cent|pct\.?|prozent|pour\s?cent|por\s?cento|por\s?ciento|per\s?cento|procent)$/i;
/** Groups of three after a first group of one to three digits, with one separator throughout ("1 000 000"). */
const GROUPED = /^[1-9]\d{0,2}(?:([ .,'’])\d{3})(?:\1\d{3})*$/;

/**
 * Reads a number as a learner types it, or null when it is not one (the learner is told so rather than marked
 * wrong). Accepts a leading sign, thousands separators in groups of three (space, no-break and narrow no-break
 * space, comma, dot, apostrophe), a decimal point or comma, an exponent and a trailing percent sign or word. Where
 * "1,000" or "1.000" could be either, the language decides: a thousand in English, one in German. Any other text
 * after the number (a unit) makes it unreadable, as in Moodle when the question defines no units.
 */
export function parseNumberInput(text: string, language?: string): number | null {
  const t = text
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(PERCENT, '');
  const m = /^([-+]?)\s*([\d .,'’]*?)(?:e([-+]?\d+))?$/i.exec(t);
  if (!m || !/\d/.test(m[2]) || /[ .,'’]{2}|^[ '’]|[ '’]$/.test(m[2])) return null;
  const body = m[2];
  const dec = decimalMark(body, decimalSeparator(language));
  const at = dec ? body.lastIndexOf(dec) : -1;
  const whole = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? '' : body.slice(at + 1);
  if (!/^\d*$/.test(fraction) || !(whole + fraction)) return null;
  if (/\D/.test(whole) && !GROUPED.test(whole)) return null;
  const n = Number(`${m[1]}${whole.replace(/\D/g, '') || '0'}.${fraction || '0'}e${m[3] ?? '0'}`);
  return Number.isFinite(n) ? n : null;
}

/** Which of , and . in `body` is the decimal mark, if any; the other one (or a space) groups thousands. */
function decimalMark(body: string, languageMark: ',' | '.'): ',' | '.' | null {
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas && dots) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  const mark = commas ? ',' : dots ? '.' : null;
  if (!mark || commas + dots > 1) return null; // several of one mark group thousands ("1,000,000")
  const [whole, fraction] = body.split(mark);
  // "1,000" or "1.000": a group of three after a possible first group is read the language's way.
  if (fraction.length === 3 && GROUPED.test(`${whole}${mark}${fraction}`))
    return languageMark === mark ? mark : null;
  return mark;
}
