/**
 * The answer block of a GIFT question, `{…}`, read into pack question fields the way Moodle's importer decides:
 * essay, numerical, multiple choice, matching, true/false, short answer — in that order.
 */
import { restoreEscapes, splitAtMarkers, type Segment } from './blocks';
import { toPlain, type TextFormat } from './text';

/** The question fields an answer block produces, or the problem that stops it, with its offset in the block. */
export type AnswerRead = { fields: Record<string, unknown> } | { error: { offset: number; message: string } };

interface Context {
  format: TextFormat;
  /** Offset of the answer text within the block text (for line numbers). */
  base: number;
  images: (offset: number, names: string[]) => void;
}

const WEIGHT = /^%(-*\d*\.?\d*)%/;
import { ANY_NUMBER } from '../shared/moodle';

function text(raw: string, format: TextFormat, offset: number, ctx: Context): string {
  const result = toPlain(raw, format);
  if (result.images.length) ctx.images(offset, result.images);
  return result.text;
}

/** `answer # feedback`, both in the question's format unless they start with their own `[format]`. */
function withFeedback(raw: string, offset: number, ctx: Context) {
  const hash = raw.indexOf('#');
  const answer = hash < 0 ? raw : raw.slice(0, hash);
  const feedbackRaw = hash < 0 ? '' : raw.slice(hash + 1);
  const feedback = feedbackRaw.trim() ? text(feedbackRaw, ctx.format, offset, ctx) : undefined;
  return { answer: answer.trim(), feedback: feedback || undefined };
}

/** Reads a leading `%50%` weight; `undefined` when there is none. */
function weightOf(raw: string): { weight?: number; rest: string; bad?: string } {
  const match = WEIGHT.exec(raw);
  if (!match) return { rest: raw };
  const value = Number(match[1].replace(/^-+/, '-'));
  if (!Number.isFinite(value) || match[1] === '' || match[1] === '-')
    return { rest: raw, bad: `"${match[0]}" is not a weight` };
  if (value < -100 || value > 100) return { rest: raw, bad: `the weight ${match[0]} is outside -100%…100%` };
  return { weight: value, rest: raw.slice(match[0].length) };
}

function choice(all: Segment[], ctx: Context, single: boolean): AnswerRead {
  // Moodle splits at every ~ and = and drops empty answers, so `{~was~=have been}` is two answers, the second right.
  const segments = all.filter((s) => s.text.trim().replace(/^[~=]/, '').trim());
  if (segments.length < 2)
    return {
      error: {
        offset: ctx.base,
        message: `multiple choice needs at least two answers; ${segments.length === 1 ? 'only one has text' : 'none has text'}`
      }
    };
  const options = [];
  let unmarked: Segment | undefined;
  for (const segment of segments) {
    const trimmed = segment.text.trim();
    const marker = trimmed[0];
    const body = marker === '=' || marker === '~' ? trimmed.slice(1).trimStart() : trimmed;
    if (marker !== '=' && marker !== '~') unmarked = segment;
    const { weight, rest, bad } = weightOf(body);
    if (bad) return { error: { offset: segment.offset, message: bad } };
    const { answer, feedback } = withFeedback(rest, segment.offset, ctx);
    const optionText = text(answer, ctx.format, segment.offset, ctx);
    if (!optionText) return { error: { offset: segment.offset, message: 'an answer is empty' } };
    options.push({ text: optionText, weight: weight ?? (marker === '=' ? 100 : 0), feedback });
  }
  if (!options.some((o) => o.weight > 0)) {
    const hint = unmarked ? ` ("${restoreEscapes(unmarked.text.trim())}" has no = or ~ in front)` : '';
    return {
      error: {
        offset: ctx.base,
        message: `no right answer: mark it with = or give it a positive %weight%${hint}`
      }
    };
  }
  return { fields: { type: 'choice', multiple: !single, options } };
}

function trueFalse(answerText: string, ctx: Context): AnswerRead {
  const [verdict, ...rest] = answerText.split('#');
  const answer = /^(t|true)$/i.test(verdict.trim());
  // Moodle: the first feedback is for a wrong response, the second for a right one.
  const [wrongRaw = '', rightRaw = ''] = [rest[0], rest.slice(1).join('#')];
  const wrong = text(wrongRaw, ctx.format, ctx.base, ctx) || undefined;
  const right = text(rightRaw, ctx.format, ctx.base, ctx) || undefined;
  return {
    fields: {
      type: 'true-false',
      answer,
      feedbackTrue: answer ? right : wrong,
      feedbackFalse: answer ? wrong : right
    }
  };
}

function shortAnswer(segments: Segment[], ctx: Context): AnswerRead {
  const answers = [];
  for (const segment of segments) {
    const body = segment.text.trim().replace(/^=/, '').trimStart();
    const { weight, rest, bad } = weightOf(body);
    if (bad) return { error: { offset: segment.offset, message: bad } };
    const { answer, feedback } = withFeedback(rest, segment.offset, ctx);
    const value = text(answer, ctx.format, segment.offset, ctx);
    if (!value) return { error: { offset: segment.offset, message: 'an accepted answer is empty' } };
    answers.push({ text: value, weight: weight ?? 100, feedback });
  }
  if (!answers.length) return { error: { offset: ctx.base, message: 'no accepted answer' } };
  return { fields: { type: 'short-answer', answers } };
}

function matching(segments: Segment[], ctx: Context): AnswerRead {
  const pairs = [];
  for (const segment of segments) {
    const body = segment.text.trim().replace(/^=/, '');
    const arrow = body.indexOf('->');
    if (arrow < 0)
      return { error: { offset: segment.offset, message: 'a matching pair needs "left -> right"' } };
    const left = text(body.slice(0, arrow), ctx.format, segment.offset, ctx);
    const right = restoreEscapes(body.slice(arrow + 2)).trim();
    if (!right) return { error: { offset: segment.offset, message: 'the right side of a pair is empty' } };
    pairs.push({ left, right });
  }
  if (pairs.filter((p) => p.left).length < 2)
    return { error: { offset: ctx.base, message: 'matching needs at least two pairs' } };
  return { fields: { type: 'matching', pairs } };
}

function parseNumber(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

function numerical(answerText: string, ctx: Context): AnswerRead {
  const body = answerText.slice(1);
  const tilde = body.indexOf('~');
  const graded = tilde < 0 ? body : body.slice(0, tilde);
  const answers: Record<string, unknown>[] = [];
  for (const segment of splitAtMarkers(graded, ctx.base + 1, '=')) {
    const trimmed = segment.text.trim().replace(/^=/, '').trimStart();
    const { weight, rest, bad } = weightOf(trimmed);
    if (bad) return { error: { offset: segment.offset, message: bad } };
    const { answer, feedback } = withFeedback(rest, segment.offset, ctx);
    const common = { weight: weight ?? 100, feedback };
    const value = restoreEscapes(answer);
    const range = value.indexOf('..');
    const colon = value.indexOf(':');
    if (value === '*') answers.push({ ...ANY_NUMBER, ...common });
    else if (range > 0) {
      const min = parseNumber(value.slice(0, range));
      const max = parseNumber(value.slice(range + 2));
      if (min === undefined || max === undefined || max < min)
        return { error: { offset: segment.offset, message: `"${value}" is not a range min..max` } };
      answers.push({ min, max, ...common });
    } else {
      const number = parseNumber(colon > 0 ? value.slice(0, colon) : value);
      const tolerance = colon > 0 ? parseNumber(value.slice(colon + 1)) : 0;
      if (number === undefined || tolerance === undefined || tolerance < 0)
        return { error: { offset: segment.offset, message: `"${value}" is not a number` } };
      answers.push({ value: number, tolerance, ...common });
    }
  }
  if (!answers.length) return { error: { offset: ctx.base, message: 'a numerical question needs a number' } };
  if (tilde >= 0) {
    // `~#feedback` is feedback for any other response, stored as a catch-all answer worth nothing.
    const { feedback } = withFeedback(body.slice(tilde + 1), ctx.base + tilde, ctx);
    answers.push({ ...ANY_NUMBER, weight: 0, feedback });
  }
  return { fields: { type: 'numerical', answers } };
}

/** Reads trimmed answer text (general feedback already removed) into question fields. */
export function readAnswers(
  answerText: string,
  base: number,
  format: TextFormat,
  images: Context['images']
): AnswerRead {
  const ctx: Context = { format, base, images };
  if (answerText === '') return { fields: { type: 'open-response' } } satisfies AnswerRead;
  if (answerText.startsWith('#')) return numerical(answerText, ctx);
  if (answerText.includes('~'))
    return choice(splitAtMarkers(answerText, base, '~='), ctx, answerText.includes('='));
  if (answerText.includes('=') && answerText.includes('->'))
    return matching(splitAtMarkers(answerText, base, '='), ctx);
  const hash = answerText.indexOf('#');
  const verdict = (hash > 0 ? answerText.slice(0, hash) : answerText).trim();
  if (/^(t|true|f|false)$/i.test(verdict)) return trueFalse(answerText, ctx);
  return shortAnswer(splitAtMarkers(answerText, base, '='), ctx);
}
