import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePackIndex } from '../../lib/domain/packs/pack-index';
import { validatePack } from '../../lib/domain/packs/validate';
import { run } from './generate';

const ARTICLES = 'content/articles';
/** Generation runs the whole analysis: seconds on a busy machine. */
const SLOW = 120_000;
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcewise-generate-'));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function corpus(files: string[]): string {
  const articles = join(dir, 'articles');
  mkdirSync(articles, { recursive: true });
  for (const f of files) copyFileSync(join(ARTICLES, f), join(articles, f));
  return articles;
}

const handPack = {
  format: 'sourcewise-pack',
  version: 1,
  id: 'basics',
  title: 'Basics',
  questions: [
    { id: 'q1', type: 'true-false', prompt: 'A fact can be checked.', skill: 'general', answer: true }
  ]
};

describe('sourcewise generate', () => {
  it(
    'writes a pack per article, the corpus pack, hand-written packs, index.json and the JSON Schema',
    async () => {
      const articles = corpus([
        'dw-trump-putin-alaska-summit-liveblog.md',
        'metro-trump-speaks-to-zelensky-after-putin-summit.md'
      ]);
      const packs = join(dir, 'packs');
      mkdirSync(packs);
      writeFileSync(join(packs, 'basics.json'), JSON.stringify(handPack));
      const out = join(dir, 'out');
      const code = await run([
        articles,
        '--out',
        out,
        '--packs',
        packs,
        '--corpus-id',
        'summit',
        '--corpus-title',
        'Summit'
      ]);
      expect(code).toBe(0);
      const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
      expect(index.format).toBe('sourcewise-index');
      // The app reads back exactly what was written.
      expect(parsePackIndex(index)).toEqual({ ok: true, packs: index.packs });
      expect(index.packs.map((p: { id: string }) => p.id)).toEqual([
        'summit',
        'dw-trump-putin-alaska-summit-liveblog',
        'metro-trump-speaks-to-zelensky-after-putin-summit',
        'basics'
      ]);
      for (const entry of index.packs) {
        const pack = JSON.parse(readFileSync(join(out, entry.file), 'utf8'));
        expect(validatePack(pack).ok, entry.file).toBe(true);
        expect(entry.questionCount).toBe(pack.questions.length);
        expect(Object.values(entry.types).reduce((a, b) => (a as number) + (b as number), 0)).toBe(
          pack.questions.length
        );
      }
      const summit = index.packs[0];
      expect(summit.title).toBe('Summit');
      expect(summit.outlets).toEqual(['DW', 'Metro']);
      expect(summit.types.attribution).toBeGreaterThan(0);
      const schema = JSON.parse(readFileSync(join(out, 'pack.schema.json'), 'utf8'));
      expect(schema.$schema).toMatch(/json-schema/);
      expect(schema.properties.questions).toBeDefined();
      // Every question type documents its optional time limit for people writing packs by hand.
      for (const variant of schema.properties.questions.items.oneOf) {
        expect(variant.properties.timeLimit).toMatchObject({ type: 'integer', minimum: 5, maximum: 240 });
        expect(variant.properties.timeLimit.description).toMatch(/timed live quiz/);
        expect(variant.required).not.toContain('timeLimit');
      }
    },
    SLOW
  );

  it(
    'makes no story pack from unrelated articles, and keeps their distractors apart',
    async () => {
      const articles = corpus(['dailyadda-trump-video-praising-putin.md']);
      writeFileSync(
        join(articles, 'council.md'),
        [
          '---',
          'id: council-parking',
          'title: Council votes on parking',
          'outlet: The Local',
          "published: '2018-03-02'",
          'kind: news',
          '---',
          'Councillor Ann Rowe said the city would lose forty parking spaces on Main Street.',
          '“We cannot keep paving over the town centre,” Rowe said at the meeting on Tuesday.',
          'Mayor Dev Patel disagreed. “Shops need customers who can park,” Patel said.',
          '“This plan has been rushed through without asking the people who live here,” said resident Tom Reed.'
        ].join('\n') + '\n'
      );
      const out = join(dir, 'out');
      expect(await run([articles, '--out', out, '--packs', join(dir, 'none')])).toBe(0);
      const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
      expect(index.packs.map((p: { id: string }) => p.id)).toEqual([
        'council-parking',
        'dailyadda-trump-video-praising-putin'
      ]);
      const council = JSON.parse(readFileSync(join(out, 'council-parking.json'), 'utf8'));
      const people = council.questions
        .filter((q: { type: string }) => q.type === 'attribution')
        .flatMap((q: { options: string[] }) => q.options);
      expect(people.length).toBeGreaterThan(0);
      for (const name of people) expect(['Ann Rowe', 'Dev Patel', 'Tom Reed']).toContain(name);
    },
    SLOW
  );

  it(
    'reads a saved .html page and a .txt file; what they do not say (outlet, date) is left out of every word',
    async () => {
      const articles = join(dir, 'mixed');
      mkdirSync(articles);
      copyFileSync('tests/fixtures/articles/france24-bangladesh-blogger.html', join(articles, 'page.html'));
      copyFileSync('tests/fixtures/articles/plain-news.txt', join(articles, 'notes.txt'));
      const out = join(dir, 'out');
      expect(await run([articles, '--out', out, '--packs', join(dir, 'none')])).toBe(0);
      const page = JSON.parse(readFileSync(join(out, 'page.json'), 'utf8'));
      const notes = JSON.parse(readFileSync(join(out, 'notes.json'), 'utf8'));
      expect(page.sources[0]).toMatchObject({
        title: 'Third blogger hacked to death in Bangladesh',
        outlet: 'France 24'
      });
      expect(notes.sources[0].title).toBe('Third blogger hacked to death in Bangladesh');
      expect(notes.sources[0].outlet).toBeUndefined();
      expect(notes.questions.length).toBeGreaterThan(0);
      for (const pack of [page, notes]) {
        expect(validatePack(pack).ok).toBe(true);
        const words = JSON.stringify({ description: pack.description, questions: pack.questions });
        expect(words).not.toMatch(/unknown|undefined|null|\(\)/i);
        // The photo credit and the byline never reach a question.
        expect(words).not.toMatch(/Munir uz Zaman|NEWS WIRES|Read more/);
      }
      expect(notes.description).toBe(
        `${notes.questions.length} questions from “Third blogger hacked to death in Bangladesh”.`
      );
    },
    SLOW
  );

  it(
    'removes the pack of an article that is gone on the next run',
    async () => {
      const articles = corpus(['dailyadda-trump-video-praising-putin.md']);
      const out = join(dir, 'out');
      mkdirSync(out);
      writeFileSync(
        join(out, 'index.json'),
        JSON.stringify({ packs: [{ file: 'old-article.json' }, { file: '../escape.json' }] })
      );
      writeFileSync(join(out, 'old-article.json'), '{}');
      expect(await run([articles, '--out', out, '--packs', join(dir, 'none')])).toBe(0);
      expect(existsSync(join(out, 'old-article.json'))).toBe(false);
      expect(existsSync(join(out, 'dailyadda-trump-video-praising-putin.json'))).toBe(true);
    },
    SLOW
  );

  it('fails on a bad hand-written pack with the file name and the JSON path', async () => {
    const articles = corpus(['dailyadda-trump-video-praising-putin.md']);
    const packs = join(dir, 'packs');
    mkdirSync(packs);
    const broken = { ...handPack, questions: [{ ...handPack.questions[0], answer: 'yes' }] };
    writeFileSync(join(packs, 'broken.json'), JSON.stringify(broken));
    await expect(run([articles, '--out', join(dir, 'out'), '--packs', packs])).rejects.toThrow(
      /broken\.json.*\$\.questions\[0\]\.answer/
    );
  });

  it('fails on a hand-written version 2 pack naming a skill that is not on the list', async () => {
    const articles = corpus(['dailyadda-trump-video-praising-putin.md']);
    const packs = join(dir, 'packs');
    mkdirSync(packs);
    const typo = { ...handPack, version: 2, questions: [{ ...handPack.questions[0], skill: 'checking' }] };
    writeFileSync(join(packs, 'typo.json'), JSON.stringify(typo));
    await expect(run([articles, '--out', join(dir, 'out'), '--packs', packs])).rejects.toThrow(
      /typo\.json: \$\.questions\[0\]\.skill: “checking” is not a skill; the skills are attribution, /
    );
  });

  it('fails on a malformed article with the file name', async () => {
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'bad.md'), '---\ntitle: no id\n---\nSome text.\n');
    await expect(run([articles, '--out', join(dir, 'out')])).rejects.toThrow(/bad\.md/);
  });

  it('needs --out for any folder but the built-in articles, and never writes over the built-in packs', async () => {
    const articles = corpus(['dailyadda-trump-video-praising-putin.md']);
    await expect(run([articles])).rejects.toThrow(/say where the packs go with --out/);
    await expect(run([articles, '--out', 'static/packs'])).rejects.toThrow(/holds the built-in packs/);
    await expect(run([articles, '--out', './static/packs/'])).rejects.toThrow(/holds the built-in packs/);
  });

  it('refuses an unknown option, a bad seed and a missing directory with one clear line', async () => {
    await expect(run(['--colour'])).rejects.toThrow(/unknown option --colour/);
    await expect(run(['--seed', 'abc'])).rejects.toThrow(/--seed must be a whole number/);
    await expect(run([join(dir, 'nowhere')])).rejects.toThrow(/no such directory/);
  });
});
