/**
 * The grammar of attribution around a quote: cue verbs ("said", "told reporters", "wrote on X",
 * "according to") and the subject that goes with them, on either side of the quote:
 *   “…,” Trump said. · “…,” said Don Fowler, who … · “…,” Flynn, a top surrogate, said Thursday.
 *   Trump told reporters: “…” · He added that European nations ‘…’ and warned ‘…’ · according to X, “…”
 * Works on word tokens of a range of the text; names come from the mention list (mentions.ts), its words from cue-words.ts.
 */
import {
  APPOSITION_PREPOSITIONS,
  CLAUSE_WORDS,
  DASH,
  DETERMINERS,
  DOCUMENT_NOUNS,
  INVERTIBLE,
  isAdverb,
  isCueVerb,
  isCueWord,
  PRONOUNS,
  PUNCT,
  SPEECH_VERBS,
  WRITTEN_VERBS
} from './cue-words';
import type { CueMatch, Mention, MentionLookup, SubjectRef, Word } from './types';

/** The cue phrase: the verb and a few words of object ("told reporters", "wrote on X"). */
function cuePhrase(ws: Word[], verbIndex: number, text: string): string {
  let end = verbIndex;
  for (let k = verbIndex + 1; k < ws.length && k <= verbIndex + 5; k++) {
    if (PUNCT.test(ws[k].text) || ws[k].lower === 'that') break;
    end = k;
  }
  return text.slice(ws[verbIndex].start, ws[end].end);
}

/** The subject that ends just before ws[i] (exclusive), scanning left over adverbs and an apposition. */
export function subjectBefore(ws: Word[], i: number, names: MentionLookup): SubjectRef | null {
  let k = i - 1;
  while (k >= 0 && isAdverb(ws[k].lower)) k--;
  if (k < 0) return null;
  k = skipParenthesis(ws, k);
  // "Flynn, a top Trump surrogate, said" / "Ayrault, the foreign minister of France, a member of …, said":
  // skip appositions back to the comma after the name.
  if (k >= 0 && ws[k].text === ',') {
    let c = k;
    for (let hops = 0; hops < 3 && c >= 0; hops++) {
      c--;
      while (c >= 0 && c > k - 40 && ws[c].text !== ',' && !/^[;:!?]$/.test(ws[c].text)) c--;
      if (c < 1 || ws[c].text !== ',') return null;
      const at = skipParenthesis(ws, c - 1);
      const mention = at >= 0 ? names.endingAt(ws[at].end) : undefined;
      // "the foreign minister of France," is part of the apposition, not the subject.
      // So is "the Border Office," in "Officials at the Border Office, a division of …, said": the subject is
      // the officials, whom the text does not name.
      if (mention && APPOSITION_PREPOSITIONS.has(wordBeforeNounPhrase(ws, mention))) continue;
      if (mention) return mention.possessive ? null : { kind: 'name', mention, at: mention.start };
      if (at >= 0 && PRONOUNS.has(ws[at].lower))
        return { kind: 'pronoun', pronoun: ws[at].lower, at: ws[at].start };
    }
    return null;
  }
  if (k < 0) return null;
  const mention = names.endingAt(ws[k].end);
  if (mention && !mention.possessive && isJoint(ws, k, mention, names))
    return { kind: 'group', at: mention.start };
  if (mention) return mention.possessive ? null : { kind: 'name', mention, at: mention.start };
  if (PRONOUNS.has(ws[k].lower)) return { kind: 'pronoun', pronoun: ws[k].lower, at: ws[k].start };
  // "the IMF report stated", "Ivana Trump's brief said": a document speaks for its author.
  if (DOCUMENT_NOUNS.has(ws[k].lower)) {
    for (let d = k - 1; d >= 0 && d > k - 6 && !PUNCT.test(ws[d].text); d--) {
      const owner = names.endingAt(ws[d].end) ?? names.endingAt(ws[d].end - 2);
      if (owner) return { kind: 'name', mention: owner, at: owner.start, document: true };
    }
  }
  // "the Russian president said": a description up to a determiner.
  const desc: string[] = [];
  for (let d = k; d >= 0 && d > k - 5; d--) {
    if (DETERMINERS.has(ws[d].lower))
      return desc.length ? { kind: 'description', words: desc, at: ws[d].start } : null;
    if (!/^[\p{L}.-]+$/u.test(ws[d].text)) return null;
    desc.unshift(ws[d].lower);
  }
  return null;
}

/** The word before a mention, looking past a determiner ("at the Border Office" → "at"). */
function wordBeforeNounPhrase(ws: Word[], mention: Mention): string {
  if (!DETERMINERS.has(mention.before)) return mention.before;
  let d = ws.findIndex((w) => w.start >= mention.start) - 1;
  while (d >= 0 && ws[d].lower !== mention.before) d--;
  return d > 0 ? ws[d - 1].lower : '';
}

/** "X and Y said": the name ending at ws[k] is the second of two joined names. */
function isJoint(ws: Word[], k: number, mention: Mention, names: MentionLookup): boolean {
  let and = ws.findIndex((w) => w.start >= mention.start) - 1;
  // Skip the second person's titles: "Trump and Russian President Vladimir Putin".
  for (let n = 0; n < 4 && and > 0 && /^\p{Lu}/u.test(ws[and].text) && !names.endingAt(ws[and].end); n++)
    and--;
  if (and < 1 || (ws[and].lower !== 'and' && ws[and].text !== '&')) return false;
  return !!names.endingAt(ws[and - 1].end);
}

/** Index of the word before a parenthesis that ends at ws[k] ("(R-Ohio)"), else k. */
function skipParenthesis(ws: Word[], k: number): number {
  if (k < 0 || ws[k].text !== ')') return k;
  while (k >= 0 && ws[k].text !== '(') k--;
  return k - 1;
}

/** The subject that starts at ws[i]: titles, "the", then a name, pronoun or description. */
function subjectAfter(ws: Word[], i: number, names: MentionLookup): SubjectRef | null {
  let k = i;
  if (k >= ws.length) return null;
  if (PRONOUNS.has(ws[k].lower)) return { kind: 'pronoun', pronoun: ws[k].lower, at: ws[k].start };
  for (let t = k; t < ws.length && t <= k + 6; t++) {
    const mention = names.startingAt(ws[t].start);
    if (mention) return mention.possessive ? null : { kind: 'name', mention, at: mention.start };
    if (PUNCT.test(ws[t].text)) break;
  }
  if (DETERMINERS.has(ws[k].lower)) {
    const desc: string[] = [];
    for (k = k + 1; k < ws.length && desc.length < 4 && /^[\p{L}.-]+$/u.test(ws[k].text); k++)
      desc.push(ws[k].lower);
    if (desc.length) return { kind: 'description', words: desc, at: ws[i].start };
  }
  return null;
}

/**
 * A cue right after a quote: `, he said`, ` Trump added.`, `, said Don Fowler`, `, according to X`,
 * `, Flynn, a surrogate, said`. `ws` are the words from the closing mark to the sentence end or next quote.
 */
export function cueAfter(ws: Word[], text: string, names: MentionLookup): CueMatch | null {
  let i = 0;
  while (i < ws.length && /^[,:;.!?]$/.test(ws[i].text)) i++;
  if (i >= ws.length) return null;
  const found = (subject: SubjectRef, v: number, cue?: string): CueMatch => ({
    subject,
    cue: cue ?? cuePhrase(ws, v, text),
    verb: ws[v].lower,
    at: ws[v].start,
    adjacent: true,
    coordinated: false
  });
  // "” ― Pamela Padilla": a signature after a dash.
  if (DASH.test(ws[i].text)) {
    const mention = names.startingAt(ws[i + 1]?.start ?? -1);
    return mention && !mention.possessive
      ? found({ kind: 'name', mention, at: mention.start }, i, '—')
      : null;
  }
  // Inverted: "said Trump", "says Sen. Tim Kaine".
  if (isCueVerb(ws[i].lower)) {
    const subject = subjectAfter(ws, i + 1, names);
    return subject ? found(subject, i) : null;
  }
  if (ws[i].lower === 'according' && ws[i + 1]?.lower === 'to') {
    const subject = subjectAfter(ws, i + 2, names);
    return subject ? found(subject, i, 'according to') : null;
  }
  // Subject first: find the verb within a short window, then check that the subject opens the range
  // (only titles and other name words before it: "Clinton campaign spokesman Brian Fallon said").
  for (let v = i + 1; v < ws.length && v <= i + 40; v++) {
    if (isSentenceEnd(ws, v)) break;
    if (!isCueWord(ws[v])) continue;
    const subject = subjectBefore(ws, v, names);
    if (subject && opensRange(ws, i, subject.at)) return found(subject, v);
    // A noun that looks like a verb ("one of the states suing"): the real verb may come later.
    if (subject) break;
  }
  // "“…?” Vitter demanded.": a name and a verb we do not list, ending the sentence.
  const mention = names.startingAt(ws[i].start);
  const verb = mention && ws.findIndex((w) => w.start >= mention.end);
  if (
    mention &&
    !mention.possessive &&
    verb &&
    verb > 0 &&
    /^\p{Ll}+(ed|s)$/u.test(ws[verb].text) &&
    ws.length - verb <= 6
  )
    return { ...found({ kind: 'name', mention, at: mention.start }, verb), adjacent: false };
  return trailingCue(ws, i, text, names);
}

/** "… is held accountable, Warren said.": an attribution closing the sentence after a comma. */
function trailingCue(ws: Word[], from: number, text: string, names: MentionLookup): CueMatch | null {
  for (let c = from; c < ws.length; c++) {
    if (isSentenceEnd(ws, c)) return null;
    if (ws[c].text !== ',') continue;
    for (let v = c + 2; v < ws.length && v <= c + 6; v++) {
      if (!SPEECH_VERBS.has(ws[v].lower)) continue;
      const subject = subjectBefore(ws, v, names);
      const rest = ws.slice(v + 1).findIndex((w) => /^[.;!?]$/.test(w.text));
      if (subject && opensRange(ws, c + 1, subject.at) && rest >= 0 && rest <= 5)
        return {
          subject,
          cue: cuePhrase(ws, v, text),
          verb: ws[v].lower,
          at: ws[v].start,
          adjacent: false,
          coordinated: false
        };
    }
  }
  return null;
}

/** A full stop that ends a sentence (not the one in "(D-Md.)" or "Sen."). */
function isSentenceEnd(ws: Word[], k: number): boolean {
  if (!/^[.;!?]$/.test(ws[k].text)) return false;
  const next = ws[k + 1];
  return !next || /^\p{Lu}/u.test(next.text);
}

/** The subject starts within the first words of the range, with no punctuation before it. */
function opensRange(ws: Word[], i: number, at: number): boolean {
  for (let k = i; k < ws.length && ws[k].start < at; k++) {
    if (k - i >= 6 || (PUNCT.test(ws[k].text) && ws[k].text !== '.') || CLAUSE_WORDS.has(ws[k].lower))
      return false;
  }
  return at >= ws[i].start;
}

/**
 * The cue before a quote in the same clause: the last cue verb before the opening mark and its subject.
 * `ws` are the words from the clause start to the opening mark.
 */
export function cueBefore(ws: Word[], text: string, names: MentionLookup): CueMatch | null {
  for (let v = ws.length - 1; v >= 0; v--) {
    const w = ws[v].lower;
    if (w === 'according' && ws[v + 1]?.lower === 'to') {
      // "according to DW's correspondent in Kyiv, Nick Connolly": the first non-possessive name after it.
      for (let t = v + 2; t < ws.length; t++) {
        const mention = names.startingAt(ws[t].start);
        if (mention && !mention.possessive)
          return {
            subject: { kind: 'name', mention, at: mention.start },
            cue: 'according to',
            verb: 'according',
            at: ws[v].start,
            adjacent: true,
            coordinated: false
          };
      }
      return {
        subject: null,
        cue: 'according to',
        verb: 'according',
        at: ws[v].start,
        adjacent: false,
        coordinated: false
      };
    }
    if (!isCueVerb(w) || (v > 0 && !isCueWord(ws[v]))) continue;
    // A participle's left neighbour is its object ("closes the video saying"), unless it is a name
    // ("with Trump saying"); otherwise the participle belongs to the sentence's subject.
    const left = subjectBefore(ws, v, names);
    const subject = w.endsWith('ing') && left?.kind !== 'name' ? null : left;
    const prev = ws[v - 1]?.lower;
    // A finite verb after a comma ("Officials at the agency, a division of …, said") has a subject we could not
    // name, not the sentence's: only a participle after a comma ("…, adding:") borrows the sentence's subject.
    const coordinated =
      !subject &&
      (v === 0 || prev === 'and' || prev === 'but' || prev === 'then' || prev === 'to' || w.endsWith('ing'));
    // A noun that looks like a verb ("late-night tweets", "news reports"): keep looking left.
    // "Said Ellis: “…”": the verb opens the clause and the name follows it.
    const opensClause = v === 0 || /^[.;:]$/.test(prev ?? '');
    const inverted = !subject && opensClause && INVERTIBLE.has(w) ? subjectAfter(ws, v + 1, names) : null;
    if (inverted)
      return { subject: inverted, cue: w, verb: w, at: ws[v].start, adjacent: true, coordinated: false };
    if (!subject && !coordinated) continue;
    return {
      subject,
      cue: cuePhrase(ws, v, text),
      verb: w,
      at: ws[v].start,
      adjacent: !!subject,
      coordinated
    };
  }
  return null;
}

/**
 * "Trump said Putin told him “…”": a speech verb whose subject is itself the object of an earlier
 * speech verb. Returns the outer subject (the actual speaker) when the chain is found.
 */
export function outerSpeaker(ws: Word[], inner: CueMatch, names: MentionLookup): SubjectRef | null {
  if (!inner.subject) return null;
  let k = ws.findIndex((w) => w.start >= inner.subject!.at) - 1;
  if (k < 0) return null;
  if (ws[k].lower === 'that') k--;
  if (k < 0 || !SPEECH_VERBS.has(ws[k].lower) || WRITTEN_VERBS.has(ws[k].lower)) return null;
  return subjectBefore(ws, k, names);
}
