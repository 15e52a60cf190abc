/**
 * `sourcewise quotes <files...> [--json]`: direct quotes and their speakers.
 * Plain `.txt` files are analysed whole; `.md` articles with front matter are analysed by body, with
 * offsets into the body. With --json prints the contract of ../shared/eval/README.md.
 */
import { parseArticle } from '../../lib/domain/corpus/article';
import { extractQuotes, type Quote } from '../../lib/domain/analysis';
import { parseArgs, readTextFile, UsageError } from '../io';

interface DocumentResult {
  file: string;
  quotes: Pick<
    Quote,
    'text' | 'speaker' | 'start' | 'end' | 'cue' | 'confidence' | 'question' | 'kind' | 'reported'
  >[];
}

/** The text to analyse: an article's body when the file has front matter, else the whole file. */
export function analysableText(file: string, source: string): string {
  if (/\.md$/i.test(file) && /^---[ \t]*\r?\n/.test(source)) return parseArticle(source, file).text;
  return source;
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  if (!positional.length)
    throw new UsageError('name at least one text or article file: sourcewise quotes <files...> [--json]');
  const documents: DocumentResult[] = [];
  for (const file of positional) {
    const text = analysableText(file, readTextFile(file));
    documents.push({
      file,
      quotes: extractQuotes(text).map((q) => ({
        text: q.text,
        speaker: q.speaker,
        start: q.start,
        end: q.end,
        cue: q.cue,
        confidence: Math.round(q.confidence * 100) / 100,
        question: q.question,
        kind: q.kind,
        reported: q.reported
      }))
    });
  }
  // Output piped into `head` may close early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  if (flags.has('json')) {
    process.stdout.write(JSON.stringify({ documents }) + '\n');
    return 0;
  }
  const lines: string[] = [];
  for (const doc of documents) {
    for (const q of doc.quotes) {
      const who = q.speaker ?? '?';
      const extra = [
        q.cue ? `cue "${q.cue}"` : null,
        q.reported ? `relaying ${q.reported}` : null,
        q.question ? 'question' : null
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`${doc.file}:${q.start}  [${q.kind}] ${who}: “${q.text}”${extra ? `  (${extra})` : ''}`);
    }
  }
  if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
