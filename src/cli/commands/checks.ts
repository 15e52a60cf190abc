/** `sourcewise checks <files...> [--json]`: claims the corpus corrects, and cross-source discrepancies. */
import { parseArticle } from '../../lib/domain/corpus/article';
import { type CheckDocument, findChecks, type Finding } from '../../lib/domain/analysis';
import { parseArgs, readTextFile, UsageError } from '../io';

export function loadCheckDocument(file: string): CheckDocument {
  const source = readTextFile(file);
  if (file.endsWith('.md') && /^---[ \t]*\r?\n/.test(source)) {
    const article = parseArticle(source, file);
    return {
      file,
      text: article.text,
      sourceId: article.id,
      outlet: article.outlet,
      published: article.published
    };
  }
  return { file, text: source };
}

function describe(f: Finding): string {
  const value =
    f.claimValue || f.evidenceValue ? ` [${f.claimValue ?? '—'} vs ${f.evidenceValue ?? '—'}]` : '';
  return `${f.kind} (${Math.round(f.confidence * 100)}%)${f.topic ? ` · ${f.topic}` : ''}${value}\n  claim    ${f.claim.file}: ${f.claim.text}\n  evidence ${f.evidence.file}: ${f.evidence.text}\n  ${f.explanation}`;
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  if (!positional.length)
    throw new UsageError('name at least one article file: sourcewise checks <files...> [--json]');
  const docs = positional.map(loadCheckDocument);
  const findings = findChecks(docs);
  if (flags.has('json')) console.log(JSON.stringify({ findings }));
  else {
    for (const f of findings) console.log(describe(f));
    console.log(
      `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${docs.length} file${docs.length === 1 ? '' : 's'}`
    );
  }
  return 0;
}
