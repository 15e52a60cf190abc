/**
 * A class's first and later discernment checks as CSV for a spreadsheet: one row per student (each score before,
 * after and the change; blank where a student took only one check), then the class figures per score.
 * Loaded on demand (papaparse is teacher-only code).
 */
import { spreadsheetCsv } from '../inert';
import { CLASS_SCORES, type ClassComparison, type ScoreKey, type Spread } from './class';

type Cell = string | number;

/** Rounded for reading, not for further sums: counts stay whole, d′ and c keep two decimals. */
const round = (v: number): number => Math.round(v * 100) / 100;

/** `labels`: each score's name as the page shows it (the column headings say the same words). */
export function comparisonCsv(comparison: ClassComparison, labels: Record<ScoreKey, string>): string {
  const header: Cell[] = ['Student'];
  for (const key of CLASS_SCORES)
    header.push(`${labels[key]}: before`, `${labels[key]}: after`, `${labels[key]}: change`);
  const row = (name: string, scores: (k: ScoreKey) => [Cell, Cell, Cell]): Cell[] => [
    name,
    ...CLASS_SCORES.flatMap(scores)
  ];
  const rows: Cell[][] = [
    ...comparison.pairs.map((p) =>
      row(p.name, (k) => [round(p.before[k]), round(p.after[k]), round(p.after[k] - p.before[k])])
    ),
    ...comparison.onlyBefore.map((s) => row(s.name, (k) => [round(s.scores[k]), '', ''])),
    ...comparison.onlyAfter.map((s) => row(s.name, (k) => ['', round(s.scores[k]), '']))
  ];
  const figure = (label: string, pick: (s: Spread) => number | null): Cell[] =>
    row(`Class ${label} (${comparison.pairs.length} students with both checks)`, (k) => {
      const change = comparison.scores.find((s) => s.key === k);
      if (!change) return ['', '', ''];
      const cells = [pick(change.before), pick(change.after), pick(change.change)];
      return cells.map((v) => (v === null ? '' : round(v))) as [Cell, Cell, Cell];
    });
  const improved = row('Students who improved', (k) => {
    const change = comparison.scores.find((s) => s.key === k);
    return ['', '', change?.improved ?? ''];
  });
  return spreadsheetCsv([
    header,
    ...rows,
    figure('mean', (s) => s.mean),
    figure('standard deviation', (s) => s.sd),
    figure('median', (s) => s.median),
    figure('first quartile', (s) => s.q1),
    figure('third quartile', (s) => s.q3),
    improved
  ]);
}
