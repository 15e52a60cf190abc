import { error } from '@sveltejs/kit';
import { GUIDED_SKILLS, skillGuide } from '$lib/domain/study/skill-guides';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per skill, from the one list of skills. */
export const entries: EntryGenerator = () => GUIDED_SKILLS.map((skill) => ({ skill }));

export const load: PageLoad = ({ params }) => {
  const guide = skillGuide(params.skill);
  if (!guide) error(404, `There is no skill called “${params.skill}”.`);
  return { skill: params.skill, guide };
};
