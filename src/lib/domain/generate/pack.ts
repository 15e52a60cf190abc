/**
 * The pack assembler: analyses the articles, runs every builder, drops near-duplicate questions, balances the
 * "Who said this?" answer keys and validates the result. Framework-free: it runs in the CLI, in tests and in a
 * browser Web Worker (for a teacher's pasted article).
 */
import { extractValues, type Value } from '../analysis';
import { articleToSource, type Article } from '../corpus/article';
import { GENERATED_TYPES, PACK_FORMAT, PACK_VERSION, type Pack } from '../packs/schema';
import { validatePack } from '../packs/validate';
import { balanceAttribution, buildAttribution } from './attribution';
import { buildAlteredDetail } from './altered-detail';
import { defaultAnalyzers } from './analyzers';
import { buildDiscrepancy } from './discrepancy';
import { balanceFactOpinion, buildFactOpinion } from './fact-opinion';
import { NearDuplicates, outletName, words } from './passage';
import { buildHoldsUp, withHoldsUp } from './holds-up';
import { buildSpotError } from './spot-error';
import type { Analyzers, BuildContext, QuestionCandidate, ProgressEvent } from './types';

export const GENERATOR_NAME = 'sourcewise-generator/1';
/** Below this confidence in the answer key, nothing becomes a question. */
export const DEFAULT_MIN_CONFIDENCE = 0.7;

export interface GenerateOptions {
  id: string;
  title: string;
  description?: string;
  seed: number;
  /** Other articles of the same story: distractors, cross-article checks and the altered-detail safety check. */
  related?: Article[];
  minConfidence?: number;
  /** Which question types to build (all by default). */
  types?: readonly (typeof GENERATED_TYPES)[number][];
  /** The analysis steps; the real ones by default (tests pass hand-made results). */
  analyzers?: Analyzers;
  onProgress?: (event: ProgressEvent) => void;
}

export class GenerateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerateError';
  }
}

const BUILDERS = {
  attribution: buildAttribution,
  'fact-opinion': buildFactOpinion,
  'spot-error': (ctx: BuildContext) => withHoldsUp(buildSpotError(ctx), buildHoldsUp(ctx)),
  'altered-detail': buildAlteredDetail,
  discrepancy: buildDiscrepancy
} as const;

export function generatePack(articles: Article[], options: GenerateOptions): Pack {
  return generateDrafts(articles, options).pack;
}

/** A generated pack, and for each of its questions why the generator made it (for a teacher reviewing drafts). */
export interface GeneratedDrafts {
  pack: Pack;
  /** Question id → the builder's reason in plain words; a question without one is absent. */
  why: Record<string, string>;
}

/** `generatePack`, also telling why each question was made. */
export function generateDrafts(articles: Article[], options: GenerateOptions): GeneratedDrafts {
  if (!articles.length) throw new GenerateError('no articles to generate questions from');
  const ids = new Set(articles.map((a) => a.id));
  // The story in the related articles' order (the corpus order), so every pack of a corpus analyses it alike.
  const related = options.related ?? [];
  const story = [...related, ...articles.filter((a) => !related.some((r) => r.id === a.id))];
  const ctx = analyse(articles, story, options);
  const types = options.types ?? GENERATED_TYPES;
  const built = new Map<string, QuestionCandidate[]>();
  // Each draft's key words, split once per pack: dedupe and withoutRepeats compare many pairs of drafts.
  const wordsOf = (d: QuestionCandidate) => ctx.words(d.key);
  types.forEach((type, i) => {
    options.onProgress?.({ stage: 'build', done: i, total: types.length });
    const drafts = dedupe(BUILDERS[type](ctx), wordsOf);
    built.set(
      type,
      type === 'attribution'
        ? balanceAttribution(drafts)
        : type === 'fact-opinion'
          ? balanceFactOpinion(drafts)
          : drafts
    );
  });
  const drafts = interleave(types.map((type) => withoutRepeats(type, built, wordsOf)));
  options.onProgress?.({ stage: 'build', done: types.length, total: types.length });
  const kept = uniqueIds(drafts);
  const questions = kept.map((d) => d.question);
  const why = Object.fromEntries(kept.flatMap((d) => (d.why ? [[d.question.id, d.why]] : [])));
  const referenced = new Set(
    questions.flatMap((q) => [
      q.source?.sourceId,
      ...(q.type === 'spot-error' ? [q.evidence.sourceId] : []),
      ...(q.type === 'discrepancy' ? q.outlets.map((o) => o.sourceId) : [])
    ])
  );
  // The pack's own articles first, then the related ones its questions cite.
  const sources = [...articles, ...story.filter((a) => !ids.has(a.id) && referenced.has(a.id))].map(
    articleToSource
  );
  options.onProgress?.({ stage: 'validate', done: 0, total: 1 });
  const result = validatePack({
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: options.id,
    title: options.title,
    description: options.description ?? describe(articles, questions.length),
    language: 'en',
    sources,
    questions,
    generated: { generator: GENERATOR_NAME, seed: options.seed, articles: articles.length }
  });
  if (!result.ok)
    throw new GenerateError(
      `generated pack "${options.id}" is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`
    );
  options.onProgress?.({ stage: 'validate', done: 1, total: 1 });
  return { pack: result.pack, why };
}

function analyse(articles: Article[], story: Article[], options: GenerateOptions): BuildContext {
  const analyzers = options.analyzers ?? defaultAnalyzers;
  const quotes = new Map<string, ReturnType<Analyzers['extractQuotes']>>();
  const people = new Map<string, ReturnType<Analyzers['findPeople']>>();
  story.forEach((article, i) => {
    options.onProgress?.({ stage: 'analyse', done: i, total: story.length + 1 });
    quotes.set(article.id, analyzers.extractQuotes(article.text));
    people.set(article.id, analyzers.findPeople(article.text));
  });
  options.onProgress?.({ stage: 'analyse', done: story.length, total: story.length + 1 });
  const figureCache = new Map<string, Value[]>();
  const findFigures = analyzers.figures?.bind(analyzers) ?? ((text: string) => extractValues(text));
  const figures = (text: string) => {
    let values = figureCache.get(text);
    if (!values) figureCache.set(text, (values = findFigures(text)));
    return values;
  };
  // The checks reuse the article's sentences, the quotes found above and the builders' figures rather than
  // finding them again.
  const findings = analyzers.findChecks(
    story.map((a) => ({
      file: a.id,
      text: a.text,
      sourceId: a.id,
      outlet: outletName(a),
      parsed: a,
      quotes: quotes.get(a.id)!.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ?? null })),
      figures
    }))
  );
  const cache = new Map<string, ReturnType<Analyzers['classifySentence']>>();
  const classify = (sentence: string) => {
    let result = cache.get(sentence);
    if (!result) cache.set(sentence, (result = analyzers.classifySentence(sentence)));
    return result;
  };
  const wordCache = new Map<string, string[]>();
  const wordsOf = (text: string) => {
    let found = wordCache.get(text);
    if (!found) wordCache.set(text, (found = words(text)));
    return found;
  };
  return {
    articles,
    story,
    figures,
    words: wordsOf,
    seed: options.seed,
    minConfidence: options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
    quotes,
    people,
    findings,
    classify,
    isClearCut: analyzers.isClearCut?.bind(analyzers),
    mayBeClearCut: analyzers.mayBeClearCut?.bind(analyzers)
  };
}

/** Near-identical passages (the same quote in three outlets) make one question: the most confident one. */
export function dedupe(
  drafts: QuestionCandidate[],
  wordsOf = (d: QuestionCandidate): readonly string[] => words(d.key)
): QuestionCandidate[] {
  const kept: QuestionCandidate[] = [];
  const keptWords = new NearDuplicates();
  const ranked = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.confidence - a.d.confidence || a.i - b.i);
  for (const { d } of ranked) {
    const own = wordsOf(d);
    if (keptWords.has(own)) continue;
    kept.push(d);
    keptWords.add(own);
  }
  const order = new Map(drafts.map((d, i) => [d, i]));
  return kept.sort((a, b) => order.get(a)! - order.get(b)!);
}

/**
 * One sentence, one question: a sentence already asked about as a claim (spot-error) or as versions
 * (altered-detail) is not asked about again in a pack; the plentiful fact/opinion questions give way first.
 */
const GIVES_WAY_TO: Record<string, string[]> = {
  'fact-opinion': ['spot-error', 'altered-detail'],
  'altered-detail': ['spot-error']
};

function withoutRepeats(
  type: string,
  built: Map<string, QuestionCandidate[]>,
  wordsOf: (d: QuestionCandidate) => readonly string[]
): QuestionCandidate[] {
  const own = built.get(type) ?? [];
  const others = (GIVES_WAY_TO[type] ?? []).flatMap((t) => built.get(t) ?? []);
  if (!others.length) return own;
  const asked = new NearDuplicates();
  for (const d of others) asked.add(wordsOf(d));
  return own.filter((d) => !asked.has(wordsOf(d)));
}

/** Types take turns (a study session is varied, not 38 who-said questions in a row); each keeps its story order. */
export function interleave(groups: QuestionCandidate[][]): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  const longest = Math.max(0, ...groups.map((g) => g.length));
  for (let i = 0; i < longest; i++) for (const group of groups) if (i < group.length) out.push(group[i]);
  return out;
}

function uniqueIds(drafts: QuestionCandidate[]): QuestionCandidate[] {
  const seen = new Set<string>();
  return drafts.filter((d) => !seen.has(d.question.id) && seen.add(d.question.id));
}

function describe(articles: Article[], count: number): string {
  const outlets = [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))];
  if (articles.length === 1)
    return `${count} questions from “${articles[0].title}”${outlets.length ? ` (${outlets[0]})` : ''}.`;
  return `${count} questions from ${articles.length} articles${outlets.length ? ` by ${outlets.join(', ')}` : ''}.`;
}
