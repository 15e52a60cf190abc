/**
 * Builds the forms file of the discernment check from its own articles (build time and the CLI): candidate facts
 * from the generator, two balanced forms with a seed, validated against the forms schema before it is returned.
 */
import type { Article } from '../corpus/article';
import { hash53 } from '../hash';
import { assembleForms } from './assemble';
import { findCandidates } from './candidates';
import { formsFileSchema, FORMS_FORMAT, FORMS_VERSION, type FormsFile } from './forms';

export { NotEnoughFacts } from './assemble';

export function buildCheck(articles: readonly Article[], seed: number): FormsFile {
  const forms = assembleForms(findCandidates(articles, seed), seed);
  const cited = new Set([...forms.A, ...forms.B].map((item) => item.evidence.sourceId));
  const items = JSON.stringify(forms);
  return formsFileSchema.parse({
    format: FORMS_FORMAT,
    version: FORMS_VERSION,
    edition: `e${hash53(items).toString(36)}`,
    seed,
    sources: articles
      .filter((a) => cited.has(a.id))
      .map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        url: a.url,
        licence: a.licence
      })),
    forms
  });
}
