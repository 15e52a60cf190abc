import { describe, expect, it } from 'vitest';
import { assemblePack } from '../packs/build';
import { exportPack, fileBaseName } from './export';
import { EXPORT_FORMATS, READ_FORMATS, type ReadFormat } from './registry';
import { importBytes } from './import';
import { summitChoice } from './testing';

const pack = assemblePack({ id: 'e', title: 'Alaska: the summit, day 1' }, [
  summitChoice('q1'),
  {
    id: 'q2',
    type: 'true-false',
    prompt: 'The talks lasted six hours.',
    explanation: '',
    skill: 'general',
    answer: false
  }
]);

/** The formats a pack is written in and read back from (an Anki deck is written only: anki-apkg/write.test.ts). */
const ROUND_TRIP = EXPORT_FORMATS.filter((id): id is typeof id & ReadFormat =>
  (READ_FORMATS as readonly string[]).includes(id)
);

/** Exports a pack and imports the file again, as a teacher would. */
async function roundTrip(exported: typeof pack, format: (typeof EXPORT_FORMATS)[number]) {
  const file = await exportPack(exported, format);
  const bytes = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { file, result: await importBytes(file.fileName, buffer) };
}

describe('export', () => {
  it('names files after the pack title', () => {
    expect(fileBaseName('Alaska: the summit, day 1')).toBe('Alaska-the-summit-day-1');
    expect(fileBaseName('!!!')).toBe('pack');
  });

  it('every format imports again with the same questions', async () => {
    for (const format of ROUND_TRIP) {
      const { result } = await roundTrip(pack, format);
      if (!result.ok) throw new Error(`${format}: ${JSON.stringify(result.problems)}`);
      const prompts = result.preview.pack.questions.map((q) => q.prompt);
      expect(prompts, format).toEqual(['Where did they meet?', 'The talks lasted six hours.']);
      expect(result.preview.pack.questions[0], format).toMatchObject({ type: 'choice' });
    }
  });

  it('holds a flashcard in JSON, writes it as a short answer in GIFT and Moodle XML, and names it as left out in Aiken and Kahoot', async () => {
    const card = {
      id: 'card',
      type: 'flashcard' as const,
      prompt: '',
      explanation: '',
      skill: 'general',
      front: 'lede',
      back: 'the opening of a news story'
    };
    const withCard = assemblePack({ id: 'f', title: 'Terms' }, [summitChoice('q1'), card]);
    const read: Record<string, { types: string[]; warnings: string[] }> = {};
    for (const format of ROUND_TRIP) {
      const { file, result } = await roundTrip(withCard, format);
      if (!result.ok) throw new Error(`${format}: ${JSON.stringify(result.problems)}`);
      read[format] = {
        types: result.preview.pack.questions.map((q) => q.type),
        warnings: file.warnings.map((w) => `${w.place.field} ${w.message}`)
      };
      if (format === 'json') expect(result.preview.pack.questions[1]).toEqual(card);
      if (format === 'gift')
        expect(result.preview.pack.questions[1]).toMatchObject({
          type: 'short-answer',
          prompt: 'lede',
          answers: [{ text: 'the opening of a news story' }]
        });
    }
    expect(read).toEqual({
      json: { types: ['choice', 'flashcard'], warnings: [] },
      gift: {
        types: ['choice', 'short-answer'],
        warnings: ['$.questions[1] the flashcard question is written as a short-answer question']
      },
      'moodle-xml': {
        types: ['choice', 'short-answer'],
        warnings: [
          expect.stringMatching(/^\$\.questions\[1\] .*written as a short answer \(a flashcard question\)/)
        ]
      },
      aiken: {
        types: ['choice'],
        warnings: [expect.stringMatching(/^\$\.questions\[1\] .*left out: a flashcard question/)]
      },
      'kahoot-xlsx': {
        types: ['choice'],
        warnings: [
          '$.questions[1] “lede” is left out: it is not a choice question (flashcard), and Kahoot quizzes take only those'
        ]
      },
      'kahoot-csv': {
        types: ['choice'],
        warnings: [
          '$.questions[1] “lede” is left out: it is not a choice question (flashcard), and Kahoot quizzes take only those'
        ]
      }
    });
  });

  it('keeps a time limit in JSON and Kahoot files; GIFT, Moodle XML and Aiken say they cannot', async () => {
    const timed = { ...pack, questions: pack.questions.map((q) => ({ ...q, timeLimit: 30 })) };
    const kept: Record<string, (number | undefined)[]> = {};
    for (const format of ROUND_TRIP) {
      const { file, result } = await roundTrip(timed, format);
      if (!result.ok) throw new Error(`${format}: ${JSON.stringify(result.problems)}`);
      kept[format] = result.preview.pack.questions.map((q) => q.timeLimit);
      if (format !== 'json') expect(file.changed).toBe(new Set(file.warnings.map((w) => w.place.field)).size);
      if (format === 'gift') expect(file.changed).toBe(2);
      if (format === 'gift')
        expect(file.warnings.map((w) => w.message)).toEqual([
          expect.stringContaining('GIFT has no time limit'),
          expect.stringContaining('GIFT has no time limit')
        ]);
      if (format === 'aiken' || format === 'moodle-xml')
        expect(file.warnings.map((w) => w.message)).toEqual([
          expect.stringContaining('30-second time limit is left out'),
          expect.stringContaining('30-second time limit is left out')
        ]);
    }
    expect(kept).toEqual({
      json: [30, 30],
      gift: [undefined, undefined],
      'moodle-xml': [undefined, undefined],
      aiken: [undefined, undefined],
      'kahoot-xlsx': [30, 30],
      'kahoot-csv': [30, 30]
    });
  });

  it('keeps a question’s picture in JSON and Moodle XML; every other format says it is left out', async () => {
    const image = {
      src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      alt: 'a dot',
      name: 'dot.png'
    };
    const pictured = { ...pack, questions: [{ ...pack.questions[0], images: [image] }, pack.questions[1]] };
    for (const format of EXPORT_FORMATS) {
      const file = await exportPack(pictured, format);
      const leftOut = file.warnings.filter((w) => /picture is left out/.test(w.message));
      if (format === 'json' || format === 'moodle-xml') {
        expect(leftOut, format).toEqual([]);
        const { result } = await roundTrip(pictured, format);
        expect(result.ok && result.preview.pack.questions[0].images, format).toEqual([image]);
      } else
        expect(
          leftOut.map((w) => w.place.field),
          format
        ).toEqual(['$.questions[0]']);
    }
  });
});
