/**
 * Reports, without writing anything, how the default fact/opinion classifier's cue scales do under
 * cross-validation on the team's own set (data/fact-opinion/), with two figures fit-claim-weights.ts does not
 * print: the precision on the 40% of sentences it is surest of, and "licence to licence" (scales fitted on the
 * Wikinews sentences scored on the US government ones, and the other way round), a check that a gain is not tied
 * to one kind of source. The fit is fit-claim-weights.ts's (same penalty towards 1, prior 0, folds and seed).
 * `DROP=kind,kind` leaves cue kinds out, to see what each adds. Nothing here reads an evaluation set.
 *
 * Run from the project root: `npx tsx tests/tools/cv-claim-cues.ts` (`LAMBDAS=30,3` to try other penalties).
 */
import { readFileSync } from 'node:fs';
import { assignFolds, findCues, judge, scaleCues, score } from '../../src/lib/domain/analysis';
import { FACT_OPINION_DATA, loadFactOpinion } from './fact-opinion-data';

const PRIOR = 0;
const STEPS = 3000;
const RATE = 0.5;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const drop = new Set((process.env.DROP ?? '').split(',').filter(Boolean));
const licences = readFileSync(FACT_OPINION_DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => String(JSON.parse(l).licence));

const rows = loadFactOpinion().map((r, i) => {
  const found = LETTER_OR_DIGIT.test(r.sentence) ? findCues(r.sentence) : [];
  const cues = found.filter((c) => !drop.has(c.kind));
  const evidence = new Map<string, number>();
  for (const c of cues)
    evidence.set(c.kind, (evidence.get(c.kind) ?? 0) + (c.leaning === 'opinion' ? c.weight : -c.weight));
  const gold: 0 | 1 = r.label === 'opinion' ? 1 : 0;
  return { sentence: r.sentence, gold, group: r.source, licence: licences[i], cues, evidence };
});
type Row = (typeof rows)[number];
const kinds = [...new Set(rows.flatMap((r) => [...r.evidence.keys()]))].sort();
const gold = rows.map((r) => r.gold);

/** fit-claim-weights.ts's fit: one scale per cue kind, class-balanced, an L2 pull towards 1, never below 0. */
function fit(train: Row[], lambda: number): Record<string, number> {
  const opinions = train.filter((r) => r.gold).length;
  const classWeight = [train.length / 2 / (train.length - opinions), train.length / 2 / opinions];
  const index = new Map(kinds.map((k, i) => [k, i]));
  const rowKinds = train.map((r) => Int32Array.from([...r.evidence.keys()], (k) => index.get(k) ?? 0));
  const rowValues = train.map((r) => Float64Array.from(r.evidence.values()));
  const scale = new Float64Array(kinds.length).fill(1);
  const grad = new Float64Array(kinds.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    train.forEach((row, r) => {
      let z = PRIOR;
      for (let j = 0; j < rowKinds[r].length; j++) z += scale[rowKinds[r][j]] * rowValues[r][j];
      const err = (1 / (1 + Math.exp(-z)) - row.gold) * classWeight[row.gold];
      for (let j = 0; j < rowKinds[r].length; j++) grad[rowKinds[r][j]] += err * rowValues[r][j];
    });
    for (let k = 0; k < kinds.length; k++)
      scale[k] = Math.max(0, scale[k] - (RATE * (grad[k] + lambda * (scale[k] - 1))) / train.length);
  }
  return Object.fromEntries(kinds.map((k, i) => [k, scale[i]]));
}

function probability(row: Row, scale: Record<string, number>): number {
  if (!LETTER_OR_DIGIT.test(row.sentence)) return 0.5;
  const cues = scaleCues(
    row.cues.map((c) => ({ ...c })),
    scale
  );
  const { label, confidence } = judge(row.sentence, cues, PRIOR);
  return label === 'opinion' ? confidence : label === 'fact' ? 1 - confidence : 0.5;
}

/** Precision on the 40% of sentences whose probability is farthest from 0.5. */
function surest40(p: number[]): number {
  const order = p.map((_, i) => i).sort((a, b) => Math.abs(p[b] - 0.5) - Math.abs(p[a] - 0.5));
  const top = order.slice(0, Math.ceil(0.4 * p.length));
  return top.filter((i) => (p[i] > 0.5 ? 1 : 0) === gold[i]).length / top.length;
}

const pct = (x: number) => (100 * x).toFixed(1);
function show(p: number[]): string {
  const s = score(p, gold);
  return `macroF1 ${pct(s.macroF1)} accuracy ${pct(s.accuracy)} sure ${pct(s.coverageSure)}% at ${pct(s.precisionSure)} surest 40% ${pct(surest40(p))}`;
}

const foldOf = assignFolds(rows, 5, 20261206);
console.log(
  `${rows.length} sentences, ${kinds.length} cue kinds${drop.size ? `, without ${[...drop]}` : ''}`
);
console.log(`hand-set weights: ${show(rows.map((r) => probability(r, {})))}`);
for (const lambda of (process.env.LAMBDAS ?? '30,10,3,1,0.3').split(',').map(Number)) {
  const folds = new Array<number>(rows.length).fill(0.5);
  for (let f = 0; f < 5; f++) {
    const scale = fit(
      rows.filter((r) => foldOf.get(r.group) !== f),
      lambda
    );
    rows.forEach((r, i) => {
      if (foldOf.get(r.group) === f) folds[i] = probability(r, scale);
    });
  }
  const across = new Array<number>(rows.length).fill(0.5);
  for (const licence of new Set(licences)) {
    const scale = fit(
      rows.filter((r) => r.licence !== licence),
      lambda
    );
    rows.forEach((r, i) => {
      if (r.licence === licence) across[i] = probability(r, scale);
    });
  }
  console.log(`λ=${lambda}: 5-fold ${show(folds)}`);
  console.log(`${' '.repeat(String(lambda).length + 3)}licence to licence ${show(across)}`);
}
