/**
 * Text in Moodle XML: a `<text>` with a `format` (html, moodle_auto_format, plain_text, markdown) and embedded files.
 * Everything becomes the plain text packs hold (never markup); every image is named so the reader can report it.
 */
import { htmlToText, looksLikeHtml, markdownToText, tidyLines } from '../shared/plain-text';
import { asList, decodeXml, isNode, type XmlValue } from './xml';

export interface ReadText {
  text: string;
  /** Images and attached files this text had, by name (`logo.jpg`, `an embedded data: image`). */
  media: string[];
}

/** The characters of an element: its text with standard entities decoded, CDATA as written, children flattened. */
export function rawText(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return decodeXml(value);
  if (Array.isArray(value)) return value.map(rawText).join('');
  let text = '';
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('@_')) continue;
    text += key === '__cdata' ? (Array.isArray(child) ? child.join('') : String(child)) : rawText(child);
  }
  return text;
}

/** HTML as plain text, with the images it showed (at module level: a closure made on every call costs time). */
function html(source: string): { text: string; images: string[] } {
  const read = htmlToText(source);
  return { text: read.text, images: read.imageNames };
}

/** Plain text from text in one of Moodle's formats (guessed from the text when absent), with the images it showed. */
export function toPlainText(raw: string, format: string | undefined): { text: string; images: string[] } {
  switch (format) {
    case 'plain_text':
      return { text: tidyLines(raw), images: [] };
    case 'markdown':
      return { text: markdownToText(raw), images: [] };
    case 'moodle_auto_format':
      // Moodle shows this format as HTML with its line breaks kept.
      return looksLikeHtml(raw) ? html(raw.replace(/\r?\n/g, '<br>')) : { text: tidyLines(raw), images: [] };
    default:
      return looksLikeHtml(raw) || format === 'html' ? html(raw) : { text: tidyLines(raw), images: [] };
  }
}

/** `<questiontext format="…"><text>…</text><file …/></questiontext>` (or any element built the same way). */
export function readText(container: XmlValue | undefined, fallbackFormat?: string): ReadText {
  if (!isNode(container)) return { text: toPlainText(rawText(container), fallbackFormat).text, media: [] };
  const format = typeof container['@_format'] === 'string' ? container['@_format'] : fallbackFormat;
  const { text, images } = toPlainText(rawText(container.text), format);
  // Files the text does not show as images (a sound, a linked document) are named too.
  const files = asList(container.file)
    .map((f) => (isNode(f) && typeof f['@_name'] === 'string' ? f['@_name'] : 'a file without a name'))
    .filter((name) => !images.includes(name));
  return { text, media: [...images, ...files.map((name) => `the attached file ${name}`)] };
}

/** The name Moodle needs for a question without a title: the start of its text (the reader leaves such a name out). */
export function nameFromPrompt(prompt: string): string {
  const value = prompt.replace(/\s+/g, ' ').trim();
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
