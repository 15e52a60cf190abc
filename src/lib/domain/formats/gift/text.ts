/**
 * GIFT text formats: `[html]`, `[moodle]` (the default), `[plain]` and `[markdown]`. Everything is reduced to plain
 * text, because packs are only ever shown as text.
 */
import { restoreEscapes } from './blocks';
import { htmlToText, looksLikeHtml, markdownToText, type HtmlToTextResult } from '../shared/plain-text';

export type TextFormat = 'html' | 'moodle' | 'plain' | 'markdown';

/** Splits a leading `[format]` off; an unknown `[xyz]` stays part of the text, as in Moodle. */
export function splitFormat(raw: string, fallback: TextFormat): { format: TextFormat; rest: string } {
  const match = /^\s*\[(html|moodle|plain|markdown)\]/.exec(raw);
  return match
    ? { format: match[1] as TextFormat, rest: raw.slice(match[0].length) }
    : { format: fallback, rest: raw };
}

const named = ({ text, imageNames, imageTags }: HtmlToTextResult) => ({
  text,
  images: imageNames,
  tags: imageTags
});

/**
 * GIFT source text (escapes still protected) to plain text. A `[format]` prefix on the text itself overrides the
 * format it inherits (except for the question text, whose prefix is read before its answers are found). Moodle's own format turns line breaks into `<br>`, so its line breaks are kept.
 */
export function toPlain(
  raw: string,
  inherited: TextFormat,
  ownPrefix = true
): { text: string; images: string[]; tags?: HtmlToTextResult['imageTags'] } {
  const { format, rest } = ownPrefix ? splitFormat(raw, inherited) : { format: inherited, rest: raw };
  const text = restoreEscapes(rest);
  switch (format) {
    case 'html':
      return named(htmlToText(text));
    case 'moodle':
      // Moodle renders this format as HTML, so the indentation of a continued line does not show.
      return looksLikeHtml(text)
        ? named(htmlToText(text.replace(/\n/g, '<br>')))
        : { text: text.replace(/[ \t]*\n[ \t]*/g, '\n').trim(), images: [] };
    case 'markdown':
      return { text: markdownToText(text), images: [] };
    case 'plain':
      return { text: text.trim(), images: [] };
  }
}
