/** Turns the cues behind a fact/opinion label into one or two plain sentences a student can follow. */
import type { Cue } from './types';

const SAYS: Record<string, (q: string) => string> = {
  judgement: (q) => `${q} is a judgement`,
  intensifier: (q) => `${q} strengthens a judgement`,
  obligation: (q) => `${q} says what ought to happen`,
  prediction: (q) => `${q} looks ahead or imagines, which no evidence can settle yet`,
  hedge: (q) => `${q} hedges: it gives an impression, not a finding`,
  belief: (q) => `${q} voices the writer's own view`,
  address: (q) => `${q} talks to the reader`,
  question: () => `it asks a question instead of stating something`,
  exclamation: () => `the exclamation mark shows feeling`,
  comparison: (q) => `${q} ranks things by value`,
  imperative: (q) => `${q} tells the reader what to do`,
  stance: (q) => `${q} shows the writer's attitude`,
  interpretation: (q) => `${q} interprets rather than reports`,
  'scare-quote': (q) => `the quotation marks around ${q} keep a distance from the word`,
  generalisation: (q) => `${q} sweeps everything into one claim`,
  date: (q) => `${q} is a date that can be checked`,
  number: (q) => `${q} is a figure that can be checked`,
  measure: (q) => `${q} is a measurement that can be checked`,
  attribution: (q) => `${q} reports what a source said, which can be checked`,
  quote: () => `the quotation records someone's own words`,
  existence: (q) => `${q} says whether something exists, which can be checked`,
  event: (q) => `${q} reports an event`,
  name: (q) => `${q} names who or where`
};

const quoteOf = (cue: Cue) => `‘${cue.text.length > 40 ? cue.text.slice(0, 37) + '…' : cue.text}’`;

function describe(cues: Cue[], limit: number, capitalise = true): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const cue of [...cues].sort((a, b) => b.weight - a.weight)) {
    if (parts.length >= limit) break;
    const key = `${cue.kind}:${cue.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push((SAYS[cue.kind] ?? ((q: string) => `${q} is a ${cue.kind} cue`))(quoteOf(cue)));
  }
  const text = parts.join('; ');
  return capitalise ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function explain(
  label: 'fact' | 'opinion' | 'unsure',
  cues: Cue[],
  opinion: number,
  fact: number
): string {
  const forOpinion = cues.filter((c) => c.leaning === 'opinion');
  const forFact = cues.filter((c) => c.leaning === 'fact');
  if (label === 'opinion') {
    const tail = fact >= 0.6 ? ` It also has checkable details (${describe(forFact, 1, false)}).` : '';
    if (!forOpinion.length)
      return 'Leans opinion: it names no figure, date, source or event that evidence could check, though no single word gives a judgement away.';
    return `Opinion. ${describe(forOpinion, 3)}.${tail}`;
  }
  if (label === 'fact') {
    const why = forFact.length
      ? `${describe(forFact, 3)}.`
      : 'It states something that evidence could prove or disprove, with no judgement words.';
    const tail = opinion >= 0.6 ? ` Some words lean the other way (${describe(forOpinion, 1, false)}).` : '';
    return `Fact (checkable). ${why}${tail}`;
  }
  if (!forOpinion.length && !forFact.length) return 'Unsure: the sentence has no clear sign either way.';
  const parts = [
    forOpinion.length ? describe(forOpinion, 2) : '',
    forFact.length ? describe(forFact, 2) : ''
  ];
  return `Unsure: the signs are mixed. ${parts.filter(Boolean).join('. ')}.`;
}
