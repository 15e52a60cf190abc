/** Moodle XML, the question bank's own export format (read.ts follows Moodle's qformat_xml; write.ts its export). */
import type { TextFormat } from '../types';

/** An XML declaration, comments and space, then the `<quiz>` root: what every Moodle XML export starts with. */
export function startsWithQuiz(text: string): boolean {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  skipSpace();
  if (text.startsWith('<?xml', at)) {
    const end = text.indexOf('?>', at);
    if (end < 0) return false;
    at = end + 2;
    skipSpace();
  }
  while (text.startsWith('<!--', at)) {
    const end = text.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
    skipSpace();
  }
  return /^<quiz[\s>/]/.test(text.slice(at, at + 6));
}

export const moodleXml = {
  label: 'Moodle XML',
  menuLabel: 'Moodle XML (.xml)',
  extensions: ['xml'],
  // Many files end in .xml: only a <quiz> root makes one Moodle XML; any other XML is refused.
  claimsExtensions: false,
  holdsImages: true,
  mimeType: 'application/xml',
  fileSuffix: '-moodle',
  firstPlace: { line: 1 },
  binary: false,
  sniff: (sample) => (startsWithQuiz(sample.text) ? 0.9 : 0),
  reader: () => import('./read'),
  writer: () => import('./write')
} as const satisfies TextFormat;
