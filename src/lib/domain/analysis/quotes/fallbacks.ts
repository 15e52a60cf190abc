/**
 * Fallbacks for quotes without a usable cue: the speaker a quote continues, a colon introduction, the
 * sentence subject of a woven-in quote, a headline's source, and reported speech inside the quote.
 * Each returns null when it cannot say; guesses carry a confidence below the question threshold.
 */
import type { AttributionInput } from './attribution-input';
import { PREPOSITIONS, sentenceIndexAt } from './context';
import { isCueVerb, words } from './cue-words';
import { PLACE_WORDS } from './lexicon';
import { mentionsBetween } from './mentions';
import type { Attribution, MentionLookup, Word } from './types';

/**
 * "Reid has gone after Trump as a “human leech …”": no cue verb, but a quote woven into a sentence is
 * most often its subject's wording. A guess: never a question.
 */
export function sentenceSubject(input: AttributionInput, base: Attribution): Attribution | null {
  const { text, sentence, span, people } = input;
  let from = sentence.start;
  const head = text.slice(sentence.start, span.start);
  const intro =
    /^(?:(?:as|when|while|after|before|although|though|if|since|because|once|until|in|on|at|during|for|with)\b[^,“"‘]{0,80},\s*)/i.exec(
      head
    );
  if (intro) from += intro[0].length;
  const first = mentionsBetween(input.mentions, from, span.start)[0];
  if (!first || first.possessive || PREPOSITIONS.has(first.before) || first.start > from + 40) return null;
  // "The New York businessman says …": a place used as an adjective is not the subject.
  const adjective =
    /^(the|a|an)$/.test(first.before) && /^\s*\p{Ll}/u.test(text.slice(first.end, first.end + 2));
  if (adjective && isPlace(first.surface)) return null;
  if (/\b(that|which|who|because|when|if)\b/i.test(text.slice(first.end, span.start))) return null;
  return {
    ...base,
    speaker: people.canonical(first),
    cue: null,
    cueAt: first.start,
    confidence: 0.6,
    named: false
  };
}

const isPlace = (name: string) => name.split(' ').some((w) => PLACE_WORDS.has(w.toLowerCase()));

/** "Democratic Sen. Claire McCaskill scolded him: “…”": the sentence's subject introduces the quote. */
export function colonIntroduction(input: AttributionInput, base: Attribution): Attribution | null {
  const event = input.discourse.subjectWithin(input.sentence, input.span.start);
  if (!event) return null;
  return { ...base, speaker: event.name, cue: null, cueAt: event.at, confidence: 0.85, named: true };
}

/**
 * "Olaf Richter met Anna Kovac. … she said": no subject fits the pronoun's gender, but a person named
 * as an object nearby does. A guess, below the question threshold.
 */
export function genderedObject(
  input: AttributionInput,
  pronoun: string,
  at: number
): { name: string; confidence: number } | null {
  const want = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  if (!want) return null;
  const from = Math.max(input.paragraphs[Math.max(0, input.paragraph.index - 1)].start, at - 2000);
  const candidates = mentionsBetween(input.mentions, from, at);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const name = input.people.canonical(candidates[i]);
    if (input.people.info(name)?.gender === want) return { name, confidence: 0.7 };
  }
  return null;
}

/**
 * A quote with no cue continues the speaker before it: the previous quote in the same paragraph, or the
 * last quote of the previous paragraph when this paragraph opens with the quote.
 */
export function continuation(
  input: AttributionInput,
  base: Attribution,
  afterWords: Word[]
): Attribution | null {
  const { text, span, paragraph, earlier } = input;
  const prev = earlier[earlier.length - 1];
  // A signature ("” ― Carla Ruiz") closes its quote; the next one belongs to someone else.
  if (!prev?.speaker || prev.cue === '—') return null;
  // A cue right after the quote that we could not resolve still says someone new is speaking.
  if (afterWords.slice(0, 8).some((w) => isCueVerb(w.lower))) return null;
  if (input.previous) {
    // Someone else becoming the subject of a sentence between the two quotes breaks the chain.
    const from = input.previous.end + 1;
    const first = sentenceIndexAt(input.sentences, from - 1) + 1;
    const last = sentenceIndexAt(input.sentences, span.start - 1);
    const other = input.sentences.slice(first, last + 1).some((s) => {
      if (s.start < from || s.start >= span.start) return false;
      const first = mentionsBetween(input.mentions, s.start, Math.min(s.end, span.start))[0];
      if (!first || first.possessive || PREPOSITIONS.has(first.before)) return false;
      const name = input.people.canonical(first);
      return name !== prev.speaker && input.people.info(name)?.type !== 'org';
    });
    if (other) return null;
    return {
      ...base,
      speaker: prev.speaker,
      cue: prev.cue,
      cueAt: null,
      confidence: Math.min(prev.confidence, 0.9),
      named: prev.named,
      reported: prev.reported
    };
  }
  const opensParagraph = !text.slice(paragraph.start, span.start - 1).trim();
  if (!opensParagraph || prev.paragraph !== paragraph.index - 1) return null;
  const prevSpans = input.spansByParagraph[prev.paragraph];
  const last = prevSpans[prevSpans.length - 1];
  const prevParagraph = input.paragraphs[prev.paragraph];
  // The previous paragraph must end with (the sentence of) its last quote.
  const tail = text.slice(last.closeMark ? last.end + 1 : last.end, prevParagraph.end);
  if (tail.length > 120 || /[.!?]\s+\p{Lu}[^.!?]*[.!?]\s*$/u.test(tail)) return null;
  const unclosed = last.closeMark === null;
  return {
    ...base,
    speaker: prev.speaker,
    cue: null,
    confidence: Math.min(prev.confidence, unclosed ? 0.9 : 0.85),
    named: prev.named,
    reported: prev.reported
  };
}

/** "Putin: Ukraine war ‘would not have happened’ under Trump": a name and a colon lead the headline. */
export function headlineSpeaker(
  input: AttributionInput,
  beforeWords: ReturnType<typeof words>,
  names: MentionLookup,
  base: Attribution
): Attribution | null {
  const colon = beforeWords.findIndex((w) => w.text === ':');
  if (colon <= 0) return null;
  const mention = names.endingAt(beforeWords[colon - 1].end);
  if (!mention || mention.start !== beforeWords[0].start) return null;
  return { ...base, speaker: input.people.canonical(mention), cue: null, confidence: 0.6, named: false };
}

/** "… according to DW's correspondent in Kyiv, Nick Connolly." in the paragraphs under a headline. */
export function accordingToBelow(input: AttributionInput): { name: string; paragraph: number } | null {
  const { text, paragraphs, paragraph } = input;
  for (const p of paragraphs.slice(paragraph.index + 1, paragraph.index + 3)) {
    const body = text.slice(p.start, p.end);
    const at = body.search(/\baccording to\b/i);
    if (at < 0) continue;
    const names = mentionsBetween(input.mentions, p.start + at, p.end).filter((m) => !m.possessive);
    const person = names.find((m) => input.people.info(input.people.canonical(m))?.type === 'person');
    if (person) return { name: input.people.canonical(person), paragraph: p.index };
  }
  return null;
}

/** Reported speech whose source the quote does not name ("And he said …" with no earlier relay). */
export const SOMEONE = 'someone';

const RELAY =
  /^(?:[^;:]{0,40}?\b)?(?:when\s+|as\s+)?((?:\p{Lu}[\p{L}'’.-]*\s?){1,4}|he|she)(?:,[^,]{1,40},)?\s+(?:also\s+|once\s+|then\s+)?(said|says|told|tells|claimed|claims|asked|asks|insisted|insists|promised|wrote|writes)\b/u;

/** The verb RELAY ends with, after whitespace: a quote without one cannot match it. */
const RELAY_VERB =
  /\s(?:said|says|told|tells|claimed|claims|asked|asks|insisted|insists|promised|wrote|writes)\b/u;

/**
 * A quote that itself relays someone else's words, near its start: "Vladimir Putin, smart guy, said you
 * can't …", "Today, when President Trump says …", "And he said there's not …".
 */
export function relayedInside(input: AttributionInput, speaker: string): string | null {
  const { text, span, people, earlier } = input;
  const head = text.slice(span.start, Math.min(span.end, span.start + 120));
  // RELAY needs one of its verbs after a space; most quotes have none, and the full pattern backtracks.
  if (!RELAY_VERB.test(head)) return null;
  const m = RELAY.exec(head);
  if (!m) return null;
  const who = m[1].trim();
  if (/^(he|she)$/i.test(who)) {
    const recent = earlier
      .slice(-3)
      .reverse()
      .find((a) => a.reported);
    return recent?.reported ?? SOMEONE;
  }
  const bare = who.replace(/^(President|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.?|Rep\.?|Gov\.?)\s+/, '');
  const name = people.resolve(bare);
  const info = name ? people.info(name) : people.info(bare);
  if (!info || info.type === 'org') return null;
  return info.name === speaker ? null : info.name;
}
