/**
 * Direct quotations in a news text and who said them. Quote spans come from marks.ts; the cue
 * grammar from speakers.ts; names from mentions.ts and coreference from people.ts; pronouns from context.ts.
 * A quote becomes a "Who said this?" question only when the answer key is certain: an explicit cue with a
 * named or unambiguously resolved speaker, a clause of 4+ words, not reported speech, not a headline.
 */
import { isChromeLine } from '../../corpus/boilerplate';
import { attribute, isHeadline } from './attribution';
import { Discourse, sentenceIndexAt, sentencesOf } from './context';
import { hasVerbIn, looksLikeTitle, quoteWords } from './kinds';
import { findMarkedSpans, splitLines } from './marks';
import { mentionsBetween } from './mentions';
import { peopleOf } from './people';
import type { Attribution, MarkedSpan, Mention, ParagraphSpan, Sentence } from './types';

export interface Quote {
  /** Exactly what stands between the marks. */
  text: string;
  start: number;
  end: number;
  openMark: string;
  closeMark: string | null;
  /** Full name as the article gives it ("Donald Trump"); null when nobody or unknown. */
  speaker: string | null;
  /** "said", "told reporters", "according to", …; null for continuations and headlines. */
  cue: string | null;
  kind: 'speech' | 'fragment' | 'written' | 'title';
  /** Person whose words are relayed, when the speaker quotes someone else. */
  reported: string | null;
  /** 0..1 in the speaker. */
  confidence: number;
  /** Good enough for a "Who said this?" question. */
  question: boolean;
  /** The sentence (or passage) around the quote, for provenance excerpts. */
  sentence: { start: number; end: number };
}

/** Below this confidence in the speaker, a quote never becomes a question. */
export const QUESTION_CONFIDENCE = 0.8;

export function extractQuotes(text: string): Quote[] {
  const paragraphs = splitLines(text)
    .filter((p) => !isChromeLine(text.slice(p.start, p.end)))
    .map((p, index) => ({ ...p, index }));
  const spansByParagraph = paragraphs.map((p) => findMarkedSpans(text, p));
  // A plain loop: Array.prototype.flat is a slow generic path in V8.
  const spans: MarkedSpan[] = [];
  for (const pSpans of spansByParagraph) for (const span of pSpans) spans.push(span);
  const { mentions: allMentions, index: people } = peopleOf(text);
  const mentions = outsideQuotes(allMentions, spans);
  const discourse = new Discourse(people);
  const quotes: Quote[] = [];
  const attributions: Attribution[] = [];

  paragraphs.forEach((paragraph, pi) => {
    const pSpans = spansByParagraph[pi];
    const sentences = sentencesOf(text, paragraph, pSpans);
    const pMentions = mentionsBetween(mentions, paragraph.start, paragraph.end);
    const headline = pSpans.length > 0 && isHeadline(text, paragraph, paragraphs);
    let si = 0;
    pSpans.forEach((span, k) => {
      // Sentences up to and including the quote's own: its subject may be the speaker ("X, adding: …").
      while (si < sentences.length && sentences[si].start < span.start)
        discourse.observeSentence(text, sentences[si++], pMentions);
      const sentence = sentences[Math.max(0, sentenceIndexAt(sentences, span.start - 1))];
      const found = attribute({
        text,
        span,
        index: quotes.length,
        previous: pSpans[k - 1] ?? null,
        next: pSpans[k + 1] ?? null,
        paragraph,
        paragraphs,
        sentence,
        sentences,
        mentions,
        people,
        discourse,
        earlier: attributions,
        spansByParagraph,
        headline
      });
      if (found.speaker && found.cueAt !== null)
        discourse.observeSpeaker(found.speaker, found.cueAt, paragraph.index);
      attributions.push(found);
      // An unclosed quote is a paragraph continuation only if the next paragraph reopens it; otherwise the
      // mark was stray and the "quote" may be the reporter's own words.
      const nextParagraph = paragraphs[pi + 1];
      if (span.closeMark === null && !(nextParagraph && /^["“‘'«„]/.test(text[nextParagraph.start])))
        found.confidence = Math.min(found.confidence, 0.6);
      quotes.push(toQuote(text, span, found, paragraph, sentence));
    });
    while (si < sentences.length) discourse.observeSentence(text, sentences[si++], pMentions);
  });
  resolveHeadlines(quotes, attributions, paragraphs);
  return quotes;
}

/** Mentions that stand outside quotation marks (names inside quotes are not the narrative's subjects). */
function outsideQuotes(mentions: Mention[], spans: MarkedSpan[]): Mention[] {
  const out: Mention[] = [];
  let s = 0;
  for (const m of mentions) {
    while (s < spans.length && spans[s].end < m.start) s++;
    if (s < spans.length && m.start >= spans[s].start && m.start < spans[s].end) continue;
    out.push(m);
  }
  return out;
}

function toQuote(
  text: string,
  span: MarkedSpan,
  a: Attribution,
  paragraph: ParagraphSpan,
  sentence: Sentence
): Quote {
  const quoted = text.slice(span.start, span.end);
  const before = text.slice(
    Math.max(paragraph.start, span.start - 41),
    Math.max(paragraph.start, span.start - 1)
  );
  // Split once: both the word count and the verb test need the words.
  const quotedWords = quoteWords(quoted);
  const words = quotedWords.length;
  let kind: Quote['kind'];
  if (looksLikeTitle(quoted, before)) kind = 'title';
  // A whole short post ("‘HIGH STAKES!!!’ on Truth Social") is still a post, not a scare quote.
  else if (a.written && /^\s*\p{Lu}/u.test(quoted) && /[.!?]$/.test(quoted.trim())) kind = 'written';
  else if (words < 4 || !hasVerbIn(quotedWords)) kind = 'fragment';
  else kind = a.written ? 'written' : 'speech';
  const speaker = kind === 'title' ? null : a.speaker;
  // A partial quote woven into the reporter's sentence needs more words to stand on its own.
  const partial = /^\s*\p{Ll}/u.test(quoted);
  // "According to a newspaper, the spokesman said …": the article relays another source's report of the words, so
  // who said them is second-hand; the quote stays a quote but asks no "Who said this?".
  const secondHand =
    a.cue !== 'according to' &&
    /\baccording to\b/i.test(text.slice(sentence.start, Math.max(sentence.start, span.start)));
  const question =
    (kind === 'speech' || kind === 'written') &&
    !!speaker &&
    a.named &&
    !a.reported &&
    !a.relays &&
    !secondHand &&
    // A headline quote counts only as a whole sentence whose own cue names the speaker ("‘…,’ Trump says");
    // partial headline quotes are often trimmed.
    (!a.headline || (a.cue !== null && a.confidence >= 0.95 && !partial)) &&
    a.confidence >= QUESTION_CONFIDENCE &&
    words >= (partial ? 6 : 4);
  return {
    text: quoted,
    start: span.start,
    end: span.end,
    openMark: span.openMark,
    closeMark: span.closeMark,
    speaker,
    cue: kind === 'title' ? null : a.cue,
    kind,
    reported: a.reported,
    confidence: speaker ? a.confidence : 0,
    question,
    sentence: { start: Math.min(sentence.start, span.start - 1), end: Math.max(sentence.end, span.end) }
  };
}

/**
 * Headline pull-quotes with no cue of their own ('Putin is in no hurry to end this war') come from the
 * section they head: credit the first speaker named below it. Never a question: the wording may differ.
 */
function resolveHeadlines(quotes: Quote[], attributions: Attribution[], paragraphs: ParagraphSpan[]) {
  quotes.forEach((q, i) => {
    const a = attributions[i];
    if (!a.headline || q.speaker || q.kind === 'title') return;
    const p = a.paragraph;
    for (let j = i + 1; j < quotes.length; j++) {
      const b = attributions[j];
      if (b.paragraph > p + 4 || (b.headline && b.paragraph !== p)) break;
      if (quotes[j].speaker && b.named && !b.headline) {
        q.speaker = quotes[j].speaker;
        q.confidence = 0.5;
        return;
      }
    }
    if (
      a.sectionSource &&
      a.sectionSource.paragraph <= p + 2 &&
      a.sectionSource.paragraph < paragraphs.length
    ) {
      q.speaker = a.sectionSource.name;
      q.confidence = 0.5;
    }
  });
}
