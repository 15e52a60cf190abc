/**
 * Turns the HTML and Markdown found in imported questions into plain text. Packs are always shown as text, so this
 * never produces markup: tags are dropped, line-level structure becomes newlines, entities become characters, and
 * images become a visible `[image: …]` note so a question never silently loses its content.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  times: '×',
  divide: '÷',
  deg: '°',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  middot: '·',
  bull: '•',
  shy: ''
};

/** Accented Latin letters written as `&eacute;`, `&Uuml;`, `&ccedil;` … */
const ACCENTS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a'
};

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16), entity);
  if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10), entity);
  if (name in NAMED_ENTITIES) return NAMED_ENTITIES[name];
  const accent = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(name);
  if (accent) return (accent[1] + ACCENTS[accent[2]]).normalize('NFC');
  if (name === 'szlig') return 'ß';
  return entity;
}

function codePoint(value: number, fallback: string): string {
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
    return fallback;
  return String.fromCodePoint(value);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, decodeEntity);
}

/** A tag or an entity: the text is probably HTML rather than prose that happens to use `<` or `&`. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-zA-Z][^<>]*>|<!--|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/.test(text);
}

const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer|hr|dd|dt)$/i;

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;
  return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
}

export interface HtmlToTextResult {
  text: string;
  /** Images were replaced by a text note. */
  images: number;
  /** Each image by name, in order: its file (`logo.png`, also from `@@PLUGINFILE@@/logo.png`), or `a data: image`. */
  imageNames: string[];
  /** Each image's address and description as written (`@@PLUGINFILE@@/logo.png`, `data:image/png;base64,…`). */
  imageTags: { src?: string; alt?: string }[];
}

const PLUGINFILE = '@@PLUGINFILE@@/';

/** What an image is called in a report: its file name, or that it was embedded in the text itself. */
function imageName(src: string | undefined, alt: string | undefined): string {
  if (!src) return alt ? `an image (${alt})` : 'an image without an address';
  if (src.startsWith('data:')) return 'an image embedded as a data: address';
  const file = src.startsWith(PLUGINFILE) ? src.slice(PLUGINFILE.length) : src;
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

/**
 * HTML to readable plain text. Whitespace collapses as in a browser (except inside `<pre>`), block elements and
 * `<br>` become line breaks, list items get a dash, images become `[image: alt or address]`.
 */
export function htmlToText(html: string): HtmlToTextResult {
  const imageNames: string[] = [];
  const imageTags: { src?: string; alt?: string }[] = [];
  let text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template|head)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  // Keep <pre> whitespace by swapping its newlines for a marker that survives whitespace collapsing.
  text = text.replace(/<pre\b[^>]*>([\s\S]*?)(<\/pre\s*>|$)/gi, (_m, inner: string) =>
    `\n${inner.replace(/\n/g, '\u2028').replace(/ /g, '\u00a0')}\n`.replace(/<br\s*\/?>/gi, '\u2028')
  );
  text = text.replace(/[ \t\n\r\f\v]+/g, ' ');
  text = text.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g,
    (tag: string, _close: string, name: string) => {
      if (name.toLowerCase() === 'img') {
        const src = attribute(tag, 'src');
        const alt = attribute(tag, 'alt');
        imageNames.push(imageName(src, alt));
        imageTags.push({ src, alt });
        // A data: address is the image itself (often kilobytes of base64): never text to show.
        const label = alt || (src?.startsWith('data:') ? 'embedded image' : src) || '';
        return label ? `[image: ${label}]` : '[image]';
      }
      if (name.toLowerCase() === 'li' && !_close) return '\n- ';
      return BLOCK_TAGS.test(name) ? '\n' : '';
    }
  );
  text = decodeEntities(text.replace(/<[!?][^>]*>/g, ''));
  text = text.replace(/\u2028/g, '\n').replace(/\u00a0/g, ' ');
  return { text: tidyLines(text), images: imageNames.length, imageNames, imageTags };
}

/** Trims each line, drops trailing spaces and collapses runs of empty lines. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^ (?=\S)/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Markdown to plain text, conservatively: emphasis markers around words and heading hashes go; everything else,
 * including list dashes and the `_____` blank of a missing-word question, stays as written.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/ {2,}$/gm, '')
    .trim();
}
