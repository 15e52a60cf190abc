/**
 * Fits the fact/opinion classifier's per-kind cue scales (`KIND_SCALE`) and its `PRIOR` (claims/classify.ts).
 *
 * What it fits: the cue weights stay as written in claims/lexicon.ts and claims/cues.ts; each cue KIND gets
 * one multiplier, and the score's starting point (the prior) is fitted with them. The model is the
 * classifier's own: log-odds of opinion = prior + Σ scale[kind] · (opinion weight − fact weight of that
 * kind). It is fitted by logistic regression with the two classes weighted equally (the score is read as
 * macro-F1, and news sets differ in their share of opinions), and an L2 penalty that pulls every scale
 * towards 1, the hand-set weight: a kind seen in few sentences keeps its hand-set weight.
 *
 * On which data: a CheckThat-style TSV (sentence_id, sentence, label OBJ|SUBJ). Fit on the TRAIN split
 * only; any further files are scored with the fitted values as held-out checks, never fitted on.
 *
 * How to rerun (from the project root; the data lives outside the project, in ../shared/eval):
 *   npx tsx tests/tools/fit-claim-weights.ts \
 *     ../shared/eval/data/checkthat2025-subjectivity/train_en.tsv \
 *     ../shared/eval/data/checkthat2025-subjectivity/dev_en.tsv [--lambda 10]
 * It prints the fitted values, ready to paste into claims/classify.ts, and for each file the scores with the
 * current values and with the fitted ones: macro-F1 at the classifier's own threshold, and coverage and
 * precision among the labels at confidence ≥ 0.7 (what `classify --min-confidence 0.7` keeps).
 */
import { readFileSync } from 'node:fs';
import { classifySentence, type Cue, findCues, judge, scaleCues } from '../../src/lib/domain/analysis';
import { unquoteCell } from '../../src/cli/commands/classify';

interface Row {
  sentence: string;
  gold: 'fact' | 'opinion';
  cues: Cue[];
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!files.length) {
  console.error('usage: npx tsx tests/tools/fit-claim-weights.ts train.tsv [held-out.tsv ...] [--lambda L]');
  process.exit(2);
}
const LAMBDA = flag('lambda', 10);
/** --prior X keeps the prior at X instead of fitting it. */
const FIXED_PRIOR = args.includes('--prior') ? flag('prior', 0) : undefined;

function load(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [, sentence, label] = line.split('\t');
      // As `classify` reads it: a cell wrapped in quotes with doubled inner quotes is unwrapped.
      const text = unquoteCell(sentence);
      return { sentence: text, gold: label.trim() === 'OBJ' ? ('fact' as const) : ('opinion' as const) };
    })
    .map((r) => ({ ...r, cues: /[\p{L}\p{N}]/u.test(r.sentence) ? findCues(r.sentence) : [] }));
}

/** The raw per-kind evidence of one sentence: opinion weight minus fact weight, by kind. */
function features(row: Row): Map<string, number> {
  const f = new Map<string, number>();
  for (const c of row.cues)
    f.set(c.kind, (f.get(c.kind) ?? 0) + (c.leaning === 'opinion' ? c.weight : -c.weight));
  return f;
}

interface Params {
  prior: number;
  scale: Record<string, number>;
}

function fit(rows: Row[]): Params {
  const xs = rows.map(features);
  const ys = rows.map((r) => (r.gold === 'opinion' ? 1 : 0));
  const nOpinion = ys.filter(Boolean).length;
  // Each class counts as half of the data.
  const classWeight = [rows.length / 2 / (rows.length - nOpinion), rows.length / 2 / nOpinion];
  const kinds = [...new Set(xs.flatMap((x) => [...x.keys()]))].sort();
  const scale: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 1]));
  let prior = FIXED_PRIOR ?? 0;
  const rate = 0.5;
  for (let step = 0; step < 4000; step++) {
    const grad: Record<string, number> = Object.fromEntries(kinds.map((k) => [k, 0]));
    let gPrior = 0;
    xs.forEach((x, i) => {
      let z = prior;
      for (const [k, v] of x) z += scale[k] * v;
      const err = (1 / (1 + Math.exp(-z)) - ys[i]) * classWeight[ys[i]];
      gPrior += err;
      for (const [k, v] of x) grad[k] += err * v;
    });
    if (FIXED_PRIOR === undefined) prior -= (rate * gPrior) / rows.length;
    for (const k of kinds) {
      const g = (grad[k] + LAMBDA * (scale[k] - 1)) / rows.length;
      // A scale stays positive: a cue never changes sides.
      scale[k] = Math.max(0, scale[k] - rate * g);
    }
  }
  return { prior, scale };
}

interface Score {
  macroF1: number;
  coverage70: number;
  precision70: number;
}

function score(rows: Row[], classify: (row: Row) => { label: string; confidence: number }): Score {
  const tp = { fact: 0, opinion: 0 };
  const fp = { fact: 0, opinion: 0 };
  const fn = { fact: 0, opinion: 0 };
  let sure = 0;
  let sureRight = 0;
  for (const row of rows) {
    const { label, confidence } = classify(row);
    const other = row.gold === 'fact' ? 'opinion' : 'fact';
    if (label === row.gold) tp[row.gold]++;
    else {
      fn[row.gold]++;
      if (label === other) fp[other]++;
    }
    if (label !== 'unsure' && confidence >= 0.7) {
      sure++;
      if (label === row.gold) sureRight++;
    }
  }
  const f1 = (c: 'fact' | 'opinion') => (2 * tp[c]) / (2 * tp[c] + fp[c] + fn[c] || 1);
  return {
    macroF1: (f1('fact') + f1('opinion')) / 2,
    coverage70: sure / rows.length,
    precision70: sureRight / (sure || 1)
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const show = (s: Score) =>
  `macroF1=${pct(s.macroF1)}  at 0.7: coverage=${pct(s.coverage70)} precision=${pct(s.precision70)}`;

const [train, ...heldOut] = files.map((f) => ({ file: f, rows: load(f) }));
const fitted = fit(train.rows);
const withFitted = (row: Row) =>
  !row.cues.length && !/[\p{L}\p{N}]/u.test(row.sentence)
    ? classifySentence(row.sentence)
    : judge(
        row.sentence,
        scaleCues(
          row.cues.map((c) => ({ ...c })),
          fitted.scale
        ),
        fitted.prior
      );

console.log(`fitted on ${train.file} (${train.rows.length} sentences), lambda ${LAMBDA}`);
console.log(`PRIOR = ${fitted.prior.toFixed(2)}`);
console.log(
  `KIND_SCALE = {\n${Object.entries(fitted.scale)
    .map(([k, v]) => `  '${k}': ${v.toFixed(2)}`)
    .join(',\n')}\n}`
);
for (const { file, rows } of [train, ...heldOut]) {
  console.log(`${file}${file === train.file ? ' (fitted on)' : ' (held out)'}`);
  console.log(`  current: ${show(score(rows, (r) => classifySentence(r.sentence)))}`);
  console.log(`  fitted:  ${show(score(rows, withFitted))}`);
}
