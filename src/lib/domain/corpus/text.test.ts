import { describe, expect, it } from 'vitest';
import { chromeLines, isChromeLine } from './boilerplate';
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

  it('recognises a wire credit and a page time stamp closing a saved news page', () => {
    expect(isChromeLine('(FRANCE 24 with AFP, REUTERS)')).toBe(true);
    expect(isChromeLine('(AP)')).toBe(true);
    expect(isChromeLine('Date created : 2015-05-12')).toBe(true);
    expect(isChromeLine('Latest update : 2015-05-12')).toBe(true);
    expect(isChromeLine('(with help from the UN)')).toBe(false);
    expect(isChromeLine('(I)')).toBe(false);
    expect(isChromeLine('The date created a stir: 12 May was a holiday.')).toBe(false);
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

describe('page furniture in pasted articles', () => {
  it('leaves out credits, bylines, links to other stories, prompts and time stamps, not sentences like them', () => {
    const furniture = [
      'Photo: Jane Doe/Agency',
      '(Photo by Jane Doe/Agency)',
      'Image courtesy of the city council',
      'Credit: Jane Doe',
      '© Agency 2024',
      'By Jane Doe',
      'By Jane Doe and John Roe, Staff Writers',
      'Related: Council votes on parking',
      'Read more: What the plan means',
      'Follow us on social media',
      'Click here to subscribe',
      'Updated 3:14 PM EST',
      'Last updated: 12 May 2024'
    ];
    const sentences = [
      'By the end of the day, the talks had failed.',
      'By Friday, Trump said.',
      'Photos show the leaders shaking hands.',
      'Published reports say the deal is close.',
      'Updated figures show a rise of 5% in June compared with last year.'
    ];
    for (const line of furniture) expect(isChromeLine(line), line).toBe(true);
    for (const line of sentences) expect(isChromeLine(line), line).toBe(false);
    expect(chromeLines([sentences[0], furniture[0], sentences[2]].join('\n'))).toEqual([furniture[0]]);
  });
});
