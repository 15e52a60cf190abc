import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PackLibrary } from './packs.svelte';
import { UpdateState } from './update.svelte';

const basics = readFileSync('content/packs/media-literacy-basics.json', 'utf8');
const index = JSON.stringify({
  format: 'sourcewise-index',
  version: 1,
  packs: [
    { id: 'basics', title: 'Basics', file: 'basics.json', questionCount: 12 },
    { id: 'broken', title: 'Broken', file: 'broken.json', questionCount: 1 },
    { id: 'gone', title: 'Gone', file: 'gone.json', questionCount: 1 }
  ]
});

/** A fetch that serves the given files and counts requests; anything else is a 404. */
function fakeFetch(files: Record<string, string>) {
  const calls: string[] = [];
  const fetcher = (async (url: string) => {
    calls.push(url);
    const body = files[url];
    return new Response(body ?? 'not found', { status: body === undefined ? 404 : 200 });
  }) as typeof fetch;
  return { fetcher, calls };
}

describe('PackLibrary', () => {
  const files = {
    '/packs/index.json': index,
    '/packs/basics.json': basics,
    '/packs/broken.json': JSON.stringify({ ...JSON.parse(basics), questions: [{ id: 'q', type: 'choice' }] })
  };

  it('loads and validates a built-in pack once', async () => {
    const { fetcher, calls } = fakeFetch(files);
    const library = new PackLibrary();
    const first = await library.loadPack('basics', fetcher);
    const again = await library.loadPack('basics', fetcher);
    expect(first.ok && first.pack.questions).toHaveLength(JSON.parse(basics).questions.length);
    expect(again).toBe(first);
    expect(calls.filter((c) => c === '/packs/basics.json')).toHaveLength(1);
  });

  it('explains a broken pack with the JSON paths of its problems', async () => {
    const library = new PackLibrary();
    const result = await library.loadPack('broken', fakeFetch(files).fetcher);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('"Broken" is broken');
    expect(result.details.join('\n')).toContain('$.questions[0]');
  });

  it('tries again after a failed download, and finds the learner’s own packs in storage', async () => {
    const library = new PackLibrary(async (id) => (id === 'mine' ? JSON.parse(basics) : null));
    const gone = await library.loadPack('gone', fakeFetch(files).fetcher);
    expect(gone).toMatchObject({ ok: false, message: expect.stringContaining('could not be loaded') });
    const retry = await library.loadPack('gone', fakeFetch({ ...files, '/packs/gone.json': basics }).fetcher);
    expect(retry.ok).toBe(true);
    expect((await library.loadPack('mine', fakeFetch(files).fetcher)).ok).toBe(true);
    expect(await library.loadPack('nobody', fakeFetch(files).fetcher)).toMatchObject({
      ok: false,
      message: 'There is no pack called "nobody".'
    });
  });

  it('reports a broken index instead of an empty home screen', async () => {
    const library = new PackLibrary();
    await library.loadIndex(fakeFetch({ '/packs/index.json': '{"format":"other"}' }).fetcher);
    expect(library.status).toBe('error');
    expect(library.error).toContain('$.format');
  });
});

describe('UpdateState', () => {
  it('holds the reload prompt while any question is being answered', () => {
    const update = new UpdateState();
    const a = update.hold();
    const b = update.hold();
    expect(update.answering).toBe(true);
    a();
    a(); // releasing twice must not release someone else's hold
    expect(update.answering).toBe(true);
    b();
    expect(update.answering).toBe(false);
  });
});
