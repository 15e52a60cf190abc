/** The skills questions train, each with its learner-facing label: the one list of them. */
const SKILL_NAMES = {
  attribution: 'Who said this?',
  'fact-opinion': 'Fact or opinion?',
  verification: 'Does this claim hold up?',
  detail: 'Which version matches the reporting?',
  sources: 'The outlets disagree. Who reported what?',
  general: 'Quiz'
} as const;

export type Skill = keyof typeof SKILL_NAMES;

/**
 * Every skill, in the order the list above gives them (pack format version 2 allows only these). Stored answers name
 * their skill by its place here (storage's attempt codec): add new skills at the end.
 */
export const SKILLS = Object.keys(SKILL_NAMES) as Skill[];

/**
 * The learner-facing label of each skill; indexed by a stored question's or attempt's `skill`, which older data may
 * have set to anything (stored data is never refused for it: the label falls back to the raw value).
 */
export const SKILL_LABELS: Record<string, string> = SKILL_NAMES;

export const isSkill = (value: unknown): value is Skill =>
  typeof value === 'string' && Object.hasOwn(SKILL_NAMES, value);
