/**
 * Hostile payloads in every field of every import format and every link type (share links, quiz links q1/q2/k1,
 * result codes): each is shown as text where it is shown at all, and nothing runs: no dialog, no script, no console
 * error, no CSP violation, no element the app does not make (helpers/hostile.ts watches for all of them).
 */
import { expect, test, type Page } from '@playwright/test';
import { createQuiz, encodeQuiz, encodeResult, type Quiz } from '../../src/lib/domain/classroom';
import {
  exportPack,
  READ_FORMATS,
  shareLink,
  type ExportFormat,
  type FormatId
} from '../../src/lib/domain/formats';
import { packSchema, type Pack } from '../../src/lib/domain/packs/schema';
import { hostile, KEPT_AS_WORDS, SHOWN_AS_TEXT, watchForHostile } from './helpers/hostile';
import { basicsPack, waitForServiceWorker } from './helpers/study';

/** A pack with a payload in every text field a format can carry, and one field far longer than any real one. */
const PACK: Pack = packSchema.parse({
  format: 'sourcewise-pack',
  version: 2,
  id: 'hostile-pack',
  title: hostile('Title').slice(0, 200),
  description: hostile('Description'),
  tags: ['tag<script>window.__pwned=1</script>'],
  sources: [
    {
      id: 's1',
      title: hostile('Source'),
      outlet: hostile('Outlet'),
      kind: 'news',
      url: 'javascript:window.__pwned=1',
      text: `${hostile('Article')} ${'W'.repeat(200_000)}`
    }
  ],
  questions: [
    {
      id: 'h1',
      type: 'choice',
      title: hostile('Q title'),
      prompt: hostile('Prompt'),
      explanation: hostile('Explanation'),
      skill: 'general',
      options: [
        { text: hostile('Option A'), weight: 100, feedback: hostile('Feedback A') },
        { text: hostile('Option B'), weight: 0 }
      ],
      source: { sourceId: 's1', start: 0, end: 7, excerpt: hostile('Excerpt') }
    },
    { id: 'h2', type: 'true-false', prompt: hostile('Statement'), skill: 'general', answer: true },
    {
      id: 'h3',
      type: 'short-answer',
      prompt: hostile('Short'),
      skill: 'general',
      answers: [{ text: hostile('Answer') }]
    }
  ]
});

const row = (...cells: string[]) => cells.map((c) => c.replace(/[\t\n]/g, ' ')).join('\t');

/** A hostile file in each format: the app's own writer where the format has one, written out where it has not. */
async function hostileFile(format: FormatId): Promise<{ name: string; data: Buffer }> {
  if (format === 'quizlet')
    return {
      name: 'hostile.txt',
      data: Buffer.from([1, 2].map((n) => row(hostile(`Term ${n}`), hostile(`Definition ${n}`))).join('\n'))
    };
  if (format === 'anki-text')
    return {
      name: 'hostile.txt',
      data: Buffer.from(['#separator:tab', '#html:false', row(hostile('Front'), hostile('Back'))].join('\n'))
    };
  if (format === 'card-table')
    return {
      name: 'hostile.csv',
      data: Buffer.from(
        [
          'front,back,tags',
          `"${hostile('Front').replace(/"/g, '""')}","${hostile('Back').replace(/"/g, '""')}",x`
        ].join('\n')
      )
    };
  const written = await exportPack(PACK, format as ExportFormat);
  return { name: written.fileName, data: Buffer.from(written.data) };
}

/** Opens a page and waits until it is hydrated, so its handlers are attached. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

// Every format a file is read from (an Anki deck is written, never read: the import page refuses it).
for (const format of READ_FORMATS)
  test(`${format}: a file with payloads in every field imports as text, and studying it runs nothing`, async ({
    page
  }) => {
    const watch = await watchForHostile(page);
    const file = await hostileFile(format);
    await open(page, '/teach/import');
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: file.name, mimeType: 'application/octet-stream', buffer: file.data });
    await expect(page.getByRole('heading', { name: /Ready to import/ })).toBeVisible();
    const shown = page.getByText(SHOWN_AS_TEXT).or(page.getByText(KEPT_AS_WORDS));
    await expect(shown.first()).toBeVisible();
    await page.getByRole('button', { name: /^Import \d+ questions?$/ }).click();
    await expect(page.getByRole('heading', { name: /^Imported/ })).toBeVisible();
    await page.getByRole('link', { name: 'Study it' }).click();
    // A flashcard's front may hold only the words before the payload: its back is shown on turning the card.
    const turn = page.getByRole('button', { name: 'Show answer' });
    await expect(shown.or(turn).first()).toBeVisible();
    if (!(await shown.first().isVisible())) await turn.click();
    await expect(shown.first()).toBeVisible();
    await open(page, '/teach');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await watch.expectNothingRan();
  });

test('a share link with payloads in every field previews and imports as text', async ({ page }) => {
  const watch = await watchForHostile(page);
  // Made by the app's own share code, as another teacher's app (or a hand-edited link) would make it.
  const link = await shareLink(PACK, 'http://localhost/teach/open');
  if (!link.ok) throw new Error(link.message);
  await open(page, `/teach/open${new URL(link.url).hash}`);
  await expect(page.getByRole('heading', { name: /^Ready to import/ })).toContainText('<script>');
  await page.getByRole('button', { name: 'Import 3 questions' }).click();
  await expect(page.getByRole('heading', { name: /^Saved/ })).toBeVisible();
  // The article page is the app's fallback page: served by the service worker, as on a learner's device.
  await waitForServiceWorker(page);
  await open(page, `/article/s1?pack=${PACK.id}`);
  await expect(page.getByRole('heading', { name: hostile('Source') })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Original article' })).toHaveCount(0);
  await watch.expectNothingRan();
});

function quizOn(pack: Pack, builtIn: boolean, title: string): Quiz {
  const setup = createQuiz(
    pack,
    { builtIn, selection: 'all', order: 'fixed', secondsPerQuestion: 0, feedback: 'each', title },
    { now: new Date('2026-03-02T09:00:00Z'), random: () => 0.5 }
  );
  if (!setup.ok) throw new Error(setup.message);
  return setup.quiz;
}

test('quiz links (q1 with the pack, q2 on a built-in pack): titles, questions and a student name stay text', async ({
  page
}) => {
  const watch = await watchForHostile(page);
  const links = [
    quizOn(PACK, false, hostile('Quiz').slice(0, 120)),
    quizOn(basicsPack(), true, '<img src=x onerror=window.__pwned=1>')
  ];
  for (const quiz of links) {
    await open(page, `/quiz#${encodeQuiz(quiz)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/<(script|img)/);
    await page.getByLabel(/Your name/).fill('<svg onload=window.__pwned=1>');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByText(/^Question 1 \//)).toBeVisible();
  }
  await watch.expectNothingRan();
});

test('junk fragments and short codes carrying payloads are refused in plain words', async ({ page }) => {
  const watch = await watchForHostile(page);
  for (const fragment of [
    'k1.<script>window.__pwned=1</script>',
    '<img src=x onerror=window.__pwned=1>',
    `q1.${'A'.repeat(100_000)}`,
    'q2.javascript:window.__pwned=1'
  ]) {
    await open(page, `/quiz#${fragment}`);
    await expect(
      page
        .getByRole('alert')
        .or(page.getByText(/not a Sourcewise quiz link|damaged|letters and digits|has no/))
        .first()
    ).toBeVisible();
  }
  await open(page, '/teach/open#pack=1.<svg onload=window.__pwned=1>');
  await expect(
    page.getByText(/damaged|cannot be unpacked|characters a pack link never has/).first()
  ).toBeVisible();
  await watch.expectNothingRan();
});

test('a result code with a payload for a name and for every answer is collected as text', async ({
  page
}) => {
  const watch = await watchForHostile(page);
  const quiz = quizOn(PACK, false, 'Hostile results');
  const code = encodeResult(
    {
      quizId: quiz.quizId,
      name: '<img src=x onerror=window.__pwned=1>',
      finishedAt: Date.parse('2026-03-02T09:10:00Z'),
      nonce: 'nonce-000001',
      answers: [
        { questionId: 'h1', response: 0, seconds: 3 },
        { questionId: 'h2', response: '<script>window.__pwned=1</script>', seconds: 3 },
        { questionId: 'h3', response: hostile('Typed').slice(0, 2000), seconds: 3 }
      ]
    },
    quiz
  );
  await open(page, '/teach/classroom/results');
  await page
    .getByLabel(/Collect a quiz made on another device/)
    .fill(`https://example.org/quiz#${encodeQuiz(quiz)}`);
  await page.getByRole('button', { name: 'Collect this quiz here' }).click();
  await expect(page.getByRole('heading', { name: 'Hostile results: results' })).toBeVisible();
  await page.getByRole('textbox', { name: /Paste one or more codes/ }).fill(code);
  await page.getByRole('button', { name: 'Add codes' }).click();
  await expect(
    page.getByRole('table', { name: 'Answers by student' }).getByRole('row', { name: /<img src=x/ })
  ).toBeVisible();
  await watch.expectNothingRan();
});

test('the watch catches what a payload would do: an element with a handler, a blocked inline script', async ({
  page
}) => {
  const watch = await watchForHostile(page);
  await open(page, '/');
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=1">');
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
  });
  await expect(watch.expectNothingRan()).rejects.toThrow(/elements the app does not make|CSP violations/);
});
