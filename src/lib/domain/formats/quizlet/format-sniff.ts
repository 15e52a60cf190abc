/**
 * Whether text looks like a Quizlet export (term, separator, definition; cards on lines or between semicolons), and
 * the separators it most likely uses. Kept apart from the reader so the registry's `sniff` loads no parser.
 */

/** The non-blank lines at the start of a sample, without a last line the sample may have cut. */
export function sampleLines(text: string, max = 40): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && text.length >= 1990) lines.pop();
  return lines.filter((l) => l.trim()).slice(0, max);
}

const share = (items: readonly string[], test: (item: string) => boolean) =>
  items.length ? items.filter(test).length / items.length : 0;

/** Between terms and definitions: a tab (Quizlet's default), then custom ones, then a comma (Quizlet's other choice). */
const FIELD_SEPARATORS = ['\t', '|', ',', ' - ', ':'] as const;

/** The card and field separators of Quizlet-like text, or undefined when it is not such text. */
export function guessQuizletSeparators(
  text: string
): { fieldSeparator: string; cardSeparator: string } | undefined {
  const lines = sampleLines(text);
  const cardSeparator = lines.length <= 2 && (text.match(/;/g)?.length ?? 0) >= 2 ? ';' : '\n';
  const cards = cardSeparator === '\n' ? lines : text.split(';').filter((c) => c.trim());
  if (cards.length < 2) return undefined;
  // A card's term comes first and is short: the separator must appear after some text and not too far in. A custom
  // separator is a run of marks the first card holds (`/////`, `::`), tried before the usual ones.
  const runs = cards[0].match(/[^\p{L}\p{N}\s_]{2,}/gu) ?? [];
  const fieldSeparator = ['\t', ...runs, ...FIELD_SEPARATORS].find(
    (sep) => share(cards, (c) => c.indexOf(sep) > 0 && c.indexOf(sep) < 200) >= 0.9
  );
  return fieldSeparator === undefined ? undefined : { fieldSeparator, cardSeparator };
}

/**
 * How sure it is that a sample is a Quizlet export: tab-separated cards are near certain, cards split by a mark prose
 * does not use (`|`, `/////`) likely; comma, dash or colon ones only when every card is short, its term a few words
 * and most cards do not end like a sentence (an article must never read as cards). A CSV with a header row is the
 * card table's, a Kahoot sheet Kahoot's.
 */
export function quizletLikeness(text: string): number {
  if (/^[{[#<]/.test(text) || /^---\s*$/.test(text.split('\n', 1)[0])) return 0;
  const guess = guessQuizletSeparators(text);
  if (!guess) return 0;
  const { fieldSeparator } = guess;
  if (fieldSeparator === '\t') return 0.55;
  const cards = guess.cardSeparator === '\n' ? sampleLines(text) : text.split(';').filter((c) => c.trim());
  if (!/^[,:]$|^ - $/.test(fieldSeparator)) return 0.45;
  const term = (card: string) => card.slice(0, card.indexOf(fieldSeparator)).trim();
  const shortCards = share(cards, (c) => c.trim().length <= 160);
  const shortTerms = share(cards, (c) => term(c).split(/\s+/).length <= 4);
  const sentences = share(cards, (c) => /[.!?]["”’)]?$/.test(c.trim()));
  return cards.length >= 3 && shortCards === 1 && shortTerms >= 0.9 && sentences < 0.5 ? 0.3 : 0;
}
