/**
 * The fast path (tree.ts) against fast-xml-parser with the reader's options: the same tree for every well-formed file
 * (collected fixtures and generated ones), and nothing accepted that fast-xml-parser's validator refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fastTree, type XmlNode } from './tree';
import { LISTS, MAX_DEPTH, PARSER_OPTIONS } from './xml';

const FIXTURES = new URL('../../../../../tests/fixtures/formats/moodle-xml/', import.meta.url);
const OPTIONS = { lists: LISTS, maxDepth: MAX_DEPTH, startsOf: 'question' };
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;
const slow = new XMLParser(PARSER_OPTIONS);

/** The recorded offsets of the `<question>` elements in a tree, in order. */
function questionStarts(root: unknown, startOf: (node: object) => number | undefined): number[] {
  const starts: number[] = [];
  const visit = (value: unknown, name: string) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, name));
    if (typeof value !== 'object' || value === null) return;
    const start = startOf(value);
    if (name === 'question' && start !== undefined) starts.push(start);
    for (const [key, child] of Object.entries(value)) visit(child, key);
  };
  visit(root, '');
  return starts;
}

function expectSameTree(text: string): void {
  const fast = fastTree(text, OPTIONS);
  expect(fast, 'the fast path refused a well-formed file').toBeDefined();
  const root = slow.parse(text) as Record<string, unknown>;
  delete root['?xml'];
  // Symbol keys (fast-xml-parser's offsets) left out.
  expect(fast!.root).toEqual(JSON.parse(JSON.stringify(root)));
  expect(questionStarts(fast!.root, (node) => fast!.starts.get(node as XmlNode))).toEqual(
    questionStarts(
      root,
      (node) => (node as Record<symbol, { startIndex: number } | undefined>)[META]?.startIndex
    )
  );
}

describe('the fast Moodle XML tree', () => {
  it('builds the tree fast-xml-parser builds for every collected fixture', () => {
    for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.xml')))
      expectSameTree(readFileSync(new URL(name, FIXTURES), 'utf8'));
  });

  const text = fc.oneof(
    fc.constantFrom('', ' ', '\n  ', 'a', ' x &amp; y ', '&#233;', 'line\r\nbreak', 'é > ü', '&nbsp;'),
    fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '>', 'é'), maxLength: 6 })
  );
  const name = fc.constantFrom('quiz', 'question', 'text', 'answer', 'tag', 'name', 'x', 'a:b');
  const attribute = fc.tuple(
    fc.constantFrom('type', 'fraction', 'format', 'name'),
    fc.constantFrom('', '1', ' 50 ', 'a&amp;b', '<p>', 'x\r\ny'),
    fc.constantFrom('"', "'")
  );
  const { node } = fc.letrec<{ node: string; content: string }>((tie) => ({
    node: fc
      .tuple(
        name,
        fc.uniqueArray(attribute, { selector: (a) => a[0], maxLength: 2 }),
        tie('content'),
        fc.boolean()
      )
      .map(([tag, attrs, content, selfClose]) => {
        const open = `<${tag}${attrs.map(([k, v, q]) => ` ${k}=${q}${v}${q}`).join('')}`;
        return selfClose ? `${open} />` : `${open}>${content}</${tag}>`;
      }),
    content: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: text },
          { weight: 2, arbitrary: tie('node') },
          fc.constantFrom('<![CDATA[<p>x</p>]]>', '<![CDATA[]]>', '<![CDATA[ a\r\n ]]>', '<!-- c -->')
        ),
        { maxLength: 4, depthIdentifier: 'tree' }
      )
      .map((parts) => parts.join(''))
  }));

  it('builds the same tree as fast-xml-parser for 2,000 generated well-formed files', () => {
    fc.assert(
      fc.property(node, fc.boolean(), (element, declared) =>
        expectSameTree(
          `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}<quiz>${element}</quiz>\n`
        )
      ),
      { numRuns: 2000 }
    );
  });

  it('accepts nothing the validator refuses (2,000 damaged files)', () => {
    const damaged = fc
      .tuple(node, fc.nat(), fc.constantFrom('<', '>', '&', '</x>', '<x>', '"', '=', '<!', '<?a?>', 'y'))
      .map(([element, at, piece]) => {
        const whole = `<quiz>${element}</quiz>`;
        const i = at % (whole.length + 1);
        return whole.slice(0, i) + piece + whole.slice(i);
      });
    fc.assert(
      fc.property(damaged, (xml) => {
        if (fastTree(xml, OPTIONS))
          expect(XMLValidator.validate(xml, { allowBooleanAttributes: true })).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it('leaves to the slow path what it does not read: a DTD, a late processing instruction, deep nesting', () => {
    expect(fastTree('<!DOCTYPE quiz><quiz/>', OPTIONS)).toBeUndefined();
    expect(fastTree('<quiz><?php x ?></quiz>', OPTIONS)).toBeUndefined();
    expect(fastTree(`<quiz>${'<a>'.repeat(45)}${'</a>'.repeat(45)}</quiz>`, OPTIONS)).toBeUndefined();
    expect(fastTree('<quiz checked><x/></quiz>', OPTIONS)).toBeUndefined();
    expect(fastTree('<quiz>a & b</quiz>', OPTIONS)).toBeUndefined();
    expect(fastTree('<quiz></quiz><quiz></quiz>', OPTIONS)).toBeUndefined();
  });
});
