/**
 * The lexical layer of the GIFT reader: escapes, comments and the blank-line split into question blocks, following
 * Moodle's importer (question/format/gift/format.php), which is more lenient than the strict grammar parsers.
 */

/**
 * Escaped control characters become private-use placeholders first, so the parser can look for `{ } ~ = # :` with
 * plain string search and `\{2,\}` inside an answer stays text (the order Moodle uses: `\\` first).
 */
const PLACEHOLDER: Record<string, string> = {
  '\\': '\ue000',
  '~': '\ue001',
  '=': '\ue002',
  '#': '\ue003',
  '{': '\ue004',
  '}': '\ue005',
  ':': '\ue006',
  n: '\ue007'
};
const RESTORED: Record<string, string> = {
  '\ue000': '\\',
  '\ue001': '~',
  '\ue002': '=',
  '\ue003': '#',
  '\ue004': '{',
  '\ue005': '}',
  '\ue006': ':',
  '\ue007': '\n'
};

export function protectEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_m, ch: string) => PLACEHOLDER[ch]);
}

/** Placeholders back to the characters they stand for (`\n` becomes a real line break). */
export function restoreEscapes(text: string): string {
  return text.replace(/[\ue000-\ue007]/g, (ch) => RESTORED[ch]);
}

export interface GiftLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface GiftBlock {
  /** The block's non-comment lines joined by `\n`, escapes protected. */
  text: string;
  lines: GiftLine[];
  /** The block's comment lines (without `//`), where `[id:…]` and `[tag:…]` live. */
  comments: string[];
  /** Line of the block's first line, comments included. */
  firstLine: number;
  /** The line after the block is whitespace-only rather than empty (a common way to split a question by accident). */
  endsAtSpacesLine: boolean;
}

/** Finds the file line of a character offset in a block's text. */
export function lineAt(block: GiftBlock, offset: number): number {
  let seen = 0;
  for (const line of block.lines) {
    seen += line.text.length + 1;
    if (offset < seen) return line.line;
  }
  return block.lines.at(-1)?.line ?? block.firstLine;
}

/**
 * Splits a GIFT file into question blocks. A blank or whitespace-only line ends a block (Moodle trims every line);
 * a line whose first non-blank characters are `//` is a comment.
 */
export function splitBlocks(source: string): GiftBlock[] {
  // Placeholders in the input itself would be misread as escapes; a real file never contains them.
  const clean = source.replace(/^\ufeff/, '').replace(/[\ue000-\ue007]/g, '\ufffd');
  const rawLines = clean.split(/\r\n|\r|\n/);
  const blocks: GiftBlock[] = [];
  let current: GiftBlock | undefined;
  rawLines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) {
      if (current) {
        current.endsAtSpacesLine = raw.length > 0;
        blocks.push(current);
      }
      current = undefined;
      return;
    }
    current ??= { text: '', lines: [], comments: [], firstLine: line, endsAtSpacesLine: false };
    if (raw.trimStart().startsWith('//')) current.comments.push(raw.trimStart().slice(2));
    else current.lines.push({ text: protectEscapes(raw), line });
  });
  if (current) blocks.push(current);
  for (const block of blocks) block.text = block.lines.map((l) => l.text).join('\n');
  return blocks.filter((b) => b.lines.length > 0);
}

export interface GiftMeta {
  id?: string;
  tags: string[];
}

/** `[id:ABC]` and `[tag:foo]` tokens in a block's comments (`\]` escapes a bracket). */
export function readMeta(comments: string[]): GiftMeta {
  const all = comments.join('\n');
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1').trim();
  const id = /\[id:((?:\\.|[^\]\\])*)\]/.exec(all);
  const tags = [...all.matchAll(/\[tag:((?:\\.|[^\]\\])*)\]/g)].map((m) => unescape(m[1])).filter(Boolean);
  return { id: id ? unescape(id[1]) || undefined : undefined, tags };
}

/** A piece of the answer block that starts at one of the marker characters, with its offset in the block text. */
export interface Segment {
  text: string;
  offset: number;
}

/**
 * Splits `text` before each marker character, as Moodle's `explode` does, keeping the marker at the start of its
 * piece. A leading piece that is only whitespace is dropped.
 */
export function splitAtMarkers(text: string, base: number, markers: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || (i > start && markers.includes(text[i]))) {
      segments.push({ text: text.slice(start, i), offset: base + start });
      start = i;
    }
  }
  if (segments.length && !segments[0].text.trim()) segments.shift();
  return segments;
}
