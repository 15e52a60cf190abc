/** The check's scores as the pages show them: one list (label, plain meaning, range, value) for table and chart. */
import type { DiscernmentScores, ScoreKey } from '$lib/domain/discernment';

export interface ScoreRow {
  key: ScoreKey;
  label: string;
  meaning: string;
  /** The range the chart draws the score in. */
  min: number;
  max: number;
  value: (s: DiscernmentScores) => number;
  show: (v: number, s: DiscernmentScores) => string;
}

/** "+1.53", "−0.51", "0.00" (never "−0.00" for a value that rounds to zero). */
const signed = (v: number) => {
  const shown = Math.abs(v).toFixed(2);
  return shown === '0.00' ? shown : `${v > 0 ? '+' : '−'}${shown}`;
};

export const SCORE_ROWS: ScoreRow[] = [
  {
    key: 'r',
    label: 'Accurate items trusted',
    meaning: 'statements reported exactly that you called accurate',
    min: 0,
    max: 10,
    value: (s) => s.r,
    show: (v, s) => `${v} of ${s.accurateItems}`
  },
  {
    key: 'f',
    label: 'Altered items caught',
    meaning: 'changed statements you called altered',
    min: 0,
    max: 10,
    value: (s) => s.f,
    show: (v, s) => `${v} of ${s.alteredItems}`
  },
  {
    key: 'V',
    label: 'Right in all',
    meaning: 'discernment: both kinds told apart',
    min: 0,
    max: 20,
    value: (s) => s.V,
    show: (v, s) => `${v} of ${s.accurateItems + s.alteredItems}`
  },
  {
    key: 'd',
    label: 'Distrust',
    meaning: 'more items called altered than there were',
    min: 0,
    max: 10,
    value: (s) => s.d,
    show: (v) => String(v)
  },
  {
    key: 'n',
    label: 'Naivety',
    meaning: 'more items called accurate than there were',
    min: 0,
    max: 10,
    value: (s) => s.n,
    show: (v) => String(v)
  },
  {
    key: 'dPrime',
    label: 'Sensitivity (d′)',
    meaning: 'how well you tell the two apart; 0 is guessing',
    min: -3.3,
    max: 3.3,
    value: (s) => s.dPrime,
    show: (v) => signed(v)
  },
  {
    key: 'c',
    label: 'Lean (c)',
    meaning: 'below 0 leans towards “altered”, above 0 towards “accurate”',
    min: -1.7,
    max: 1.7,
    value: (s) => s.c,
    show: (v) => signed(v)
  }
];

/** A change in words and sign: "+3", "−0.42", "no change". */
export function changeText(row: ScoreRow, before: DiscernmentScores, after: DiscernmentScores): string {
  const delta = row.value(after) - row.value(before);
  if (Math.abs(delta) < 0.005) return 'no change';
  const n = Number.isInteger(delta) ? String(Math.abs(delta)) : Math.abs(delta).toFixed(2);
  return `${delta > 0 ? '+' : '−'}${n}`;
}
