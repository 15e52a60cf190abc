/**
 * Reads the team's fact/opinion sentences (data/fact-opinion/sentences.jsonl, see the README there): the only
 * data the classifier's fitting scripts read. Each line must name its sentence, label and source.
 */
import { readFileSync } from 'node:fs';

export const FACT_OPINION_DATA = 'data/fact-opinion/sentences.jsonl';

export interface LabelledSentence {
  sentence: string;
  label: 'fact' | 'opinion';
  /** The article it comes from: the unit the cross-validation folds are split by. */
  source: string;
}

export function loadFactOpinion(file = FACT_OPINION_DATA): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      let row: LabelledSentence;
      try {
        row = JSON.parse(line);
      } catch {
        throw new Error(`${file}, line ${i + 1}: not valid JSON`);
      }
      if (typeof row.sentence !== 'string' || (row.label !== 'fact' && row.label !== 'opinion'))
        throw new Error(`${file}, line ${i + 1}: needs "sentence" and "label" (fact or opinion)`);
      if (typeof row.source !== 'string' || !row.source)
        throw new Error(`${file}, line ${i + 1}: needs "source" (where the sentence was read)`);
      return row;
    });
}
