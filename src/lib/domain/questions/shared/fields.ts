/** The fields and limits every question type is built from, so each type's schema says only what is its own. */
import { z } from 'zod';

/** Caps keep a hostile or broken pack from exhausting memory or the screen. */
export const LIMITS = {
  questions: 5000,
  sources: 500,
  id: 200,
  title: 300,
  shortText: 2000,
  text: 20_000,
  articleText: 500_000,
  options: 50,
  tags: 50
} as const;

/** A question's own time limit in seconds, the range live-quiz tools allow (Kahoot offers 5 … 240). */
export const TIME_LIMIT = { min: 5, max: 240 } as const;
/**
 * The time limits Kahoot offers. Here rather than in kahoot.ts, which is teacher-only code left out of the precache:
 * the question editor suggests these values and must load offline without it.
 */
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
const timeLimitMessage = `a time limit is whole seconds from ${TIME_LIMIT.min} to ${TIME_LIMIT.max}`;

export const id = z.string().trim().min(1).max(LIMITS.id);
export const shortText = z.string().max(LIMITS.shortText);
export const text = z.string().max(LIMITS.text);

/** Where a question comes from: the article and the character span of its passage. */
export const provenanceSchema = z
  .object({
    sourceId: id,
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    excerpt: text
  })
  .refine((p) => p.end >= p.start, { message: 'end must not be before start', path: ['end'] });

/**
 * Images a question shows, kept from an imported Moodle XML or GIFT file: PNG, JPEG, GIF or WebP only, as a `data:`
 * address (never SVG, which can carry script), each at most `bytes` and at most `perQuestion` of them, so a pack
 * stays small enough to store and share. Packs without images are unchanged.
 */
export const IMAGE_LIMITS = { bytes: 200 * 1024, perQuestion: 4 } as const;
export const IMAGE_TYPES = ['png', 'jpeg', 'gif', 'webp'] as const;
const DATA_IMAGE = new RegExp(`^data:image/(${IMAGE_TYPES.join('|')});base64,[A-Za-z0-9+/]+={0,2}$`);
export const imageSchema = z.object({
  src: z
    .string()
    .max(
      Math.ceil(IMAGE_LIMITS.bytes / 3) * 4 + 30,
      `an image may be at most ${IMAGE_LIMITS.bytes / 1024} KB`
    )
    .regex(DATA_IMAGE, 'an image is a PNG, JPEG, GIF or WebP picture written as a data: address'),
  /** What it shows, for those who cannot see it. */
  alt: z.string().max(LIMITS.shortText).optional(),
  /** Its file name in the file it came from (`logo.png`), which Moodle XML export writes again. */
  name: z.string().max(LIMITS.title).optional()
});

/** The fields every question has, whatever its type. */
export const questionBase = {
  id,
  prompt: text,
  explanation: text.default(''),
  skill: z.string().min(1).max(60),
  difficulty: z.number().min(0).max(1).optional(),
  tags: z.array(z.string().max(100)).max(LIMITS.tags).optional(),
  title: z.string().max(LIMITS.title).optional(),
  source: provenanceSchema.optional(),
  images: z.array(imageSchema).max(IMAGE_LIMITS.perQuestion).optional(),
  /** The generator's confidence in the answer key, 0–1; absent on hand-written questions. */
  confidence: z.number().min(0).max(1).optional(),
  /** Seconds to answer in a timed live quiz; absent: the quiz's own time per question applies. */
  timeLimit: z
    .number(timeLimitMessage)
    .int(timeLimitMessage)
    .min(TIME_LIMIT.min, timeLimitMessage)
    .max(TIME_LIMIT.max, timeLimitMessage)
    .meta({
      description:
        "Seconds to answer this question in a timed live quiz (a Sourcewise classroom quiz with its timer on, or Kahoot): a whole number from 5 to 240. Leave it out to use the quiz's own time per question."
    })
    .optional()
};

export const optionList = z.array(shortText.min(1)).min(2).max(LIMITS.options);
export const indexIn = (field: string) => ({
  message: `answer must point at one of the ${field}`,
  path: ['answer']
});

export const feedback = shortText.optional();
/** GIFT-style weight in percent: 100 is fully right, negative values penalise. */
export const weight = z.number().min(-100).max(100);
