/** The teacher area's formats: import each format with a preview, export each format, re-import, share links. */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js/dist/sql-asm.js';
import { expect, test, type Page } from '@playwright/test';
import { assemblePack } from '../../src/lib/domain/packs/build';
import { exportPack } from '../../src/lib/domain/formats';
import { summitChoice } from '../../src/lib/domain/formats/testing';
import { expectNoAxeViolations } from './helpers/axe';
import { closeOwnContextsAfterEach } from './helpers/contexts';

const FIXTURES = new URL('../fixtures/formats/', import.meta.url);
const fixture = (path: string) => readFileSync(new URL(path, FIXTURES));

const GIFT = [
  '// [tag:summit]',
  '::Place::Where did Trump and Putin meet?{=Anchorage ~Moscow ~Geneva}',
  '',
  'The talks lasted six hours.{F}',
  '',
  'Broken question {=a',
  '',
  'How many hours did the talks last?{#3:1}'
].join('\n');

const CSV = [
  ',Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one',
  '1,Who hosted the summit?,Trump,Putin,,,20,1',
  '2,Which state?,Alaska,Texas,,,20,7'
].join('\n');

const JSON_PACK = JSON.stringify({
  format: 'sourcewise-pack',
  version: 1,
  id: 'e2e-json-pack',
  title: 'JSON pack',
  questions: [
    { id: 'j1', type: 'true-false', prompt: 'JSON question one', skill: 'general', answer: true },
    {
      id: 'j2',
      type: 'short-answer',
      prompt: 'JSON question two',
      skill: 'general',
      answers: [{ text: 'yes' }]
    }
  ]
});

/** Opens a page and waits until it is hydrated (its scripts loaded), so handlers are attached. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

async function importFile(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
  await open(page, '/teach/import');
  await page.getByLabel('Choose a file').setInputFiles({ name, mimeType, buffer });
  await expect(page.getByRole('heading', { name: /Ready to import/ })).toBeVisible();
}

closeOwnContextsAfterEach(test);

test('GIFT: the preview lists what will be imported and what was skipped, by line; then it is stored', async ({
  page
}) => {
  await importFile(page, 'summit.gift', Buffer.from(GIFT));
  await expect(page.getByTestId('import-summary')).toHaveText(/3 questions will be imported; 1 skipped/);
  await expect(page.getByRole('list', { name: 'Skipped items' })).toContainText('line 6');
  await expect(page.getByRole('list', { name: 'Questions to import' }).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Import 3 questions' }).click();
  await expect(page.getByRole('heading', { name: 'Imported “summit”' })).toBeVisible();
  await open(page, '/teach');
  await expect(page.getByRole('heading', { name: 'summit', exact: true })).toBeVisible();
});

test('Kahoot .xlsx template, Kahoot CSV (with a bad row) and JSON import', async ({ page }) => {
  await importFile(page, 'KahootQuizTemplate.xlsx', fixture('kahoot/KahootQuizTemplate.xlsx'));
  await expect(page.getByTestId('import-summary')).toHaveText(/1 question will be imported/);
  await expect(page.getByText('Which spreadsheet tools can read this sheet')).toBeVisible();

  await importFile(page, 'quiz.csv', Buffer.from(CSV), 'text/csv');
  await expect(page.getByTestId('import-summary')).toHaveText(/1 question will be imported; 1 skipped/);
  await expect(page.getByRole('list', { name: 'Skipped items' })).toContainText(
    'row 3, column H (Correct answer(s))'
  );

  await importFile(page, 'pack.json', Buffer.from(JSON_PACK), 'application/json');
  await expect(page.getByTestId('import-summary')).toHaveText(/2 questions will be imported/);
});

test('Moodle XML: Moodle’s own export imports with its categories; an unsupported question is reported by line', async ({
  page
}) => {
  await importFile(
    page,
    'nested-categories.moodle.xml',
    fixture('moodle-xml/nested-categories.moodle.xml'),
    'text/xml'
  );
  await expect(page.getByTestId('import-summary')).toHaveText(/5 questions will be imported/);
  await expect(page.getByRole('list', { name: 'Questions to import' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByText('Testing Kappa Essay Question')).toBeVisible();
  await page.getByRole('button', { name: 'Import 5 questions' }).click();
  await expect(page.getByRole('heading', { name: 'Imported “nested-categories.moodle”' })).toBeVisible();

  // Moodle's drag-and-drop-into-text question: nothing Sourcewise can hold, so the file is refused, naming it.
  await open(page, '/teach/import');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'gapselect.moodle.xml',
    mimeType: 'text/xml',
    buffer: fixture('moodle-xml/gapselect.moodle.xml')
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('gapselect.moodle.xml cannot be imported');
  await expect(alert).toContainText('line 12');
  await expect(alert).toContainText(
    'question 1 (gapselect, “Imported Drag and drop into text 001”) is not supported'
  );

  // Another XML file is not read as a quiz.
  await open(page, '/teach/import');
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'feed.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from('<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>')
  });
  await expect(page.getByRole('alert')).toContainText('Moodle XML');
});

test('a file that cannot be imported says why, with the line', async ({ page }) => {
  await open(page, '/teach/import');
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'bad.gift', mimeType: 'text/plain', buffer: Buffer.from('Q {=a') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bad.gift cannot be imported');
  await expect(alert).toContainText('line 1');
});

test('a file dropped on the page imports like a picked one', async ({ page }) => {
  await open(page, '/teach/import');
  const drop = page.getByTestId('file-drop');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.gift', { type: 'text/plain' }));
    return data;
  }, 'Dropped?{T}');
  await drop.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('import-summary')).toHaveText(/1 question will be imported/);
});

test('every export format downloads and imports again with the same questions', async ({ page }) => {
  await importFile(page, 'roundtrip.gift', Buffer.from(GIFT));
  await page.getByRole('button', { name: 'Import 3 questions' }).click();
  await expect(page.getByRole('heading', { name: 'Imported “roundtrip”' })).toBeVisible();
  await open(page, '/teach');
  const card = page.getByRole('article', { name: 'roundtrip' });
  await card.getByText('Export or share').click();
  const expected: Record<string, RegExp> = {
    json: /3 questions will be imported/,
    gift: /3 questions will be imported/,
    'moodle-xml': /3 questions will be imported/,
    'kahoot-xlsx': /2 questions will be imported/,
    'kahoot-csv': /2 questions will be imported/
  };
  for (const [format, summary] of Object.entries(expected)) {
    await open(page, '/teach');
    await card.getByText('Export or share').click();
    await card.getByLabel('Format').selectOption(format);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Download' }).click()
    ]);
    if (format.startsWith('kahoot')) {
      await expect(card.getByRole('list', { name: /could not carry/ })).toContainText('numerical');
      // The true/false is written as a choice and the numerical is left out: the summary counts them.
      await expect(card.getByRole('status')).toContainText('2 of 3 questions changed or left out for Kahoot');
    }
    const path = await download.path();
    await importFile(page, download.suggestedFilename(), readFileSync(path));
    await expect(page.getByTestId('import-summary'), format).toHaveText(summary);
    // The JSON file carries the pack's own id: importing it again replaces the stored pack, and says so.
    if (format === 'json')
      await expect(page.getByText(/“roundtrip” is already on this device/)).toBeAttached();
    await expect(page.getByText('Where did Trump and Putin meet?')).toBeVisible();
  }

  // An Anki deck: written only. The file is a deck of three notes; given back to the import page, it is refused
  // with a word on what to export from Anki instead.
  await open(page, '/teach');
  await card.getByText('Export or share').click();
  await card.getByLabel('Format').selectOption('anki-apkg');
  const [deck] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download' }).click()
  ]);
  expect(deck.suggestedFilename()).toBe('roundtrip-anki.apkg');
  const apkg = readFileSync((await deck.path())!);
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(apkg)['collection.anki2']);
  const fronts = db.exec('SELECT flds FROM notes')[0].values.map((row) => String(row[0]).split('\u001f')[0]);
  db.close();
  expect(fronts).toHaveLength(3);
  expect(fronts.join('\n')).toContain('Where did Trump and Putin meet?');
  await open(page, '/teach/import');
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'roundtrip-anki.apkg', mimeType: 'application/octet-stream', buffer: apkg });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('roundtrip-anki.apkg cannot be imported');
  await expect(alert).toContainText('Sourcewise writes Anki decks but does not read them');
});

test('a picture embedded in a GIFT question is kept and shown when the question is studied', async ({
  page
}) => {
  const dot =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  await importFile(
    page,
    'picture.gift',
    Buffer.from(
      `[html]<p>Is <img src="${dot}" alt="a red dot"> a dot?</p>{T}\n\n[html]Linked <img src="map.png" alt="a map">?{F}`
    )
  );
  // The linked picture is not in the file: reported, not kept.
  await page.getByText('1 note on imported questions').click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('map.png');
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await page.getByRole('link', { name: 'Study it' }).click();
  const picture = page.getByRole('img', { name: 'a red dot' });
  const linked = page.getByRole('heading', { level: 2, name: /^Linked/ });
  await expect(picture.or(linked)).toBeVisible();
  // Sessions are shuffled: answer the linked one first if it came first.
  if (await linked.isVisible()) {
    await expect(page.locator('main img')).toHaveCount(0);
    await page.getByRole('button', { name: /False/ }).click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(picture).toBeVisible();
  expect(await picture.getAttribute('src')).toBe(dot);
  await expectNoAxeViolations(page, 'question with a picture', { scope: 'main' });
});

test('a share link opens a preview before anything is imported', async ({ page, browser }) => {
  await importFile(page, 'shared.json', Buffer.from(JSON_PACK.replace('JSON pack', 'Shared pack')));
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByRole('heading', { name: 'Imported “Shared pack”' })).toBeVisible();
  await open(page, '/teach');
  const card = page.getByRole('article', { name: 'Shared pack' });
  await card.getByText('Export or share').click();
  await card.getByRole('button', { name: 'Make a link' }).click();
  const url = await card.getByTestId('share-link').inputValue();
  expect(url).toMatch(/\/teach\/open#pack=1\./);

  // Another device: a fresh browser context with empty storage.
  const other = await browser.newContext();
  const student = await other.newPage();
  await student.goto(url);
  await student.waitForLoadState('networkidle');
  await expect(student.getByRole('heading', { name: 'Ready to import: Shared pack' })).toBeVisible();
  await expect(student.getByText('JSON question two')).toBeVisible();
  await student.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(student.getByRole('heading', { name: 'Saved “Shared pack”' })).toBeVisible();
  await other.close();
});

/** A Kahoot template sheet (written by the app's own writer) with a 30-second question and a 20-second one. */
async function timedKahootSheet(): Promise<Buffer> {
  const pack = assemblePack({ id: 'timed', title: 'Timed' }, [
    summitChoice('a', 'Where did the summit take place?', { timeLimit: 30 }),
    summitChoice('b', 'Where did the second meeting take place?', { timeLimit: 20 })
  ]);
  return Buffer.from((await exportPack(pack, 'kahoot-xlsx')).data);
}

test('Kahoot time limits: a 30-second question keeps its time through import, the editor and export', async ({
  page
}) => {
  await importFile(page, 'Timed kahoot.xlsx', await timedKahootSheet());
  const listed = page.getByRole('list', { name: 'Questions to import' }).getByRole('listitem');
  await expect(listed.filter({ hasText: 'summit' })).toContainText('30 s to answer');
  await page.getByRole('button', { name: 'Import 2 questions' }).click();
  await expect(page.getByRole('heading', { name: 'Imported “Timed kahoot”' })).toBeVisible();

  // The editor shows the time; it refuses 3 seconds, and takes 45 (not a Kahoot time) for the second question.
  await open(page, '/teach');
  await page.getByRole('article', { name: 'Timed kahoot' }).getByRole('link', { name: 'Edit' }).click();
  const first = page.getByRole('article', { name: '1. Multiple choice' });
  const second = page.getByRole('article', { name: '2. Multiple choice' });
  await expect(first.getByLabel(/Time limit \(live quiz\)/)).toHaveValue('30');
  const field = second.getByLabel(/Time limit \(live quiz\)/);
  await expect(field).toHaveValue('20');
  await field.fill('3');
  await expect(second.getByText('a time limit is whole seconds from 5 to 240')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Not saved: fix the marked fields')).toBeVisible();
  await field.fill('45');
  await expect(page.getByText('All changes saved on this device')).toBeVisible();
  await expect(second.getByText('a time limit is whole seconds')).toHaveCount(0);

  // Exported to Kahoot again: 30 is kept, 45 becomes Kahoot's nearest time with a note naming the question.
  await open(page, '/teach');
  const card = page.getByRole('article', { name: 'Timed kahoot' });
  await card.getByText('Export or share').click();
  await card.getByLabel('Format').selectOption('kahoot-xlsx');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Download' }).click()
  ]);
  await expect(card.getByRole('list', { name: /could not carry/ })).toContainText(
    '“Where did the second meeting take place?” has a 45-second time limit, which Kahoot does not offer: written as 60 seconds'
  );
  await importFile(page, download.suggestedFilename(), readFileSync((await download.path())!));
  await expect(listed.filter({ hasText: 'summit' })).toContainText('30 s to answer');
  await expect(listed.filter({ hasText: 'second meeting' })).toContainText('60 s to answer');

  // GIFT cannot carry a time limit, and says so for each question.
  await open(page, '/teach');
  await card.getByText('Export or share').click();
  await card.getByLabel('Format').selectOption('gift');
  await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download' }).click()]);
  await expect(
    card.getByRole('list', { name: /could not carry/ }).getByText(/GIFT has no time limit/)
  ).toHaveCount(2);
});
