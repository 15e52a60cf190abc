/**
 * Fits the default fact/opinion classifier's per-kind cue scales (claims/cue-scales.json, read by
 * claims/classify.ts, with the prior set by hand below), on the team's own sentences only.
 *
 * What it fits: the cue weights stay as written in claims/lexicon.ts and claims/cues.ts (hand-set from general
 * knowledge of English); each cue KIND gets one multiplier; the score's starting point (the prior) is set by hand
 * (`PRIOR`, in cue-scale-fit.ts with the fit itself). The model is the classifier's own: log-odds of opinion = prior + Σ scale[kind] · (opinion weight −
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
import { assignFolds, score, type Scores } from '../../src/lib/domain/analysis';
import { cueKinds, cueProbability, type CueRow, cueRow, fitCueScales, PRIOR } from './cue-scale-fit';
import { loadFactOpinion } from './fact-opinion-data';

const OUT = 'src/lib/domain/analysis/claims/cue-scales.json';
const SEED = 20261206;
const FOLDS = 5;
/** Strongest first: on a tie the stronger penalty (nearer the hand-set weights) stays. */
const LAMBDAS = [30, 10, 3, 1, 0.3];
const SURE_COVERAGE = 0.4;
const SURE_PRECISION = 0.9;

interface Params {
  prior: number;
  scale: Record<string, number>;
}

const rows: CueRow[] = loadFactOpinion().map((r) => cueRow(r));
const kinds = cueKinds(rows);

function fit(train: readonly CueRow[], lambda: number): Params {
  return { prior: PRIOR, scale: fitCueScales(train, kinds, lambda) };
}

const probability = (row: CueRow, params: Params) => cueProbability(row, params.scale, params.prior);

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
