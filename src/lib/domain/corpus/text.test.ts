import { describe, expect, it } from 'vitest';
import { isChromeLine } from './boilerplate';
import { parseText, splitSentences } from './text';

describe('paragraphs', () => {
  it('drops web-page chrome but keeps offsets into the original text', () => {
    const text = [
      'To view this video please enable JavaScript, and consider upgrading to a web',
      'browser that',
      'supports HTML5',
      'video',
      'Putin claimed the pair had come to an understanding.',
      'Share via:',
      'Facebook Twitter LinkedIn More'
    ].join('\n');
    const doc = parseText(text);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'Putin claimed the pair had come to an understanding.'
    ]);
    const [p] = doc.paragraphs;
    expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('marks short lines without final punctuation as headings', () => {
    const doc = parseText('Trump and Putin leave Alaska\nThe talks ended after three hours.');
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([true, false]);
  });

  it('recognises chrome lines and leaves article sentences alone', () => {
    expect(isChromeLine('Leave a Comment')).toBe(true);
    expect(isChromeLine('Listen to This Article')).toBe(true);
    expect(isChromeLine('Trump said the video was a success.')).toBe(false);
    expect(isChromeLine('More than 20 people were killed.')).toBe(false);
  });
});

describe('sentences', () => {
  const split = (text: string) => splitSentences({ text, start: 0, end: text.length }).map((s) => s.text);

  it('splits at full stops, question and exclamation marks', () => {
    expect(split('The talks ended. Did they agree? No!')).toEqual([
      'The talks ended.',
      'Did they agree?',
      'No!'
    ]);
  });

  it('keeps abbreviations, initials and titles inside a sentence', () => {
    expect(split('Mr. Putin met Dr. Smith in the U.S. on Friday. Then he left.')).toEqual([
      'Mr. Putin met Dr. Smith in the U.S. on Friday.',
      'Then he left.'
    ]);
    expect(split('Michael J. Fox spoke. It rained.')).toEqual(['Michael J. Fox spoke.', 'It rained.']);
  });

  it('ends a sentence after a closing quote', () => {
    expect(split('“We had a very productive meeting.” Trump left.')).toEqual([
      '“We had a very productive meeting.”',
      'Trump left.'
    ]);
  });

  it('gives offsets that point at the sentence in the text', () => {
    const text = 'Intro line\n\nFirst sentence here.   Second one.';
    const doc = parseText(text);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Intro line', 'First sentence here.', 'Second one.']);
  });

  it('handles a megabyte of text quickly and linearly', () => {
    const text = 'The meeting lasted 2 1/2 hours, officials said. '.repeat(22_000);
    const started = performance.now();
    const doc = parseText(text);
    expect(doc.sentences.length).toBe(22_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
