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

const PLUGINFILE = '@@PLUGINFILE@@/';

/** The file names and data: images an HTML text shows, in order. */
function imagesIn(html: string): string[] {
  const names: string[] = [];
  for (const match of html.matchAll(/<img\b[^>]*?\ssrc\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (src.startsWith('data:')) names.push('an embedded data: image');
    else if (src.startsWith(PLUGINFILE)) names.push(safeDecode(src.slice(PLUGINFILE.length)));
    else names.push(src);
  }
  return names;
}

function safeDecode(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Plain text from text in one of Moodle's formats; `undefined` format is guessed from the text. */
export function toPlainText(raw: string, format: string | undefined): string {
  switch (format) {
    case 'plain_text':
      return tidyLines(raw);
    case 'markdown':
      return markdownToText(raw);
    case 'moodle_auto_format':
      // Moodle shows this format as HTML with its line breaks kept.
      return looksLikeHtml(raw) ? htmlToText(raw.replace(/\r?\n/g, '<br>')).text : tidyLines(raw);
    default:
      return looksLikeHtml(raw) || format === 'html' ? htmlToText(raw).text : tidyLines(raw);
  }
}

/** `<questiontext format="…"><text>…</text><file …/></questiontext>` (or any element built the same way). */
export function readText(container: XmlValue | undefined, fallbackFormat?: string): ReadText {
  if (!isNode(container)) return { text: toPlainText(rawText(container), fallbackFormat), media: [] };
  const format = typeof container['@_format'] === 'string' ? container['@_format'] : fallbackFormat;
  const raw = rawText(container.text);
  const shown = format === 'plain_text' || format === 'markdown' ? [] : imagesIn(raw);
  const files = asList(container.file)
    .map((f) => (isNode(f) && typeof f['@_name'] === 'string' ? f['@_name'] : 'a file without a name'))
    .filter((name) => !shown.includes(name));
  return {
    text: toPlainText(raw, format),
    media: [...shown, ...files.map((name) => `the attached file ${name}`)]
  };
}

/** The name Moodle needs for a question without a title: the start of its text (the reader leaves such a name out). */
export function nameFromPrompt(prompt: string): string {
  const value = prompt.replace(/\s+/g, ' ').trim();
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
