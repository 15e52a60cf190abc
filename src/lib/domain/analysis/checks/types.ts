/**
 * The shapes the checks pass to one another: the documents they read (as given and as prepared), passages,
 * findings, and a correction on its way to becoming a finding. Data only: every rule module imports it, and it
 * imports no rule.
 */
import type { Paragraph, Sentence, TextDocument } from '../../corpus/text';
import type { Token } from '../text';

export interface Passage {
  file: string;
  text: string;
  /** Offsets into that document's text (line endings normalised to \n, as parseText does). */
  start: number;
  end: number;
  /** The document's source id and outlet, when the input gave them (for provenance in questions). */
  sourceId?: string;
  outlet?: string;
}

export interface Finding {
  kind: 'contradicted' | 'discrepancy';
  claim: Passage;
  evidence: Passage;
  /** Names the evidence: “DW reports …; Metro reports …”. */
  explanation: string;
  /** 0..1 */
  confidence: number;
  /** What the finding is about: "how long the meeting lasted". */
  topic?: string;
  /** The differing figures or wordings, when there are some. */
  claimValue?: string;
  evidenceValue?: string;
  /** Which rule found it, for reviewers. */
  rule?: string;
}

export interface CheckDocument {
  file: string;
  text: string;
  sourceId?: string;
  outlet?: string;
  /** Publication date (YYYY-MM-DD), when known: anchors "for three years" to a calendar year. */
  published?: string;
  /** Quotes already extracted from this text (offsets into it), so the generator need not find them twice. */
  quotes?: QuoteSpan[];
  /** This text already split by parseText (an Article is one), so it need not be split again. */
  parsed?: TextDocument;
  /**
   * The figures of a sentence's text (offsets into that text), as extractValues finds them: the generator
   * passes the one it shares with its question builders, so a sentence is read for figures once per pack.
   */
  figures?: (text: string) => Value[];
}

export interface QuoteSpan {
  start: number;
  end: number;
  speaker: string | null;
}

/** A sentence-sized piece of a direct quote: the unit compared across sources. */
export interface QuoteUnit {
  doc: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  tokens: Token[];
  /** Spelling keys of the tokens, for wording comparison. */
  keys: string[];
  /** Inside a headline or label line. */
  heading: boolean;
  /** Index of the quote it belongs to in its document. */
  quote: number;
  /** Index of its paragraph (a speaker repeating a phrase within one paragraph is no discrepancy). */
  paragraph: number;
  /**
   * The paragraph around the quote, without the quote (lower case, doubled letters collapsed): names a
   * speaker the quote module left unresolved.
   */
  context: string;
}

export interface Doc {
  index: number;
  file: string;
  /** Who reported it, for explanations: the outlet, else the file name. */
  label: string;
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  units: QuoteUnit[];
  /** Reference date as a fractional year, when the text or metadata gives one. */
  date?: number;
  /** See CheckDocument.figures. */
  figures?: (text: string) => Value[];
}

export interface Correction {
  doc: Doc;
  claim: Passage;
  evidence: Passage;
  rule: string;
  explanation: string;
  confidence: number;
  /** The evidence is an explicit fact-check, which also answers the same claim reported elsewhere. */
  factCheck?: boolean;
  /** A by-product that is a discrepancy rather than a correction (the same claim worded differently). */
  discrepancy?: { topic: string; claimValue: string; evidenceValue: string };
}

export type ValueKind =
  'duration' | 'count' | 'rate' | 'year' | 'date' | 'percent' | 'money' | 'clock' | 'place';

/** How the text qualifies the figure. */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'more-than' | 'less-than' | 'range' | 'vague';

export interface Value {
  kind: ValueKind;
  /** The figure as printed, with its qualifier ("nearly three hours"). */
  text: string;
  start: number;
  end: number;
  /**
   * Normalised figure: minutes for durations, events per day for rates, a plain number for counts,
   * percent and money, a fractional year for years and dates.
   */
  value: number;
  /** The range the wording allows (inclusive); equal to `value` for an exact figure. */
  min: number;
  max: number;
  qualifier: Qualifier;
  /** Counted noun ("countries", "people") or currency; the unit for durations and rates. */
  unit?: string;
}

/** A place name in running text: "in Anchorage, Alaska", "at Joint Base Elmendorf-Richardson". */
export interface Place {
  text: string;
  start: number;
  end: number;
}
