/**
 * Splits an article's text into paragraphs, each cut into pieces that are in or out of a highlighted span,
 * keeping the original character offsets (the pack's provenance spans point into the raw text).
 */
export interface Piece {
  text: string;
  marked: boolean;
}

export interface Paragraph {
  /** Offset of the paragraph in the article text. */
  start: number;
  pieces: Piece[];
}

export function paragraphsWithMark(text: string, start?: number, end?: number): Paragraph[] {
  const hasMark = start !== undefined && end !== undefined && end > start && start < text.length;
  const out: Paragraph[] = [];
  const pattern = /[^\n]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (!m[0].trim()) continue;
    if (!hasMark || end! <= from || start! >= to) {
      out.push({ start: from, pieces: [{ text: m[0], marked: false }] });
      continue;
    }
    const a = Math.max(from, start!);
    const b = Math.min(to, end!);
    const pieces: Piece[] = [
      { text: text.slice(from, a), marked: false },
      { text: text.slice(a, b), marked: true },
      { text: text.slice(b, to), marked: false }
    ];
    out.push({ start: from, pieces: pieces.filter((p) => p.text) });
  }
  return out;
}

/** Which marked part of the article (an appended advocacy essay, say) each paragraph belongs to, if any. */
export function sectionAt<S extends { start: number; end: number }>(
  sections: readonly S[],
  offset: number
): S | null {
  return sections.find((s) => offset >= s.start && offset < s.end) ?? null;
}
