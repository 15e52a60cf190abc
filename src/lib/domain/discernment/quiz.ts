/**
 * The discernment check as a classroom quiz: each form as a pack of two-option questions ("Accurate", "Altered"),
 * so a teacher shares it with the classroom's own links, QR codes and result codes (class-check.ts scores the
 * answers). Student pages load this file: what only the teacher needs lives beside it.
 * The pack carries no source and no explanation: the check measures judgement, not lookup.
 */
import { packSchema, type Pack } from '../packs/schema';
import { ITEM_KEYS, type FormsFile, type ItemKey } from './forms';
import { FORMS, type CheckForm } from './scores';

/** The answers a student can give, in the order the options show (the same order as the keys). */
export const OPTION_TEXT = { accurate: 'Accurate', altered: 'Altered' } as const satisfies Record<
  ItemKey,
  string
>;

const PACK_PREFIX = 'discernment-check-';

/** The id of a form's pack: a built-in pack no library holds, made from the forms file when it is opened. */
export const checkPackId = (form: CheckForm): string => `${PACK_PREFIX}${form.toLowerCase()}`;

/** Every check pack id, form A first. */
export const CHECK_PACK_IDS: readonly string[] = FORMS.map(checkPackId);

/** The form a pack id stands for, or null when it is not a check pack. */
export function checkFormOfPack(packId: string): CheckForm | null {
  return FORMS.find((form) => checkPackId(form) === packId) ?? null;
}

export const checkPackTitle = (form: CheckForm): string => `Discernment check, form ${form}`;

/** One form of the check as a pack: the items in the form's order, item ids as question ids (stable per edition). */
export function checkPack(file: FormsFile, form: CheckForm): Pack {
  const licences = [...new Set(file.sources.flatMap((s) => (s.licence ? [s.licence] : [])))];
  return packSchema.parse({
    format: 'sourcewise-pack',
    version: 2,
    id: checkPackId(form),
    title: checkPackTitle(form),
    license: licences.join('; ') || undefined,
    questions: file.forms[form].map((item) => ({
      id: item.id,
      type: 'choice',
      prompt: item.statement,
      skill: 'verification',
      multiple: false,
      shuffle: false,
      options: ITEM_KEYS.map((key) => ({ text: OPTION_TEXT[key], weight: key === item.key ? 100 : 0 }))
    }))
  });
}
