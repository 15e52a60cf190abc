import { describe, expect, it } from 'vitest';
import { deletePack, getPack, listPackIds, listPacks, restorePack, savePack } from './packs';
import { freshDb, samplePack } from './test-helpers';

const t = (day: number) => new Date(Date.UTC(2026, 2, day));

describe('packs', () => {
  it('saves, reads and lists packs, most recently updated first', async () => {
    const { db } = await freshDb();
    await savePack(db, samplePack('alaska'), 'imported', t(1));
    await savePack(db, samplePack('mine'), 'authored', t(3));
    await savePack(db, samplePack('draft'), 'generated', t(2));
    expect((await listPacks(db)).map((p) => [p.id, p.origin])).toEqual([
      ['mine', 'authored'],
      ['draft', 'generated'],
      ['alaska', 'imported']
    ]);
    const alaska = await getPack(db, 'alaska');
    expect(alaska?.pack.questions.map((q) => q.id)).toEqual(['alaska-q0', 'alaska-q1']);
    expect(alaska?.updatedAt).toBe(t(1).getTime());
    expect(await getPack(db, 'missing')).toBeUndefined();
  });

  it('replaces a pack saved again under the same id', async () => {
    const { db } = await freshDb();
    await savePack(db, samplePack('alaska', 1), 'authored', t(1));
    await savePack(db, { ...samplePack('alaska', 3), title: 'Renamed' }, 'authored', t(2));
    const packs = await listPacks(db);
    expect(packs).toHaveLength(1);
    expect(packs[0].pack.title).toBe('Renamed');
    expect(packs[0].pack.questions).toHaveLength(3);
  });

  it('refuses an invalid pack with the JSON path of the problem, storing nothing', async () => {
    const { db } = await freshDb();
    const broken = samplePack('bad');
    (broken.questions[1] as { answer: string }).answer = 'maybe';
    await expect(savePack(db, broken, 'imported')).rejects.toMatchObject({
      kind: 'invalid',
      path: '$.questions[1].answer'
    });
    expect(await listPacks(db)).toEqual([]);
  });

  it('deletes a pack and can undo it with the returned record', async () => {
    const { db } = await freshDb();
    const saved = await savePack(db, samplePack('alaska'), 'authored', t(1));
    const removed = await deletePack(db, 'alaska');
    expect(removed).toEqual(saved);
    expect(await getPack(db, 'alaska')).toBeUndefined();
    expect(await deletePack(db, 'alaska')).toBeUndefined();
    await restorePack(db, removed!);
    expect(await getPack(db, 'alaska')).toEqual(saved);
  });

  it('skips a damaged stored pack and reports which one and why', async () => {
    const { db, problems } = await freshDb();
    await savePack(db, samplePack('good'), 'authored', t(1));
    // Written by some older or broken build, bypassing validation.
    await db.put('packs', { id: 'broken', origin: 'authored', updatedAt: 5, pack: { title: 'x' } } as never);
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['good']);
    expect(await getPack(db, 'broken')).toBeUndefined();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ store: 'packs', key: 'broken' });
    expect(problems[0].message).toMatch(/packs record broken was skipped: pack\.format/);
  });

  it('lists the ids of every stored pack, a damaged one too (its id is taken all the same)', async () => {
    const { db, problems } = await freshDb();
    await savePack(db, samplePack('good'), 'authored', t(1));
    await db.put('packs', { id: 'broken', origin: 'authored', updatedAt: 5, pack: { title: 'x' } } as never);
    expect((await listPackIds(db)).sort()).toEqual(['broken', 'good']);
    // Only ids were read: nothing was checked, so nothing is reported.
    expect(problems).toEqual([]);
  });

  it('reads a pack checked when it was saved without checking its questions again, but not a damaged record', async () => {
    const { db, problems } = await freshDb();
    const saved = await savePack(db, samplePack('mine', 3), 'authored', t(1));
    expect(await getPack(db, 'mine')).toEqual(saved);
    // Damage that is not in a question: the record is still refused.
    await db.put('packs', {
      ...saved,
      id: 'lost',
      pack: { ...saved.pack, id: 'lost', questions: 'none' }
    } as never);
    expect(await getPack(db, 'lost')).toBeUndefined();
    // A question that lost its id or type, or is no question at all, fails the outline: checked in full, refused.
    for (const [id, question] of [
      ['no-id', { ...saved.pack.questions[0], id: undefined }],
      ['no-type', { ...saved.pack.questions[0], type: 7 }],
      ['null', null]
    ] as const) {
      await db.put('packs', {
        ...saved,
        id,
        pack: { ...saved.pack, id, questions: [...saved.pack.questions.slice(1), question] }
      } as never);
      expect(await getPack(db, id), id).toBeUndefined();
    }
    expect(problems.map((p) => p.key)).toEqual(['lost', 'no-id', 'no-type', 'null']);
  });

  it('checks in full a pack stamped by an older check, or by none', async () => {
    const { db, problems } = await freshDb();
    const saved = await savePack(db, samplePack('old', 2), 'imported', t(1));
    const broken = structuredClone(saved);
    (broken.pack.questions[1] as { answer: string }).answer = 'maybe';
    await db.put('packs', { ...broken, checked: 0 });
    expect(await getPack(db, 'old')).toBeUndefined();
    const { checked: _, ...unstamped } = saved;
    await db.put('packs', unstamped);
    expect((await getPack(db, 'old'))?.pack).toEqual(saved.pack);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/packs record old was skipped: pack\.questions/);
  });
});
