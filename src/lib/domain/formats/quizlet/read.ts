/**
 * Reads a Quizlet export ("Export" on a set): each card is a term, a separator and a definition. The separators are
 * the teacher's choice when exporting (term/definition: tab, comma or custom; cards: new line, semicolon or custom),
 * so they are guessed from the text and can be named in the preview. A card is split at the first separator only:
 * definitions often hold commas.
 */
import { cardsFromRows, type CardRow } from '../shared/flashcards';
import type { CardLayout, ReadOptions, ReadResult } from '../types';
import { guessQuizletSeparators } from './format-sniff';

/** Cards of the text with the line each starts on. */
function splitCards(text: string, cardSeparator: string, fieldSeparator: string): CardRow[] {
  const rows: CardRow[] = [];
  let line = 1;
  const separator = cardSeparator === '\n' ? /\r\n|\r|\n/ : cardSeparator;
  const pieces = text.split(separator);
  for (const piece of pieces) {
    const at = piece.indexOf(fieldSeparator);
    const lead = piece.length - piece.trimStart().length;
    const startLine = line + (piece.slice(0, lead).match(/\n/g)?.length ?? 0);
    if (piece.trim())
      rows.push({
        cells: at < 0 ? [piece] : [piece.slice(0, at), piece.slice(at + fieldSeparator.length)],
        line: startLine
      });
    line += (piece.match(/\r\n|\r|\n/g)?.length ?? 0) + (cardSeparator === '\n' ? 1 : 0);
  }
  return rows;
}

export function read(text: string, options: ReadOptions = {}): ReadResult {
  const guess = guessQuizletSeparators(text) ?? { fieldSeparator: '\t', cardSeparator: '\n' };
  const chosen = options.layout ?? {};
  const fieldSeparator = chosen.fieldSeparator || guess.fieldSeparator;
  const cardSeparator = chosen.cardSeparator || guess.cardSeparator;
  const layout: CardLayout = {
    fieldSeparator,
    cardSeparator,
    columns: ['Term', 'Definition'],
    front: chosen.front === 1 ? 1 : 0,
    back: chosen.front === 1 ? 0 : 1,
    header: false
  };
  const result = cardsFromRows(
    splitCards(text.replace(/^\ufeff/, ''), cardSeparator, fieldSeparator),
    layout,
    {
      idPrefix: 'card'
    }
  );
  return result.ok ? { ...result, layout } : result;
}
