/**
 * Moodle XML import, following Moodle's qformat_xml: each `<question type="…">` becomes one pack question, a
 * `type="category"` puts the questions after it in that category (a `category:<path>` tag, as GIFT's `$CATEGORY:`).
 * A question of a type packs cannot hold (cloze, calculated, drag and drop…) or one that is broken is reported by its
 * number, type and line, and the rest still import; what a question loses on the way (images, units, hints, the
 * feedback for right and wrong responses) is listed in one warning per question.
 */
import type { Draft } from '../../packs/build';
import { questionsFromDrafts } from '../shared/drafts';
import { issue, type ImportIssue } from '../../packs/errors';
import { LIMITS, type QuestionImage } from '../../packs/schema';
import { KEPT_IMAGES } from '../shared/images';
import { ANY_NUMBER, CATEGORY_TAG, isMoodleGrade } from '../shared/moodle';
import type { ReadResult } from '../types';
import { nameFromPrompt, rawText, readText, toPlainText } from './text';
import { asList, isNode, readQuizXml, type XmlNode, type XmlValue } from './xml';

/** What reading one question gathered besides its fields: what it lost on the way. */
interface Context {
  media: string[];
  /** The question text's images, kept in the pack. */
  images: QuestionImage[];
  lost: string[];
  notes: string[];
}

/** The question's own fields, or why it cannot be imported. */
type Read = { fields: Record<string, unknown> } | { skip: string };

/** A percentage as a teacher reads it: 99.67, not 99.66665999999998. */
const pct = (value: number) => `${Number(value.toFixed(2))}%`;
const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
const plain = (value: XmlValue | undefined) => rawText(value).trim();
/** `<x><text>…</text></x>` as plain text, its images noted. */
function textOf(ctx: Context, value: XmlValue | undefined, where: string, keep = false): string {
  const read = readText(value, undefined, keep);
  ctx.media.push(...read.media.map((m) => `${m} (${where})`));
  ctx.images.push(...read.images);
  return read.text;
}
const flag = (value: XmlValue | undefined, fallback: boolean): boolean => {
  const text = plain(value).toLowerCase();
  if (!text) return fallback;
  return text === 'true' || text === '1';
};
const percent = (answer: XmlNode): number => {
  const raw = typeof answer['@_fraction'] === 'string' ? answer['@_fraction'].trim() : '0';
  return raw === '' ? 0 : Number(raw);
};

interface Answer {
  text: string;
  weight: number;
  feedback?: string;
}

/** `<answer fraction="…"><text>…</text><feedback>…</feedback></answer>` in order; blank answers are dropped, as Moodle does. */
function answers(node: XmlNode, ctx: Context, rich: boolean): Answer[] | string {
  const read: Answer[] = [];
  for (const [i, a] of asList(node.answer).entries()) {
    if (!isNode(a)) continue;
    const text = rich ? textOf(ctx, a, `answer ${i + 1}`) : plain(a.text);
    const weight = percent(a);
    if (!Number.isFinite(weight) || weight < -100 || weight > 100)
      return `answer ${i + 1} has the grade “${String(a['@_fraction'])}”; grades run from -100 to 100 (percent)`;
    if (!text) continue;
    const feedback = textOf(ctx, a.feedback, `feedback of answer ${i + 1}`) || undefined;
    read.push({ text, weight, feedback });
  }
  const odd = read.filter((a) => !isMoodleGrade(a.weight)).map((a) => pct(a.weight));
  if (odd.length)
    ctx.notes.push(
      `the grade${odd.length === 1 ? '' : 's'} ${[...new Set(odd)].join(', ')} ${odd.length === 1 ? 'is' : 'are'} kept, though Moodle's own import refuses grades outside its list (100, 90, 83.33333, 80 …)`
    );
  return read;
}

function noRightAnswer(list: Answer[]): string | undefined {
  if (!list.length) return 'it has no answers with text';
  if (!list.some((a) => a.weight > 0)) return 'no answer has a grade above 0, so none is right';
  return undefined;
}

/** What Moodle fills in when a teacher writes nothing: not worth a warning when it is left out. */
const MOODLE_DEFAULT_FEEDBACK: Record<string, string> = {
  correctfeedback: 'Your answer is correct.',
  partiallycorrectfeedback: 'Your answer is partially correct.',
  incorrectfeedback: 'Your answer is incorrect.'
};

/** Feedback Moodle shows for a right, partly right or wrong response, and hints: packs have no place for them. */
function combinedFeedback(node: XmlNode, ctx: Context): void {
  const own = Object.entries(MOODLE_DEFAULT_FEEDBACK).some(([kind, standard]) => {
    const value = plain(isNode(node[kind]) ? node[kind].text : node[kind]);
    return value && value !== standard;
  });
  if (own) ctx.lost.push('the feedback for right, partly right and wrong responses');
  const hints = asList(node.hint).filter((h) => plain(isNode(h) ? h.text : h)).length;
  if (hints) ctx.lost.push(`${hints === 1 ? 'a hint' : `${hints} hints`}`);
}

function multichoice(node: XmlNode, ctx: Context): Read {
  const list = answers(node, ctx, true);
  if (typeof list === 'string') return { skip: list };
  const missing = noRightAnswer(list);
  if (missing) return { skip: missing };
  const single = flag(node.single, true);
  const positive = list.filter((a) => a.weight > 0).reduce((sum, a) => sum + a.weight, 0);
  const best = Math.max(...list.map((a) => a.weight));
  if (single && best < 100)
    ctx.notes.push(
      `its best answer is worth ${pct(best)} in Moodle; Sourcewise gives the best answer full marks`
    );
  if (!single && positive < 99.9)
    ctx.notes.push(
      `its right answers add up to ${pct(positive)} in Moodle; Sourcewise gives full marks for all of them`
    );
  combinedFeedback(node, ctx);
  return {
    fields: {
      type: 'choice',
      multiple: !single,
      shuffle: flag(node.shuffleanswers, true),
      options: list.map((a) => ({ text: a.text, weight: a.weight, feedback: a.feedback }))
    }
  };
}

function truefalse(node: XmlNode, ctx: Context): Read {
  let answer: boolean | undefined;
  const feedback: { true?: string; false?: string } = {};
  for (const a of asList(node.answer)) {
    if (!isNode(a)) continue;
    const text = plain(a.text).toLowerCase();
    // Moodle reads an answer that is neither "true" nor "false" by its grade.
    const side = text === 'true' || text === 'false' ? text : percent(a) >= 100 ? 'true' : 'false';
    if (percent(a) >= 100) answer = side === 'true';
    feedback[side] = textOf(ctx, a.feedback, `feedback for “${side}”`) || undefined;
  }
  if (answer === undefined)
    return { skip: 'neither “true” nor “false” has the grade 100, so no answer is right' };
  return {
    fields: { type: 'true-false', answer, feedbackTrue: feedback.true, feedbackFalse: feedback.false }
  };
}

function shortanswer(node: XmlNode, ctx: Context): Read {
  const list = answers(node, ctx, false);
  if (typeof list === 'string') return { skip: list };
  const missing = noRightAnswer(list);
  if (missing) return { skip: missing };
  // Moodle matches accents as typed.
  return {
    fields: {
      type: 'short-answer',
      caseSensitive: flag(node.usecase, false),
      accentsMatter: true,
      answers: list
    }
  };
}

function numerical(node: XmlNode, ctx: Context): Read {
  const read: Record<string, unknown>[] = [];
  for (const [i, a] of asList(node.answer).entries()) {
    if (!isNode(a)) continue;
    const text = plain(a.text);
    const weight = percent(a);
    if (!Number.isFinite(weight) || weight < -100 || weight > 100)
      return {
        skip: `answer ${i + 1} has the grade “${String(a['@_fraction'])}”; grades run from -100 to 100 (percent)`
      };
    const feedback = textOf(ctx, a.feedback, `feedback of answer ${i + 1}`) || undefined;
    if (text === '*') {
      read.push({ ...ANY_NUMBER, weight, feedback });
      continue;
    }
    const value = Number(text);
    if (!text || !Number.isFinite(value))
      return { skip: `answer ${i + 1} (${quoted(text)}) is not a number` };
    const tolerance = Math.abs(Number(plain(a.tolerance) || 0));
    read.push({ value, tolerance: Number.isFinite(tolerance) ? tolerance : 0, weight, feedback });
  }
  if (!read.some((a) => (a.weight as number) > 0))
    return { skip: 'no answer has a grade above 0, so none is right' };
  const units = asList(isNode(node.units) ? node.units.unit : undefined)
    .map((u) => (isNode(u) ? plain(u.unit_name) : ''))
    .filter(Boolean);
  if (units.length)
    ctx.lost.push(
      `the unit${units.length === 1 ? '' : 's'} ${units.join(', ')} (the answer is the number alone)`
    );
  combinedFeedback(node, ctx);
  return { fields: { type: 'numerical', answers: read } };
}

function matching(node: XmlNode, ctx: Context): Read {
  const pairs: { left: string; right: string }[] = [];
  for (const [i, sub] of asList(node.subquestion).entries()) {
    if (!isNode(sub)) continue;
    const left = textOf(ctx, sub, `item ${i + 1}`);
    const right = plain(
      isNode(sub.answer)
        ? sub.answer.text
        : Array.isArray(sub.answer)
          ? (sub.answer[0] as XmlNode)?.text
          : sub.answer
    );
    if (!right) {
      if (left) return { skip: `item ${i + 1} (${quoted(left)}) has no answer to match` };
      continue;
    }
    pairs.push({ left, right });
  }
  if (pairs.filter((p) => p.left).length < 2)
    return { skip: 'a matching question needs at least two items with answers' };
  combinedFeedback(node, ctx);
  return { fields: { type: 'matching', pairs } };
}

function essay(node: XmlNode, ctx: Context): Read {
  if (plain(isNode(node.graderinfo) ? node.graderinfo.text : undefined))
    ctx.lost.push('the information for graders');
  if (plain(isNode(node.responsetemplate) ? node.responsetemplate.text : undefined))
    ctx.lost.push('the response template');
  return { fields: { type: 'open-response' } };
}

/** Every Moodle type read, by its name in the file. */
const READERS: Record<string, (node: XmlNode, ctx: Context) => Read> = {
  multichoice,
  truefalse,
  shortanswer,
  numerical,
  matching,
  essay,
  description: () => ({ fields: { type: 'description' } })
};

/** Why a type is not read, for the types teachers meet most. */
const UNSUPPORTED: Record<string, string> = {
  cloze: 'several answer blanks in one text',
  multianswer: 'several answer blanks in one text',
  calculated: 'numbers drawn from datasets',
  calculatedsimple: 'numbers drawn from datasets',
  calculatedmulti: 'numbers drawn from datasets',
  ddwtos: 'drag and drop into text',
  ddimageortext: 'drag and drop onto an image',
  ddmarker: 'drag markers onto an image',
  gapselect: 'choices picked from drop-down lists in the text',
  randomsamatch: 'matching drawn at random from short-answer questions',
  ordering: 'putting items in order'
};

export interface MoodleParse {
  drafts: Draft[];
  skipped: ImportIssue[];
  warnings: ImportIssue[];
}

/** Reads a Moodle XML file into question drafts, with what was skipped and why. */
export function parseMoodleXml(source: string): MoodleParse | { problems: ImportIssue[] } {
  const xml = readQuizXml(source);
  if (!xml.ok) return { problems: xml.problems };
  const drafts: Draft[] = [];
  const skipped = [...xml.skipped];
  const warnings: ImportIssue[] = [];
  let category: string | undefined;
  let number = 0;
  for (const { node, line } of xml.questions) {
    const type = typeof node['@_type'] === 'string' ? node['@_type'] : '';
    if (type === 'category') {
      const path = plain(isNode(node.category) ? node.category.text : node.category).replace(/\s+/g, ' ');
      category = path ? (CATEGORY_TAG + path).slice(0, 100) : undefined;
      continue;
    }
    number++;
    const rawName = rawText(isNode(node.name) ? node.name.text : node.name);
    const name = nameText(rawName);
    const named = `question ${number} (${type || 'no type'}${name ? `, ${quoted(name)}` : ''})`;
    const reader = READERS[type];
    if (!reader) {
      const why = UNSUPPORTED[type];
      skipped.push(
        issue(
          { line },
          type
            ? `${named} is not supported${why ? ` (${why})` : ''}: Sourcewise reads ${Object.keys(READERS).join(', ')} questions`
            : `${named} has no type attribute, so it cannot be read`
        )
      );
      continue;
    }
    const ctx: Context = { media: [], images: [], lost: [], notes: [] };
    const read = reader(node, ctx);
    if ('skip' in read) {
      skipped.push(issue({ line }, `${named} was not imported: ${read.skip}`));
      continue;
    }
    let prompt = textOf(ctx, node.questiontext, 'question text', true);
    const explanation = textOf(ctx, node.generalfeedback, 'general feedback');
    if (!prompt && name && type !== 'description') {
      prompt = name;
      ctx.notes.push('it has no question text, so its name is the prompt');
    }
    const tags = [
      ...(category ? [category] : []),
      ...asList(isNode(node.tags) ? node.tags.tag : undefined).map((t) =>
        plain(isNode(t) ? t.text : t).slice(0, 100)
      )
    ].filter(Boolean);
    const idnumber = plain(node.idnumber);
    const changes = [
      ...ctx.notes,
      ...(ctx.media.length
        ? [
            `${ctx.media.length === 1 ? 'an image or file is' : `${ctx.media.length} images or files are`} not kept (${KEPT_IMAGES}): ${ctx.media.join(', ')}; an image shows as “[image: …]” in the text`
          ]
        : []),
      ...(ctx.lost.length ? [`left out: ${ctx.lost.join(', ')}`] : [])
    ];
    if (changes.length) warnings.push(issue({ line }, `${named}: ${changes.join('; ')}`));
    drafts.push({
      place: { line },
      id: idnumber || undefined,
      fields: {
        ...read.fields,
        prompt,
        explanation,
        // A name that is only the start of the text (what Moodle XML writers put when there is no title) is no title.
        title:
          name && ![name, rawName.replace(/\s+/g, ' ').trim()].includes(nameFromPrompt(prompt))
            ? name.slice(0, LIMITS.title)
            : undefined,
        ...(tags.length ? { tags: [...new Set(tags)].slice(0, LIMITS.tags) } : {}),
        ...(ctx.images.length ? { images: ctx.images } : {})
      }
    });
  }
  return { drafts, skipped, warnings };
}

/** A name is plain text in Moodle, but exports carry formatting tags in it too (`<strong>`): those are dropped. */
function nameText(raw: string): string {
  const formatted = /<\/?(b|strong|i|em|u|span|p|br|sub|sup|a|font)\b[^<>]*>/i.test(raw);
  return (formatted ? toPlainText(raw, 'html').text : raw).replace(/\s+/g, ' ').trim();
}

/** The registry's reader (moodle-xml/format.ts). */
export function read(source: string): ReadResult {
  const parsed = parseMoodleXml(source);
  return 'problems' in parsed
    ? { ok: false, problems: parsed.problems }
    : questionsFromDrafts(parsed, 'moodle');
}
