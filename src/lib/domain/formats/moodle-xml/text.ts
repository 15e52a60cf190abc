/**
 * Text in Moodle XML: a `<text>` with a `format` (html, moodle_auto_format, plain_text, markdown) and embedded files.
 * Everything becomes the plain text packs hold (never markup); every image is named so the reader can report it.
 */
import { IMAGE_LIMITS, type QuestionImage } from '../../packs/schema';
import { imageFromBase64, imageFromDataUri } from '../shared/images';
import { htmlToText, looksLikeHtml, markdownToText, tidyLines } from '../shared/plain-text';
import { asList, decodeXml, isNode, type XmlValue } from './xml';

export interface ReadText {
  text: string;
  /** Images and attached files this text had and the pack does not keep, by name (`logo.jpg`), with the reason. */
  media: string[];
  /** Images kept (only when asked: the question text's). */
  images: QuestionImage[];
}

type ImageTag = { src?: string; alt?: string };

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
function html(source: string): { text: string; images: string[]; tags?: ImageTag[] } {
  const read = htmlToText(source);
  return { text: read.text, images: read.imageNames, tags: read.imageTags };
}

/** Plain text from text in one of Moodle's formats (guessed from the text when absent), with the images it showed. */
export function toPlainText(
  raw: string,
  format: string | undefined
): { text: string; images: string[]; tags?: ImageTag[] } {
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

/**
 * `<questiontext format="…"><text>…</text><file …/></questiontext>` (or any element built the same way). With `keep`,
 * images embedded in the file (a `<file>` the text shows with `@@PLUGINFILE@@/name`, a `data:` address) are kept when
 * they are small pictures of a safe kind; every other image or file is named in `media` with the reason.
 */
export function readText(container: XmlValue | undefined, fallbackFormat?: string, keep = false): ReadText {
  if (!isNode(container))
    return { text: toPlainText(rawText(container), fallbackFormat).text, media: [], images: [] };
  const format = typeof container['@_format'] === 'string' ? container['@_format'] : fallbackFormat;
  const { text, images: shown, tags = [] } = toPlainText(rawText(container.text), format);
  const files = new Map<string, XmlValue>();
  for (const f of asList(container.file))
    files.set(isNode(f) && typeof f['@_name'] === 'string' ? f['@_name'] : 'a file without a name', f);
  const images: QuestionImage[] = [];
  const media = shown.map((name, i) => {
    const src = tags[i]?.src ?? '';
    if (!keep) return name;
    const read = src.startsWith('@@PLUGINFILE@@/')
      ? files.has(name)
        ? imageFromBase64(rawText(files.get(name)), { name, alt: tags[i]?.alt })
        : { notKept: 'its file is not in the question' }
      : src.startsWith('data:')
        ? imageFromDataUri(src, tags[i]?.alt)
        : { notKept: 'it is linked, not embedded in the file' };
    if ('notKept' in read) return `${name}: ${read.notKept}`;
    if (images.length >= IMAGE_LIMITS.perQuestion)
      return `${name}: a question keeps at most ${IMAGE_LIMITS.perQuestion} images`;
    images.push(read.image);
    return undefined;
  });
  // Files the text does not show as images (a sound, a linked document) are named too.
  const attached = [...files.keys()].filter((name) => !shown.includes(name));
  return {
    text,
    media: [
      ...media.filter((m): m is string => m !== undefined),
      ...attached.map((name) => `the attached file ${name}`)
    ],
    images
  };
}

/** The name Moodle needs for a question without a title: the start of its text (the reader leaves such a name out). */
export function nameFromPrompt(prompt: string): string {
  const value = prompt.replace(/\s+/g, ' ').trim();
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}
