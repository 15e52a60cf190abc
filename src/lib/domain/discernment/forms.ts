/**
 * The forms file of the discernment check: two parallel forms (A and B) of 20 statements each, 10 reported
 * accurately and 10 altered, every item with its key and its evidence (the sentence as the source reports it).
 * Written at build time (`sourcewise discernment --out`), read by the pages; the schema checks the balance too,
 * so a file that would make an unfair check is refused, not shown.
 */
import { z } from 'zod';
import { DETAIL_KINDS } from '../questions';
import { FORMS, type CheckForm } from './scores';

export const FORMS_FORMAT = 'sourcewise-discernment';
export const FORMS_VERSION = 1;
/** Items per form and per key on a form (MIST-20: 10 real, 10 fake). */
export const FORM_SIZE = 20;
export const PER_KEY = FORM_SIZE / 2;

export const ITEM_KEYS = ['accurate', 'altered'] as const;
export type ItemKey = (typeof ITEM_KEYS)[number];

export const checkItemSchema = z.strictObject({
  /** Stable for the same statement: results keep item ids, so old results stay readable. */
  id: z.string().min(1),
  /** What the student judges: short, standalone, no source shown. */
  statement: z.string().min(1),
  key: z.enum(ITEM_KEYS),
  /** The sentence as the source reports it, and which source. */
  evidence: z.strictObject({ sourceId: z.string().min(1), sentence: z.string().min(1) }),
  /** For an altered item: the reported detail and what it was changed to. */
  change: z.strictObject({ from: z.string().min(1), to: z.string().min(1) }).optional(),
  detailKind: z.enum(DETAIL_KINDS),
  /** The generator's confidence in the key (0–1); forms are balanced on it. */
  confidence: z.number().min(0).max(1)
});
export type CheckItem = z.infer<typeof checkItemSchema>;

const formSchema = z.array(checkItemSchema).length(FORM_SIZE);

export const checkSourceSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().min(1),
  published: z.string().optional(),
  url: z.string().optional(),
  licence: z.string().optional()
});

export const formsFileSchema = z
  .strictObject({
    format: z.literal(FORMS_FORMAT),
    version: z.literal(FORMS_VERSION),
    /** Names this edition of the forms (a hash of its items): a result records which edition it answered. */
    edition: z.string().min(1),
    seed: z.number().int(),
    sources: z.array(checkSourceSchema).min(1),
    forms: z.strictObject({ A: formSchema, B: formSchema })
  })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const sentences = new Map<string, CheckForm>();
    for (const form of FORMS) {
      const items = file.forms[form];
      for (const key of ITEM_KEYS) {
        const n = items.filter((item) => item.key === key).length;
        if (n !== PER_KEY)
          ctx.addIssue({
            code: 'custom',
            path: ['forms', form],
            message: `form ${form} has ${n} ${key} items; it needs ${PER_KEY}`
          });
      }
      items.forEach((item, i) => {
        if (ids.has(item.id))
          ctx.addIssue({
            code: 'custom',
            path: ['forms', form, i, 'id'],
            message: `item id ${item.id} is used twice`
          });
        ids.add(item.id);
        const other = sentences.get(item.evidence.sentence);
        if (other)
          ctx.addIssue({
            code: 'custom',
            path: ['forms', form, i, 'evidence'],
            message: `the same reported sentence is used twice (forms ${other} and ${form})`
          });
        sentences.set(item.evidence.sentence, form);
        if ((item.key === 'altered') !== (item.change !== undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['forms', form, i, 'change'],
            message: 'an altered item names its change, an accurate one has none'
          });
        if (item.key === 'accurate' && item.statement !== item.evidence.sentence)
          ctx.addIssue({
            code: 'custom',
            path: ['forms', form, i, 'statement'],
            message: 'an accurate item states the sentence exactly as reported'
          });
      });
    }
  });
export type FormsFile = z.infer<typeof formsFileSchema>;

export type FormsCheck = { ok: true; file: FormsFile } | { ok: false; message: string };

/** Checks a parsed forms file; the problem names its place in plain words (“forms.A[3].statement: …”). */
export function checkFormsFile(data: unknown): FormsCheck {
  const parsed = formsFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const place = issue.path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('');
  return {
    ok: false,
    message: `the discernment forms file is not usable: ${place ? `${place.replace(/^\./, '')}: ` : ''}${issue.message}`
  };
}
