/**
 * `sourcewise discernment [articles dir] [--seed N] [--form A|B] [--json] [--out file]`: builds the two forms of the
 * discernment check from its own articles (content/discernment by default), prints one for review or writes both
 * (the forms file the app reads, static/discernment/forms.json when run by `npm run packs`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildCheck, NotEnoughFacts } from '../../lib/domain/discernment/build';
import { FORMS, type CheckForm, type CheckItem, type FormsFile } from '../../lib/domain/discernment';
import { loadArticles } from '../corpus-loader';
import { parseArgs, UsageError } from '../io';

export const CHECK_ARTICLES = 'content/discernment';
/** The articles of the practice packs: the check must not share any of them. */
const PRACTICE_ARTICLES = 'content/articles';
export const DEFAULT_CHECK_SEED = 2026;

function seedOf(flag: string | true | undefined): number {
  if (flag === undefined) return DEFAULT_CHECK_SEED;
  const seed = Number(flag);
  if (flag === true || !Number.isInteger(seed) || seed < 0)
    throw new UsageError(`--seed must be a whole number of 0 or more, not "${flag === true ? '' : flag}"`);
  return seed;
}

function formOf(flag: string | true | undefined): CheckForm | undefined {
  if (flag === undefined) return undefined;
  if (flag === 'A' || flag === 'B') return flag;
  throw new UsageError(`--form must be A or B, not "${flag === true ? '' : flag}"`);
}

/** The check's articles, refused if they are (or share an article with) the practice packs' articles. */
async function loadCheckArticles(dir: string) {
  if (resolve(dir) === resolve(PRACTICE_ARTICLES))
    throw new UsageError(
      `${dir}: these are the practice packs' articles; the check needs articles of its own (${CHECK_ARTICLES})`
    );
  const articles = await loadArticles(dir);
  let practice: string[] = [];
  try {
    practice = (await loadArticles(PRACTICE_ARTICLES)).map((a) => a.id);
  } catch {
    // No practice corpus here (a copy of the CLI elsewhere): nothing to keep apart.
  }
  const shared = articles.filter((a) => practice.includes(a.id)).map((a) => a.id);
  if (shared.length)
    throw new UsageError(
      `${dir}: ${shared.join(', ')} ${shared.length === 1 ? 'is' : 'are'} also in ${PRACTICE_ARTICLES}; a student could answer the check from memory of the practice packs`
    );
  return articles;
}

function printForm(file: FormsFile, form: CheckForm): void {
  const sources = new Map(file.sources.map((s) => [s.id, s]));
  console.log(`Discernment check, form ${form} (edition ${file.edition}, seed ${file.seed})\n`);
  file.forms[form].forEach((item: CheckItem, i) => {
    const source = sources.get(item.evidence.sourceId);
    console.log(`${String(i + 1).padStart(2)}. [${item.key}] ${item.statement}`);
    if (item.change) console.log(`    changed: “${item.change.from}” → “${item.change.to}”`);
    console.log(`    reported: ${item.evidence.sentence}`);
    console.log(`    source: ${source ? `${source.outlet}, “${source.title}”` : item.evidence.sourceId}\n`);
  });
  const altered = file.forms[form].filter((i) => i.key === 'altered').length;
  console.log(
    `${file.forms[form].length} statements: ${file.forms[form].length - altered} accurate, ${altered} altered`
  );
}

export async function run(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['seed', 'form', 'out']);
  if (positional.length > 1)
    throw new UsageError('name one articles directory: sourcewise discernment [articles dir] --form A|B');
  const form = formOf(flags.get('form'));
  const out = flags.get('out');
  if (out === true) throw new UsageError('--out needs a file name');
  if (!form && !out)
    throw new UsageError('say what to do: --form A|B prints a form for review, --out FILE writes both forms');
  const dir = positional[0] ?? CHECK_ARTICLES;
  const articles = await loadCheckArticles(dir);
  let file: FormsFile;
  try {
    file = buildCheck(articles, seedOf(flags.get('seed')));
  } catch (error) {
    if (error instanceof NotEnoughFacts) throw new UsageError(`${dir}: ${error.message}`);
    throw error;
  }
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(file));
    if (!form)
      console.log(
        `wrote ${out}: forms ${FORMS.join(' and ')} of ${file.forms.A.length} statements each (edition ${file.edition}) from ${file.sources.length} of ${articles.length} articles`
      );
  }
  if (form) {
    if (flags.has('json')) {
      const { edition, seed, sources } = file;
      console.log(JSON.stringify({ form, edition, seed, items: file.forms[form], sources }));
    } else printForm(file, form);
  }
  return 0;
}
