/**
 * The shapes the quote modules pass to one another: quotation-mark spans and paragraphs, sentences, name
 * mentions and people, word tokens and cue matches, and a quote's attribution. Data only, so every module of
 * the room can import it without importing another module's code.
 */

export interface MarkedSpan {
  /** Offsets of the text between the marks. */
  start: number;
  end: number;
  openMark: string;
  /** null when the quote runs to the end of its paragraph without a closing mark. */
  closeMark: string | null;
  paragraph: number;
}

export interface ParagraphSpan {
  index: number;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export interface SubjectEvent {
  at: number;
  name: string;
  info: PersonInfo | undefined;
  paragraph: number;
}

export type EntityType = 'person' | 'org' | 'unknown';

export type Gender = 'male' | 'female' | null;

export interface Mention {
  /** Offsets of the name itself (titles left out). */
  start: number;
  end: number;
  surface: string;
  /** Lower-cased title and nationality words before the name ("us", "president"). */
  titles: string[];
  type: EntityType;
  /** The mention is an owner ("Trump's video"), rarely a subject. */
  possessive: boolean;
  /** Lower-cased word just before the mention (title words skipped), '' at a sentence start. */
  before: string;
}

export interface Person {
  name: string;
  mentions: string[];
}

export interface PersonInfo {
  name: string;
  type: EntityType;
  gender: Gender;
  titles: Set<string>;
  count: number;
  mentions: Set<string>;
}

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Who a cue points at: a name mention, a pronoun, or a description such as "the Russian president". */
export type SubjectRef =
  | { kind: 'name'; mention: Mention; at: number; document?: boolean }
  | { kind: 'pronoun'; pronoun: string; at: number }
  | { kind: 'description'; words: string[]; at: number }
  /** "Trump and Putin called …": several people; the words cannot be credited to one of them. */
  | { kind: 'group'; at: number };

export interface CueMatch {
  subject: SubjectRef | null;
  /** The cue as written: "told reporters", "according to", "wrote on X". */
  cue: string;
  verb: string;
  /** Where the cue verb sits, for pronoun resolution and provenance. */
  at: number;
  /** Subject and verb with no other speaker between them: "X said: …", "…,” X said". */
  adjacent: boolean;
  /** A participle or coordinated verb ("…, adding:", "and warned") whose subject is the sentence's. */
  coordinated: boolean;
}

export interface MentionLookup {
  endingAt(offset: number): Mention | undefined;
  startingAt(offset: number): Mention | undefined;
}

export interface Attribution {
  speaker: string | null;
  cue: string | null;
  /** Offset of the cue's subject, where the speaker enters the discourse. */
  cueAt: number | null;
  confidence: number;
  /** The speaker comes from an explicit cue or a sure continuation, not a guess. */
  named: boolean;
  reported: string | null;
  /** The quote relays someone's words even if we cannot say whose. */
  relays?: boolean;
  written: boolean;
  headline: boolean;
  paragraph: number;
  /** "according to X" near a headline quote: the section's source. */
  sectionSource: { name: string; paragraph: number } | null;
}
