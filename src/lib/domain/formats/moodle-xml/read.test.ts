import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../limits';
import { importText } from '../import';
import { read } from './read';

const quiz = (...questions: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
const question = (type: string, body: string, name = 'Q') =>
  `  <question type="${type}">\n    <name><text>${name}</text></name>\n${body}\n  </question>`;
const qtext = (text: string, format = 'html') =>
  `    <questiontext format="${format}"><text>${text}</text></questiontext>`;

function ok(source: string) {
  const result = read(source);
  if (!result.ok || !('questions' in result)) throw new Error(JSON.stringify(result));
  return result;
}

describe('Moodle XML reader', () => {
  it('numerical: value ± tolerance, the * catch-all, and units named as left out', () => {
    const result = ok(
      quiz(
        question(
          'numerical',
          `${qtext('How far, in metres?')}
    <answer fraction="100"><text>3.5</text><tolerance>0.5</tolerance><feedback><text>Right</text></feedback></answer>
    <answer fraction="0"><text>*</text><feedback><text>Try again</text></feedback></answer>
    <units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit><unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units>`
        )
      )
    );
    expect(result.questions[0]).toMatchObject({
      type: 'numerical',
      answers: [
        { value: 3.5, tolerance: 0.5, weight: 100, feedback: 'Right' },
        { min: -Number.MAX_VALUE, max: Number.MAX_VALUE, weight: 0, feedback: 'Try again' }
      ]
    });
    expect(result.warnings[0].message).toContain(
      'left out: the units m, cm (the answer is the number alone)'
    );
  });

  it('a number that is not one skips that question with its cause and line; the next still imports', () => {
    const result = ok(
      quiz(
        question('numerical', `${qtext('How many?')}\n    <answer fraction="100"><text>zero</text></answer>`),
        question(
          'truefalse',
          `${qtext('Sky is blue')}\n    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>`
        )
      )
    );
    expect(result.questions.map((q) => q.type)).toEqual(['true-false']);
    expect(result.skipped).toEqual([
      {
        place: { line: 3 },
        message: 'question 1 (numerical, “Q”) was not imported: answer 1 (“zero”) is not a number'
      }
    ]);
  });

  it('true/false: the right answer and the feedback for each response', () => {
    const result = ok(
      quiz(
        question(
          'truefalse',
          `${qtext('The Earth is flat.')}
    <answer fraction="0"><text>true</text><feedback><text>No, it is round.</text></feedback></answer>
    <answer fraction="100"><text>false</text><feedback><text>Right.</text></feedback></answer>`
        )
      )
    );
    expect(result.questions[0]).toMatchObject({
      type: 'true-false',
      answer: false,
      feedbackTrue: 'No, it is round.',
      feedbackFalse: 'Right.'
    });
  });

  it('single choice: option feedback, idnumber as id, tags, and HTML turned into plain text', () => {
    const result = ok(
      quiz(
        question(
          'multichoice',
          `${qtext('&lt;p&gt;Which is &lt;b&gt;right&lt;/b&gt;?&lt;/p&gt;')}
    <generalfeedback format="html"><text><![CDATA[<p>Because &amp; so on.</p>]]></text></generalfeedback>
    <idnumber>Q-7</idnumber>
    <single>true</single>
    <answer fraction="100" format="html"><text><![CDATA[<p>This</p>]]></text><feedback><text>Yes</text></feedback></answer>
    <answer fraction="-25" format="html"><text>That</text></answer>
    <tags><tag><text>europe</text></tag><tag><text>capitals</text></tag></tags>`,
          'Pick one'
        )
      )
    );
    expect(result.questions[0]).toMatchObject({
      id: 'Q-7',
      type: 'choice',
      multiple: false,
      prompt: 'Which is right?',
      explanation: 'Because & so on.',
      title: 'Pick one',
      tags: ['europe', 'capitals'],
      options: [
        { text: 'This', weight: 100, feedback: 'Yes' },
        { text: 'That', weight: -25 }
      ]
    });
  });

  it('markdown, plain and moodle_auto_format texts become plain text; raw markup is never kept', () => {
    const result = ok(
      quiz(
        question('description', qtext('**Read** the _text_ first.', 'markdown')),
        question('description', qtext('Keep &lt;b&gt; as written', 'plain_text')),
        question('description', qtext('Line one\nline &lt;i&gt;two&lt;/i&gt;', 'moodle_auto_format'))
      )
    );
    expect(result.questions.map((q) => q.prompt)).toEqual([
      'Read the text first.',
      'Keep <b> as written',
      'Line one\nline two'
    ]);
  });

  it('a small picture embedded with @@PLUGINFILE@@ and a <file> is kept; other images and files are reported by question with the reason', () => {
    const result = ok(
      quiz(
        question(
          'essay',
          `    <questiontext format="html"><text><![CDATA[<p>Describe <img src="@@PLUGINFILE@@/map%20one.png" alt="the map"> and <img src="data:image/png;base64,AAAA"> <img src="@@PLUGINFILE@@/logo.svg"></p>]]></text>
      <file name="map one.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==</file><file name="logo.svg" encoding="base64">PHN2Zz48L3N2Zz4=</file><file name="notes.mp3" encoding="base64">SUQz</file></questiontext>`
        )
      )
    );
    expect(result.questions[0].prompt).toBe(
      'Describe [image: the map] and [image: embedded image] [image: @@PLUGINFILE@@/logo.svg]'
    );
    expect(result.questions[0].images).toEqual([
      {
        src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        alt: 'the map',
        name: 'map one.png'
      }
    ]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].place).toEqual({ line: 3 });
    expect(result.warnings[0].message).toContain(
      "3 images or files are not kept (a pack keeps the pictures of a question's text that the file embeds, PNG, JPEG, GIF or WebP up to 200 KB): an image embedded as a data: address: it is not a PNG, JPEG, GIF or WebP picture (SVG and other kinds are not kept) (question text), logo.svg: it is not a PNG, JPEG, GIF or WebP picture (SVG and other kinds are not kept) (question text), the attached file notes.mp3 (question text)"
    );
  });

  it('a picture over the size cap is reported, not kept', () => {
    const big = 'iVBORw0KGgoAAAANSUhE' + 'A'.repeat(300 * 1024);
    const result = ok(
      quiz(
        question(
          'essay',
          `    <questiontext format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/big.png">]]></text><file name="big.png" encoding="base64">${big}</file></questiontext>`
        )
      )
    );
    expect(result.questions[0].images).toBeUndefined();
    expect(result.warnings[0].message).toMatch(/big\.png: it is 2\d\d KB; images up to 200 KB are kept/);
  });

  it('a question without text takes its name as the prompt, with a note', () => {
    const result = ok(quiz(question('essay', qtext(''), 'Describe your town')));
    expect(result.questions[0].prompt).toBe('Describe your town');
    expect(result.warnings[0].message).toContain('its name is the prompt');
  });

  it('multichoice without a positive grade is skipped with the real cause', () => {
    const result = read(
      quiz(
        question(
          'multichoice',
          `${qtext('?')}\n    <answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer>`
        )
      )
    );
    expect(result).toEqual({
      ok: true,
      questions: [],
      skipped: [
        {
          place: { line: 3 },
          message:
            'question 1 (multichoice, “Q”) was not imported: no answer has a grade above 0, so none is right'
        }
      ],
      warnings: []
    });
  });

  it('a broken question is reported by its line and the others still import (Moodle refuses the whole file)', () => {
    const source = quiz(
      question('essay', qtext('First')),
      question('essay', `${qtext('Broken')}\n    <generalfeedback><text>oops</generalfeedback>`),
      question('essay', qtext('Third'))
    );
    const result = ok(source);
    expect(result.questions.map((q) => q.prompt)).toEqual(['First', 'Third']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0].place.line).toBe(10);
    expect(result.skipped[0].message).toBe(
      "the question on line 7 is not read: the XML is broken here: Expected closing tag 'text' (opened in line 10, col 22) instead of closing tag 'generalfeedback' (column 32)"
    );
  });

  it('text larger than a file may be is refused before it is parsed, naming the limit', () => {
    const result = read(`<quiz>${'x'.repeat(INPUT_LIMITS.fileImport.bytes)}</quiz>`);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0].message).toMatch(/^the file is over the limit of 10,485,760 characters/);
  });

  it('a DOCTYPE (entity declarations) is refused before anything is parsed', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<quiz>${question('essay', qtext('&b;'))}</quiz>`;
    const result = read(bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ place: { line: 2 } });
  });

  it('only the standard entities are decoded by the XML layer; HTML ones are decoded as HTML text', () => {
    const result = ok(quiz(question('description', qtext('A &amp;amp; B &#233;t&#xE9; &amp;nbsp;x'))));
    expect(result.questions[0].prompt.replace(/\s+/g, ' ')).toBe('A & B été x');
  });
});

describe('Moodle XML detection', () => {
  it('a .xml file whose root is not <quiz> is refused, naming the formats that are read', async () => {
    const result = await importText(
      'feed.xml',
      '<?xml version="1.0"?>\n<rss><channel><title>News</title></channel></rss>'
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toContain('Moodle XML');
  });

  it('a <quiz> file is Moodle XML whatever its name, after a declaration and comments', async () => {
    const result = await importText(
      'questions.txt',
      `<?xml version="1.0"?>\n<!-- exported -->\n<!-- again -->\n<quiz>${question('essay', qtext('Why?'))}</quiz>`
    );
    expect(result.ok && result.preview.format).toBe('moodle-xml');
  });
});
