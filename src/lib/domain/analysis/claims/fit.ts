/**
 * Fitting the fact/opinion model: L2-regularised logistic regression over sparse features, the two classes
 * weighted equally (news has far more facts than opinions, and the score that matters is macro-F1), and
 * k-fold cross-validation that keeps every article's sentences in one fold (sentences of one article share
 * names and topics, which would flatter the score). Deterministic: the only randomness is the fold split,
 * drawn from a seeded generator, and the optimiser is full-batch.
 * Used by tests/tools/fit-claims.ts; pure, so that tests can run it on a small slice.
 */
import { seededRandom } from '../../hash';

export interface Example {
  values: Map<string, number>;
  /** 1 for an opinion, 0 for a fact. */
  label: 0 | 1;
  /** Sentences with the same group (their article) always fall in the same fold. */
  group: string;
}

export interface FitOptions {
  /** Strength of the L2 penalty on the weights (not on the bias). */
  lambda: number;
  /** Features seen in fewer training sentences than this are left out. */
  minCount: number;
  iterations?: number;
}

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export interface Scores {
  macroF1: number;
  accuracy: number;
  /** Share of sentences labelled with confidence ≥ 0.7, and how often those labels are right. */
  coverageSure: number;
  precisionSure: number;
}

const SURE = 0.7;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function fitLogistic(examples: readonly Example[], options: FitOptions): LinearModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.values.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].filter((n) => (counts.get(n) ?? 0) >= options.minCount).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  // All rows in flat typed arrays: row r holds entries start[r] .. start[r + 1] - 1.
  const start = new Int32Array(examples.length + 1);
  const idx: number[] = [];
  const val: number[] = [];
  examples.forEach((e, r) => {
    for (const [name, value] of e.values) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(value);
      }
    }
    start[r + 1] = idx.length;
  });
  const at = Int32Array.from(idx);
  const by = Float64Array.from(val);
  const opinions = examples.filter((e) => e.label === 1).length;
  const facts = examples.length - opinions;
  // Each class weighs half of the total.
  const classWeight = [examples.length / 2 / Math.max(1, facts), examples.length / 2 / Math.max(1, opinions)];
  const n = examples.length;
  const rowWeight = Float64Array.from(examples, (e) => classWeight[e.label] / n);
  const labels = Float64Array.from(examples, (e) => e.label);

  const size = names.length;
  const w = new Float64Array(size + 1); // the last entry is the bias
  // Adam, full batch: deterministic and quick to converge on a few thousand sentences.
  const m = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const rate = 0.05;
  const iterations = options.iterations ?? 300;
  const grad = new Float64Array(size + 1);
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (let r = 0; r < n; r++) {
      let z = w[size];
      for (let k = start[r]; k < start[r + 1]; k++) z += w[at[k]] * by[k];
      const err = rowWeight[r] * (sigmoid(z) - labels[r]);
      for (let k = start[r]; k < start[r + 1]; k++) grad[at[k]] += err * by[k];
      grad[size] += err;
    }
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (let j = 0; j <= size; j++) {
      const g = j < size ? grad[j] + options.lambda * w[j] : grad[j];
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      w[j] -= (rate * (m[j] / c1)) / (Math.sqrt(v[j] / c2) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => (weights[name] = w[i]));
  return { bias: w[size], weights };
}

/** Probability that the sentence is an opinion. */
export function predict(model: LinearModel, values: Map<string, number>): number {
  let z = model.bias;
  for (const [name, value] of values) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}

/**
 * Mixes two probabilities of an opinion in log-odds: `share` of the second, the rest of the first
 * (0 gives the first unchanged).
 */
export function blend(first: number, second: number, share: number): number {
  if (share <= 0) return first;
  const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
  return sigmoid((1 - share) * logit(first) + share * logit(second));
}

/** Scores predicted opinion probabilities against labels. */
export function score(probabilities: readonly number[], labels: readonly (0 | 1)[]): Scores {
  const cm = [
    [0, 0],
    [0, 0]
  ];
  let sure = 0;
  let sureRight = 0;
  probabilities.forEach((p, i) => {
    const predicted = p > 0.5 ? 1 : 0;
    cm[labels[i]][predicted]++;
    if (Math.max(p, 1 - p) >= SURE) {
      sure++;
      if (predicted === labels[i]) sureRight++;
    }
  });
  const f1 = (c: 0 | 1) => {
    const tp = cm[c][c];
    const fp = cm[1 - c][c];
    const fn = cm[c][1 - c];
    return (2 * tp) / (2 * tp + fp + fn || 1);
  };
  const n = probabilities.length || 1;
  return {
    macroF1: (f1(0) + f1(1)) / 2,
    accuracy: (cm[0][0] + cm[1][1]) / n,
    coverageSure: sure / n,
    precisionSure: sure ? sureRight / sure : 0
  };
}

/**
 * k-fold cross-validation with whole groups per fold, the groups dealt out in a seeded random order.
 * Returns the scores of the out-of-fold predictions taken together.
 */
export function crossValidate(
  examples: readonly Example[],
  options: FitOptions,
  folds: number,
  seed: number
): Scores {
  return score(
    outOfFold(examples, options, folds, seed),
    examples.map((e) => e.label)
  );
}

/**
 * Each example's probability of an opinion from the model fitted without its fold (see `crossValidate`), in
 * the order of `examples`.
 */
export function outOfFold(
  examples: readonly Example[],
  options: FitOptions,
  folds: number,
  seed: number
): number[] {
  const foldOf = assignFolds(examples, folds, seed);
  const probabilities = new Array<number>(examples.length).fill(0.5);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((e) => foldOf.get(e.group) !== f);
    if (!train.length) continue;
    const model = fitLogistic(train, options);
    examples.forEach((e, i) => {
      if (foldOf.get(e.group) === f) probabilities[i] = predict(model, e.values);
    });
  }
  return probabilities;
}

/**
 * The fold (0 … folds − 1) of each group: groups dealt in a seeded random order, biggest first, each to the
 * fold with the fewest sentences so far, for folds of similar size.
 */
export function assignFolds(
  examples: readonly { group: string }[],
  folds: number,
  seed: number
): Map<string, number> {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const random = seededRandom(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [groups[i], groups[j]] = [groups[j], groups[i]];
  }
  const size = new Map<string, number>();
  for (const e of examples) size.set(e.group, (size.get(e.group) ?? 0) + 1);
  const order = groups
    .map((g, i) => ({ g, i }))
    .sort((a, b) => (size.get(b.g) ?? 0) - (size.get(a.g) ?? 0) || a.i - b.i);
  const foldOf = new Map<string, number>();
  const filled = new Array<number>(folds).fill(0);
  for (const { g } of order) {
    let best = 0;
    for (let f = 1; f < folds; f++) if (filled[f] < filled[best]) best = f;
    foldOf.set(g, best);
    filled[best] += size.get(g) ?? 0;
  }
  return foldOf;
}
