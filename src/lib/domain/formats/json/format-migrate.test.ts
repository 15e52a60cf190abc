import { describe, expect, it } from 'vitest';
import { packSchema } from '../../packs/schema';
import { sampleQuestion } from '../../questions/testing';
import { migratePackV1, upgradeOlderPack } from './format-migrate';

const v1 = (questions: unknown[]) => ({
  format: 'sourcewise-pack',
  version: 1,
  id: 'unit',
  title: 'Unit',
  sources: [{ id: 'dw', title: 'Talks', outlet: 'DW', kind: 'news' }],
  questions
});

describe('pack format version 1 → 2', () => {
  it("gives generated questions their type's skill and maps an unknown authored skill to general, naming it", () => {
    const before = v1([
      sampleQuestion('spot-error', { id: 'claim', skill: 'checking' }),
      sampleQuestion('attribution', { id: 'who', skill: 'attribution' }),
      sampleQuestion('choice', { id: 'pick', skill: 'Media literacy' }),
      sampleQuestion('numerical', { id: 'count', skill: 'detail' })
    ]);
    const copy = structuredClone(before);
    const { pack, notes } = migratePackV1(before);
    expect(before).toEqual(copy); // pure
    expect(pack.version).toBe(2);
    expect((pack.questions as { skill: string }[]).map((q) => q.skill)).toEqual([
      'verification',
      'attribution',
      'general',
      'detail'
    ]);
    expect(notes).toEqual([
      {
        place: { field: '$.questions[0].skill' },
        message: 'question “claim”: its skill “checking” became “verification”, the skill of its type'
      },
      {
        place: { field: '$.questions[2].skill' },
        message:
          'question “pick”: the skill “Media literacy” is not one Sourcewise knows, so it became “general”'
      }
    ]);
    expect(packSchema.safeParse(pack).success).toBe(true);
  });

  it('keeps version 1 spot-the-error keys and every other field as they were', () => {
    const question = sampleQuestion('spot-error', { answer: 'holds-up', skill: 'verification' });
    const { pack, notes } = migratePackV1(v1([question]));
    expect(pack.questions).toEqual([question]);
    expect(notes).toEqual([]);
  });

  it('upgrades stored data of versions 0 and 1 silently and leaves current, newer or broken data alone', () => {
    const v0 = {
      version: 0,
      id: 'old',
      name: 'Old',
      questions: [{ id: 'a', kind: 'truefalse', text: 'T?', answer: true }]
    };
    expect(packSchema.safeParse(upgradeOlderPack(v0)).success).toBe(true);
    const current = { ...v1([]), version: 2 };
    expect(upgradeOlderPack(current)).toBe(current);
    const newer = { ...v1([]), version: 3 };
    expect(upgradeOlderPack(newer)).toBe(newer);
    expect(upgradeOlderPack('not a pack')).toBe('not a pack');
  });

  it('never refuses stored data for a skill: a version 2 pack with an unknown skill still reads', () => {
    const stored = { ...v1([sampleQuestion('choice', { skill: 'Media literacy' })]), version: 2 };
    expect(packSchema.safeParse(stored).success).toBe(true);
  });
});
