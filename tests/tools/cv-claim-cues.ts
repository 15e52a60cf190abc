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
import { assignFolds, score } from '../../src/lib/domain/analysis';
import { cueKinds, cueProbability, cueRow, fitCueScales } from './cue-scale-fit';
import { FACT_OPINION_DATA, loadFactOpinion } from './fact-opinion-data';

const drop = new Set((process.env.DROP ?? '').split(',').filter(Boolean));
const licences = readFileSync(FACT_OPINION_DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => String(JSON.parse(l).licence));

const rows = loadFactOpinion().map((r, i) => ({ ...cueRow(r, drop), licence: licences[i] }));
type Row = (typeof rows)[number];
const kinds = cueKinds(rows);
const gold = rows.map((r) => r.gold);
const fit = (train: Row[], lambda: number) => fitCueScales(train, kinds, lambda);
const probability = (row: Row, scale: Record<string, number>) => cueProbability(row, scale);

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
