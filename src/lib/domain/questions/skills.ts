/** The skills questions train, each with its learner-facing label: the one list of them. */
const SKILLS = {
  attribution: 'Who said this?',
  'fact-opinion': 'Fact or opinion?',
  verification: 'Does this claim hold up?',
  detail: 'Which version matches the reporting?',
  sources: 'The outlets disagree. Who reported what?',
  general: 'Quiz'
} as const;

export type Skill = keyof typeof SKILLS;

/** The learner-facing label of each skill; indexed by a question's `skill`, which a pack may set to anything. */
export const SKILL_LABELS: Record<string, string> = SKILLS;
