/**
 * A short explanation of each skill, in plain words, and the one line of advice the end of a session gives for a weak
 * skill. Keyed by the one list of skills (`../questions/skills.ts`), so a new skill fails to compile until it has one.
 */
import type { Skill } from '../questions';

export interface SkillGuide {
  /** The page's heading. */
  title: string;
  /** One line of advice, shown at the end of a session when the skill is weak. */
  advice: string;
  /** The explanation, a few short paragraphs. */
  paragraphs: string[];
  /** Questions to ask yourself while reading. */
  checks: string[];
}

export const SKILL_GUIDES = {
  attribution: {
    title: 'Who said it?',
    advice:
      'Before you answer, find the quote marks and the word “said” next to them: the name there is the speaker.',
    paragraphs: [
      'News articles mix the reporter’s words with the words of the people they spoke to. A quote belongs to the person the article names next to it, not to the person the sentence is about.',
      'Reporters signal a quote with quote marks and a verb such as “said”, “told”, “wrote” or “according to”. The speaker can come before the quote, after it, or in the next sentence (“he said”, where “he” points back to a name).',
      'Getting this right matters: a claim from a spokesperson for one side is not a fact reported by the newspaper.'
    ],
    checks: [
      'Where do the quote marks open and close?',
      'Which name is next to “said”, “told” or “according to”?',
      'If it says “he” or “she”, who was named just before?'
    ]
  },
  'fact-opinion': {
    title: 'Fact or opinion?',
    advice:
      'Ask whether the sentence could be checked against a record; if it judges or predicts, it is an opinion.',
    paragraphs: [
      'A fact can be checked: a date, a number, a vote, something that happened and was recorded. It can be wrong, but you could find out.',
      'An opinion judges, feels, recommends or predicts: words such as “best”, “disastrous”, “should” or “will surely” are clues. Reasonable people can disagree with it, and no record settles it.',
      'Articles often wrap an opinion in a fact (“Officials said the plan was a failure”): that officials said it is a fact; that the plan failed is their opinion.'
    ],
    checks: [
      'Could a record, a document or a measurement settle this?',
      'Are there judging words such as “best”, “unfair” or “should”?',
      'Is it a prediction about what will happen?'
    ]
  },
  verification: {
    title: 'Checking a claim',
    advice:
      'Look for what the source itself says: a claim the article only reports from someone is not confirmed.',
    paragraphs: [
      'A claim holds up when the reporting says so plainly and names where it comes from. It is contradicted when the source says something else, and unsupported when the article only reports that someone claims it, or calls it unconfirmed.',
      'Words such as “allegedly”, “reportedly”, “could not be verified” or “claimed” tell you the reporter has not confirmed it.',
      'When in doubt, find the original: the report, the data or the full speech the article is based on.'
    ],
    checks: [
      'Does the article state it, or only report that someone claims it?',
      'Does any source say something different?',
      'Can you find the original document or data?'
    ]
  },
  detail: {
    title: 'Details matter',
    advice: 'Read the sentence in the article again and compare numbers, names, places and times one by one.',
    paragraphs: [
      'A changed detail, a wrong number, day, place or name, can turn a true sentence into a false one while it still sounds right.',
      'Compare the versions piece by piece: who, what, how many, where and when. The version that matches the reporting matches on every piece, not just most of them.',
      'Numbers deserve a second look: millions or billions, percent or percentage points, this year or last year.'
    ],
    checks: [
      'Do the numbers and units match exactly?',
      'Are the names, places and dates the same?',
      'Has a word such as “all”, “some” or “never” changed?'
    ]
  },
  sources: {
    title: 'Comparing outlets',
    advice:
      'Read what each outlet reported side by side, and note which one says what before you match them up.',
    paragraphs: [
      'Different outlets often report the same event with different numbers, quotes or emphasis. That is not always a lie: they may have asked different people, or written at different times.',
      'Comparing them shows you what everyone agrees on and where they differ. Where they differ, the outlet that names its source, or was there, usually deserves more weight.',
      'Read at least two outlets on any story that matters to you.'
    ],
    checks: [
      'What do all the outlets agree on?',
      'Where do the numbers or quotes differ, and who gives a source?',
      'Was the story updated or corrected later?'
    ]
  },
  general: {
    title: 'Reading the news carefully',
    advice: 'Slow down: read the question and every option in full before you pick one.',
    paragraphs: [
      'Many mistakes come from answering too quickly. Read the whole question and every option before choosing.',
      'When a question points to a passage, go back to it: the answer is there, not in what you remember.',
      'The explanation after each answer is worth reading even when you were right: it shows how to check next time.'
    ],
    checks: [
      'Have I read every option?',
      'What exactly does the question ask?',
      'Where in the article is the answer?'
    ]
  }
} satisfies Record<Skill, SkillGuide>;

/** The skills that have a guide, for the prerendered pages. */
export const GUIDED_SKILLS = Object.keys(SKILL_GUIDES) as Skill[];

export function skillGuide(skill: string): SkillGuide | undefined {
  return Object.hasOwn(SKILL_GUIDES, skill) ? SKILL_GUIDES[skill as Skill] : undefined;
}
