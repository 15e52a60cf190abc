/**
 * Images from imported files (a Moodle XML `<file>`, a GIFT `data:` address) as the pack keeps them: the kind is read
 * from the picture's first bytes, never from its name, and only PNG, JPEG, GIF and WebP under the size cap are kept
 * (see `imageSchema`). Anything else is named with the reason, so the reader can report it.
 */
import { IMAGE_LIMITS, type QuestionImage } from '../../packs/schema';

const SIGNATURES: [type: string, test: (b: Uint8Array) => boolean][] = [
  ['png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38],
  [
    'webp',
    (b) => String.fromCharCode(...b.subarray(0, 4)) + String.fromCharCode(...b.subarray(8, 12)) === 'RIFFWEBP'
  ]
];

/** The first bytes of base64 text (enough for a signature), or undefined when it is not base64. */
function head(base64: string): Uint8Array | undefined {
  const start = base64.slice(0, 16);
  if (start.length % 4) return undefined;
  try {
    return Uint8Array.from(atob(start), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** A picture in base64 as a pack image, or why it is not kept. */
export function imageFromBase64(
  base64: string,
  about: { name?: string; alt?: string }
): { image: QuestionImage } | { notKept: string } {
  const data = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return { notKept: 'its data is not base64' };
  const bytes = Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
  if (bytes > IMAGE_LIMITS.bytes)
    return {
      notKept: `it is ${Math.ceil(bytes / 1024)} KB; images up to ${IMAGE_LIMITS.bytes / 1024} KB are kept`
    };
  const first = head(data);
  const type = first && SIGNATURES.find(([, test]) => test(first))?.[0];
  if (!type)
    return { notKept: 'it is not a PNG, JPEG, GIF or WebP picture (SVG and other kinds are not kept)' };
  const name = about.name?.trim() || undefined;
  const alt = about.alt?.trim() || undefined;
  return {
    image: { src: `data:image/${type};base64,${data}`, ...(alt ? { alt } : {}), ...(name ? { name } : {}) }
  };
}

/** Which images a pack keeps, in the words of the readers' warnings. */
export const KEPT_IMAGES = `a pack keeps the pictures of a question's text that the file embeds, PNG, JPEG, GIF or WebP up to ${IMAGE_LIMITS.bytes / 1024} KB`;

/**
 * Keeps the images of a text (`tags`, as htmlToText lists them) that are embedded `data:` pictures, adding them to
 * `kept`; returns the names of the others, each with the reason.
 */
export function keepDataImages(
  names: readonly string[],
  tags: readonly { src?: string; alt?: string }[],
  kept: QuestionImage[]
): string[] {
  return names.flatMap((name, i) => {
    const src = tags[i]?.src ?? '';
    const read = src.startsWith('data:')
      ? imageFromDataUri(src, tags[i]?.alt)
      : { notKept: 'it is a link to a file the file does not hold' };
    if ('notKept' in read) return [`${name}: ${read.notKept}`];
    if (kept.length >= IMAGE_LIMITS.perQuestion)
      return [`${name}: a question keeps at most ${IMAGE_LIMITS.perQuestion} images`];
    kept.push(read.image);
    return [];
  });
}

/** A `data:` address as a pack image, or why it is not kept. */
export function imageFromDataUri(src: string, alt?: string): { image: QuestionImage } | { notKept: string } {
  const match = /^data:image\/[a-z0-9.+-]+;base64,/i.exec(src);
  if (!match) return { notKept: 'it is not a base64 picture' };
  return imageFromBase64(src.slice(match[0].length), { alt });
}
