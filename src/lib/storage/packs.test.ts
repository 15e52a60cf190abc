import { describe, expect, it } from 'vitest';
import { deletePack, getPack, listPacks, restorePack, savePack } from './packs';
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
});
