/**
 * Moodle XML export, shaped like Moodle's own (qformat_xml): a `<question type="category">` before each group of
 * questions with the same `category:` tag, then each question with its name, text, general feedback, idnumber (the
 * question's id, so a round trip keeps ids) and tags. Text is written as `plain_text`, which Moodle shows as written.
 * Every question type a pack holds has a Moodle type; generated types are written as the choice or matching GIFT
 * and Kahoot get (shared/portable.ts). What Moodle cannot hold (a time limit, accents ignored in short answers, a
 * grade outside Moodle's list) is named in a warning per question. A question's images are written as Moodle does,
 * `<file>` elements shown by the HTML text's `@@PLUGINFILE@@` addresses.
 */
import { issue, type ImportIssue } from '../../packs/errors';
import type { Pack, Question, QuestionImage, QuestionOf, QuestionType } from '../../packs/schema';
import { ANY_NUMBER, CATEGORY_TAG, isMoodleGrade, nearestMoodleGrade } from '../shared/moodle';
import { toPortable } from '../shared/portable';
import type { Written } from '../types';
import { nameFromPrompt } from './text';

/** XML 1.0 forbids most control characters even escaped; they are dropped. */
const escape = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const text = (value: string, indent: string) => `${indent}<text>${escape(value)}</text>`;
const rich = (tag: string, value: string, indent: string) =>
  `${indent}<${tag} format="plain_text">${text(value, '')}</${tag}>`;

const EXTENSION: Record<string, string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp' };

/**
 * A question text with its images, as Moodle exports one: HTML whose `<img src="@@PLUGINFILE@@/name">` each show a
 * `<file>` carried beside it. An image takes the place of its `[image: …]` note (what the import left in the text)
 * when the notes and images are as many; otherwise the images follow the text.
 */
function textWithImages(prompt: string, images: readonly QuestionImage[], indent: string): string {
  const names = new Set<string>();
  const files = images.map((image, i) => {
    const [, type, data] = /^data:image\/([a-z]+);base64,(.*)$/s.exec(image.src) ?? [];
    let name = image.name || `image-${i + 1}.${EXTENSION[type] ?? 'png'}`;
    if (names.has(name)) name = `${i + 1}-${name}`;
    names.add(name);
    const alt = image.alt ? ` alt="${escape(image.alt)}"` : '';
    return { tag: `<img src="@@PLUGINFILE@@/${encodeURIComponent(name)}"${alt}>`, name, data };
  });
  const html = (value: string) => escape(value).replace(/\n/g, '<br>');
  const notes = prompt.match(/\[image: [^\]\n]*\]|\[image\]/g) ?? [];
  let body: string;
  if (notes.length === files.length) {
    let i = 0;
    body = prompt
      .split(/(\[image: [^\]\n]*\]|\[image\])/)
      .map((part, k) => (k % 2 ? files[i++].tag : html(part)))
      .join('');
  } else body = `${html(prompt)}${files.map((f) => `<p>${f.tag}</p>`).join('')}`;
  return [
    `${indent}<questiontext format="html">`,
    `${indent}  <text><![CDATA[<p>${body.replace(/]]>/g, ']]]]><![CDATA[>')}</p>]]></text>`,
    ...files.map(
      (f) => `${indent}  <file name="${escape(f.name)}" path="/" encoding="base64">${f.data}</file>`
    ),
    `${indent}</questiontext>`
  ].join('\n');
}

/** What writing a question's own part gives: its Moodle type and elements, and what changed. */
interface Body {
  type: string;
  lines: string[];
  changes: string[];
}

/** A grade Moodle accepts: the weight itself, or the nearest one in Moodle's list (noted). */
function grade(weight: number, changes: string[]): string {
  if (isMoodleGrade(weight)) return String(weight);
  const near = nearestMoodleGrade(weight);
  changes.push(`the grade ${weight}% became ${near}% (Moodle accepts only grades from its list)`);
  return String(near);
}

function answer(weight: string, body: string, feedback: string | undefined, extra: string[] = []): string[] {
  return [
    `    <answer fraction="${weight}" format="plain_text">`,
    text(body, '      '),
    ...extra,
    ...(feedback ? [rich('feedback', feedback, '      ')] : []),
    '    </answer>'
  ];
}

function choice(q: QuestionOf<'choice'>): Body {
  const changes: string[] = [];
  const lines = [
    `    <single>${q.multiple ? 'false' : 'true'}</single>`,
    `    <shuffleanswers>${q.shuffle === false ? 'false' : 'true'}</shuffleanswers>`,
    '    <answernumbering>abc</answernumbering>',
    ...q.options.flatMap((o) => answer(grade(o.weight, changes), o.text, o.feedback))
  ];
  const best = Math.max(...q.options.map((o) => o.weight));
  if (!q.multiple && best < 100)
    changes.push(`the best option is worth ${best}% in Moodle, where Sourcewise gives it full marks`);
  return { type: 'multichoice', lines, changes };
}

function trueFalse(q: QuestionOf<'true-false'>): Body {
  return {
    type: 'truefalse',
    lines: [
      ...answer(q.answer ? '100' : '0', 'true', q.feedbackTrue),
      ...answer(q.answer ? '0' : '100', 'false', q.feedbackFalse)
    ],
    changes: []
  };
}

function shortAnswer(q: QuestionOf<'short-answer'>): Body {
  const changes: string[] = [];
  if (!q.accentsMatter && q.answers.some((a) => /[^\p{ASCII}]/u.test(a.text)))
    changes.push('Moodle matches accents as typed, where Sourcewise ignores them');
  return {
    type: 'shortanswer',
    lines: [
      `    <usecase>${q.caseSensitive ? 1 : 0}</usecase>`,
      ...q.answers.flatMap((a) => answer(grade(a.weight, changes), a.text, a.feedback))
    ],
    changes
  };
}

function numerical(q: QuestionOf<'numerical'>): Body {
  const changes: string[] = [];
  const lines = q.answers.flatMap((a) => {
    const weight = grade(a.weight, changes);
    if ('min' in a && a.min === ANY_NUMBER.min && a.max === ANY_NUMBER.max)
      return answer(weight, '*', a.feedback, ['      <tolerance>0</tolerance>']);
    // A range min..max is its middle ± half its width, which Moodle holds exactly.
    const [value, tolerance] =
      'value' in a ? [a.value, a.tolerance] : [(a.min + a.max) / 2, (a.max - a.min) / 2];
    return answer(weight, String(value), a.feedback, [`      <tolerance>${tolerance}</tolerance>`]);
  });
  return { type: 'numerical', lines, changes };
}

function matching(q: QuestionOf<'matching'>): Body {
  return {
    type: 'matching',
    lines: [
      '    <shuffleanswers>true</shuffleanswers>',
      ...q.pairs.flatMap((p) => [
        '    <subquestion format="plain_text">',
        text(p.left, '      '),
        '      <answer>',
        text(p.right, '        '),
        '      </answer>',
        '    </subquestion>'
      ])
    ],
    changes: []
  };
}

const essay = (): Body => ({
  type: 'essay',
  lines: [
    '    <responseformat>plain</responseformat>',
    '    <responserequired>1</responserequired>',
    '    <responsefieldlines>10</responsefieldlines>',
    '    <attachments>0</attachments>'
  ],
  changes: []
});

/** How a warning names the Moodle question a generated type or a flashcard is written as. */
const KIND_NAMES: Record<string, string> = {
  matching: 'matching',
  multichoice: 'multiple choice',
  shortanswer: 'a short answer'
};

/** Generated types and flashcards become the choice, matching or short-answer question GIFT and Kahoot write for them. */
function portable(question: Question): { written: Question; body: Body } {
  const written = toPortable(question).question;
  const body = (MOODLE[written.type] as (q: Question) => Body)(written);
  return {
    written,
    body: {
      ...body,
      changes: [
        `written as ${KIND_NAMES[body.type] ?? body.type} (a ${question.type} question)`,
        ...body.changes
      ]
    }
  };
}

/** Every question type: the Moodle question it is written as. */
const MOODLE = {
  choice,
  'true-false': trueFalse,
  'short-answer': shortAnswer,
  numerical,
  matching,
  description: () => ({ type: 'description', lines: [], changes: [] }),
  'open-response': essay,
  attribution: (q) => portable(q).body,
  'fact-opinion': (q) => portable(q).body,
  'spot-error': (q) => portable(q).body,
  'altered-detail': (q) => portable(q).body,
  discrepancy: (q) => portable(q).body,
  flashcard: (q) => portable(q).body
} satisfies { [T in QuestionType]: (q: QuestionOf<T>) => Body };

const nameOf = (q: Question) => q.title?.trim() || nameFromPrompt(q.prompt) || q.id;

function category(path: string): string {
  return [
    '  <question type="category">',
    '    <category>',
    text(path, '      '),
    '    </category>',
    '  </question>',
    ''
  ].join('\n');
}

/** Writes a pack as a Moodle XML file. */
export function write(pack: Pack): Written {
  const warnings: ImportIssue[] = [];
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let current: string | undefined;
  pack.questions.forEach((question, index) => {
    const tags = question.tags ?? [];
    const inCategory = tags.find((t) => t.startsWith(CATEGORY_TAG))?.slice(CATEGORY_TAG.length);
    const changes: string[] = [];
    if (inCategory !== undefined && inCategory !== current) {
      parts.push(category(inCategory));
      current = inCategory;
    } else if (inCategory === undefined && current !== undefined)
      changes.push(`Moodle XML has no way to leave a category, so it reads back in “${current}”`);
    const generated = toPortable(question).converted;
    const { written, body } = generated
      ? portable(question)
      : { written: question, body: (MOODLE[question.type] as (q: Question) => Body)(question) };
    changes.push(...body.changes);
    if (question.timeLimit !== undefined)
      changes.push(`the ${question.timeLimit}-second time limit is left out`);
    if (changes.length)
      warnings.push(
        issue({ field: `$.questions[${index}]` }, `“${nameOf(question)}”: ${changes.join('; ')}`)
      );
    const ownTags = tags.filter((t) => !t.startsWith(CATEGORY_TAG));
    parts.push(
      [
        `  <question type="${body.type}">`,
        `    <name>${text(nameOf(question), '')}</name>`,
        question.images?.length
          ? textWithImages(written.prompt, question.images, '    ')
          : rich('questiontext', written.prompt, '    '),
        ...(written.explanation ? [rich('generalfeedback', written.explanation, '    ')] : []),
        `    <idnumber>${escape(question.id)}</idnumber>`,
        ...body.lines,
        ...(ownTags.length
          ? ['    <tags>', ...ownTags.map((t) => `      <tag>${text(t, '')}</tag>`), '    </tags>']
          : []),
        '  </question>',
        ''
      ].join('\n')
    );
  });
  parts.push('</quiz>', '');
  return { data: parts.join('\n'), warnings };
}
