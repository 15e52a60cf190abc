/** The real analysis steps, wired for the generator (tests may pass hand-made ones instead). */
import { findChecks } from '../analysis/checks';
import { classifySentence, isClearCut, type Classification } from '../analysis/claims';
import { extractQuotes, findPeople } from '../analysis/quotes';
import type { Analyzers } from './types';

export const defaultAnalyzers: Analyzers = {
  extractQuotes,
  findPeople,
  classifySentence,
  findChecks,
  isClearCut: (sentence, result) => isClearCut(sentence, result as Classification)
};
