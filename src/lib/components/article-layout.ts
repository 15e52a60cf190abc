/**
 * Splits an article's text into paragraphs, each cut into pieces that are in or out of a highlighted span,
 * keeping the original character offsets (the pack's provenance spans point into the raw text).
 */
export interface Piece {
  text: string;
  marked: boolean;
}

export function paragraphsWithMark(text: string, start?: number, end?: number): Piece[][] {
  const hasMark = start !== undefined && end !== undefined && end > start && start < text.length;
  const out: Piece[][] = [];
  const pattern = /[^\n]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!m[0].trim()) continue;
    if (!hasMark || end! <= from || start! >= to) {
      out.push([{ text: m[0], marked: false }]);
      continue;
    }
    const a = Math.max(from, start!);
    const b = Math.min(to, end!);
    const pieces: Piece[] = [
      { text: text.slice(from, a), marked: false },
      { text: text.slice(a, b), marked: true },
      { text: text.slice(b, to), marked: false }
    ];
    out.push(pieces.filter((p) => p.text));
  }
  return out;
}
