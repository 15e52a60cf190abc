/**
 * Fits the default fact/opinion classifier's per-kind cue scales (claims/cue-scales.json, read by
 * claims/classify.ts, with the prior set by hand below), on the team's own sentences only.
 *
 * What it fits: the cue weights stay as written in claims/lexicon.ts and claims/cues.ts (hand-set from general
 * knowledge of English); each cue KIND gets one multiplier; the score's starting point (the prior) is set by hand
 * (`PRIOR`). The model is the classifier's own: log-odds of opinion = prior + Σ scale[kind] · (opinion weight −
 * fact weight of that kind). It is fitted by logistic regression with the two classes weighted equally (the
 * score is read as macro-F1, and news sets differ in their share of opinions), and an L2 penalty λ that pulls
 * every scale towards 1, the hand-set weight: a kind seen in few sentences keeps its hand-set weight. A scale
 * never goes below 0: a cue never changes sides.
 *
 * On which data: data/fact-opinion/sentences.jsonl (openly licensed news, labelled by the team; see the README
 * there) and nothing else. The CheckThat sentences (CC BY-NC-SA) are for measuring only.
 * Choice of λ: 5-fold cross-validation on that set, folds split by article and seeded as in fit-claims.ts,
 * scored on the classifier's own output (`judge`, with its confidence discounts). Among the penalties whose labels
 * at confidence ≥ 0.7 cover at least 40% of the sentences and are right at least 90% of the time (all of them when
 * none gets there), the one-standard-error rule: the strongest penalty, nearest the hand-set weights, whose macro-F1
 * is within one standard error (from the spread over the folds) of the best one.
 *
 * Run from the project root: `npm run fit:claims` runs it after fit-claims.ts, or
 * `npx tsx tests/tools/fit-claim-weights.ts`. The same data and code give the same file, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import {
  assignFolds,
  type Cue,
  findCues,
  judge,
  scaleCues,
  score,
  type Scores
} from '../../src/lib/domain/analysis';
import { loadFactOpinion } from './fact-opinion-data';

const OUT = 'src/lib/domain/analysis/claims/cue-scales.json';
const SEED = 20261206;
const FOLDS = 5;
/** Strongest first: on a tie the stronger penalty (nearer the hand-set weights) stays. */
const LAMBDAS = [30, 10, 3, 1, 0.3];
const STEPS = 3000;
const RATE = 0.5;
/**
 * The prior is set by hand, not fitted: with no cue either way the classifier leans neither way, so a sentence it
 * finds nothing in is "unsure", and every label it gives can be explained by the cues behind it. (Fitted on the
 * class-balanced set, the prior leaned to opinion, which labelled a fully quoted sentence, whose words are the
 * speaker's and carry no cue, an opinion on that lean alone.)
 */
const PRIOR = 0;
const SURE_COVERAGE = 0.4;
const SURE_PRECISION = 0.9;

interface Row {
  sentence: string;
  gold: 0 | 1;
  group: string;
  cues: Cue[];
  /** Opinion weight minus fact weight, by cue kind. */
  evidence: Map<string, number>;
}

interface Params {
  prior: number;
  scale: Record<string, number>;
}

const rows: Row[] = loadFactOpinion().map((r) => {
  const cues = /[\p{L}\p{N}]/u.test(r.sentence) ? findCues(r.sentence) : [];
  const evidence = new Map<string, number>();
  for (const c of cues)
    evidence.set(c.kind, (evidence.get(c.kind) ?? 0) + (c.leaning === 'opinion' ? c.weight : -c.weight));
  return { sentence: r.sentence, gold: r.label === 'opinion' ? 1 : 0, group: r.source, cues, evidence };
});
const kinds = [...new Set(rows.flatMap((r) => [...r.evidence.keys()]))].sort();

function fit(train: readonly Row[], lambda: number): Params {
  const nOpinion = train.filter((r) => r.gold).length;
  // Each class counts as half of the data.
  const classWeight = [train.length / 2 / (train.length - nOpinion), train.length / 2 / nOpinion];
  // Each row's evidence as (kind index, value) pairs in flat arrays, for speed.
  const index = new Map(kinds.map((k, i) => [k, i]));
  const rowKinds = train.map((r) => Int32Array.from([...r.evidence.keys()], (k) => index.get(k) ?? 0));
  const rowValues = train.map((r) => Float64Array.from(r.evidence.values()));
  const scale = new Float64Array(kinds.length).fill(1);
  const grad = new Float64Array(kinds.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    for (let r = 0; r < train.length; r++) {
      const ks = rowKinds[r];
      const vs = rowValues[r];
      let z = PRIOR;
      for (let j = 0; j < ks.length; j++) z += scale[ks[j]] * vs[j];
      const err = (1 / (1 + Math.exp(-z)) - train[r].gold) * classWeight[train[r].gold];
      for (let j = 0; j < ks.length; j++) grad[ks[j]] += err * vs[j];
    }
    for (let k = 0; k < kinds.length; k++) {
      const g = (grad[k] + lambda * (scale[k] - 1)) / train.length;
      // A scale stays positive: a cue never changes sides.
      scale[k] = Math.max(0, scale[k] - RATE * g);
    }
  }
  return { prior: PRIOR, scale: Object.fromEntries(kinds.map((k, i) => [k, scale[i]])) };
}

/** The classifier's probability of an opinion with these parameters (0.5 when it is unsure). */
function probability(row: Row, params: Params): number {
  if (!/[\p{L}\p{N}]/u.test(row.sentence)) return 0.5;
  const scaled = scaleCues(
    row.cues.map((c) => ({ ...c })),
    params.scale
  );
  const { label, confidence } = judge(row.sentence, scaled, params.prior);
  return label === 'opinion' ? confidence : label === 'fact' ? 1 - confidence : 0.5;
}

/** The pooled out-of-fold scores, and the standard error of macro-F1 from its spread over the folds. */
function crossValidate(lambda: number): Scores & { standardError: number } {
  const foldOf = assignFolds(rows, FOLDS, SEED);
  const p = new Array<number>(rows.length).fill(0.5);
  for (let f = 0; f < FOLDS; f++) {
    const params = fit(
      rows.filter((r) => foldOf.get(r.group) !== f),
      lambda
    );
    rows.forEach((r, i) => {
      if (foldOf.get(r.group) === f) p[i] = probability(r, params);
    });
  }
  const perFold = [...Array(FOLDS).keys()].map((f) => {
    const inFold = rows.map((r, i) => i).filter((i) => foldOf.get(rows[i].group) === f);
    return score(
      inFold.map((i) => p[i]),
      inFold.map((i) => rows[i].gold)
    ).macroF1;
  });
  const mean = perFold.reduce((a, b) => a + b, 0) / FOLDS;
  const variance = perFold.reduce((a, b) => a + (b - mean) ** 2, 0) / (FOLDS - 1);
  return {
    ...score(
      p,
      rows.map((r) => r.gold)
    ),
    standardError: Math.sqrt(variance / FOLDS)
  };
}

const pct = (x: number) => (100 * x).toFixed(1);
const show = (s: Scores) =>
  `macroF1 ${pct(s.macroF1)} accuracy ${pct(s.accuracy)} sure ${pct(s.coverageSure)}% precisionWhenSure ${pct(s.precisionSure)}`;
const meetsSureBand = (s: Scores) => s.coverageSure >= SURE_COVERAGE && s.precisionSure >= SURE_PRECISION;

console.log(
  `${rows.length} sentences (${rows.filter((r) => r.gold).length} opinions), ${kinds.length} cue kinds`
);
type Choice = { lambda: number; scores: Scores & { standardError: number } };
const tried: Choice[] = LAMBDAS.map((lambda) => ({ lambda, scores: crossValidate(lambda) }));
for (const { lambda, scores } of tried)
  console.log(`λ=${String(lambda).padEnd(4)} ${show(scores)} (± ${pct(scores.standardError)})`);
const inBand = tried.filter((c) => meetsSureBand(c.scores));
const pool = inBand.length ? inBand : tried;
const top = pool.reduce((a, b) => (b.scores.macroF1 > a.scores.macroF1 + 1e-9 ? b : a));
// The one-standard-error rule: the strongest penalty (nearest the hand-set weights) whose macro-F1 is within one
// standard error of the best; differences smaller than that are fold-to-fold noise, not a better setting.
const best = pool.find((c) => c.scores.macroF1 >= top.scores.macroF1 - top.scores.standardError) ?? top;
console.log(
  `chosen${inBand.length ? '' : ' (no penalty reaches the sure band)'}: λ=${best.lambda}: ${show(best.scores)}`
);

const fitted = fit(rows, best.lambda);
const round = (x: number) => Math.round(x * 100) / 100;
const file = {
  about:
    'Cue-kind scales of the default fact/opinion classifier, fitted by tests/tools/fit-claim-weights.ts on data/fact-opinion/sentences.jsonl, and its prior, set by hand there. Do not edit by hand.',
  sentences: rows.length,
  opinions: rows.filter((r) => r.gold).length,
  chosenBy: `strongest penalty within one standard error of the best cross-validated macro-F1${
    inBand.length ? ` with sure coverage >= ${SURE_COVERAGE} and precision >= ${SURE_PRECISION}` : ''
  }`,
  lambda: best.lambda,
  crossValidation: {
    folds: FOLDS,
    seed: SEED,
    macroF1: Math.round(best.scores.macroF1 * 1e4) / 1e4,
    accuracy: Math.round(best.scores.accuracy * 1e4) / 1e4,
    coverageSure: Math.round(best.scores.coverageSure * 1e4) / 1e4,
    precisionSure: Math.round(best.scores.precisionSure * 1e4) / 1e4
  },
  prior: round(fitted.prior),
  scale: Object.fromEntries(kinds.map((k) => [k, round(fitted.scale[k])]))
};
const formatOptions = { ...(await resolveConfig(OUT)), filepath: OUT };
writeFileSync(OUT, await format(JSON.stringify(file), formatOptions));
console.log(`wrote ${OUT}: prior ${file.prior}, ${kinds.length} scales`);
console.log(kinds.map((k) => `${k} ${file.scale[k]}`).join(', '));
