/**
 * The fast path of the Moodle XML reader: one pass over a well-formed file, building the same tree fast-xml-parser
 * builds with xml.ts's options (attributes as `@_name`, children by name, lists for the repeating elements, trimmed
 * text as `#text`, CDATA as `__cdata`, nothing decoded, line breaks as `\n`), in about a fifth of the time of
 * validating and parsing with it. It is stricter than fast-xml-parser's validator: anything it does not accept
 * (broken XML, a processing instruction past the declaration, a DTD, an attribute without a value, a name that is not
 * an XML name, nesting past the cap) gives `undefined`, and xml.ts then validates and parses with fast-xml-parser,
 * which names the problem. So every check of the slow path still holds; `tree.test.ts` compares both trees.
 */

/** A parsed element: attributes as `@_name`, child elements by name, text as `#text`, CDATA as `__cdata`. */
export type XmlNode = { [key: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

const START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
// Combining marks (U+0300–U+036F) may follow the first character; a class of their own keeps them apart.
const NAME = `[${START}](?:[${START}\\-.\\d\\u00B7\\u203F-\\u2040]|[\\u0300-\\u036F])*`;
/** An opening tag: its name, its attributes (each with a quoted value) and whether it closes itself. */
const OPENING = new RegExp(
  `<(${NAME})((?:[ \\t\\r\\n]+${NAME}[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"[^"]*"|'[^']*'))*)[ \\t\\r\\n]*(/?)>`,
  'y'
);
const ATTRIBUTE = new RegExp(`(${NAME})[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([^"]*)"|'([^']*)')`, 'g');
const CLOSING = new RegExp(`</(${NAME})[ \\t\\r\\n]*>`, 'y');
/** An `&` that starts no reference the validator accepts. */
const BAD_AMPERSAND = /&(?!#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z0-9_]{1,20};)/;
const NOT_SPACE = /[^ \t\r\n]/;
/** Names that would reach an object's prototype: left to fast-xml-parser, which renames them. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

const lf = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

interface Open {
  name: string;
  start: number;
  node: XmlNode;
  attributes: XmlNode | undefined;
  text: string;
  /** Trimmed text pieces between child elements and CDATA sections, joined. */
  texts: string | undefined;
}

export interface Tree {
  root: XmlNode;
  /** Where each element named in `startsOf` begins (the offset of its `<`). */
  starts: Map<XmlNode, number>;
}

/** Adds a child as fast-xml-parser's node2json does: a repeated name becomes a list, a listed one always is. */
function addChild(parent: XmlNode, name: string, value: XmlValue, lists: ReadonlySet<string>): void {
  if (Object.prototype.hasOwnProperty.call(parent, name)) {
    const existing = parent[name];
    if (Array.isArray(existing)) existing.push(value);
    else parent[name] = [existing, value];
  } else parent[name] = lists.has(name) ? [value] : value;
}

function flushText(open: Open): void {
  const piece = open.text.trim();
  if (piece) open.texts = (open.texts ?? '') + lf(piece);
  open.text = '';
}

/** The tree of a well-formed file, or `undefined` when it is not one this pass accepts. */
export function fastTree(
  text: string,
  options: { lists: ReadonlySet<string>; maxDepth: number; startsOf: string }
): Tree | undefined {
  const root: XmlNode = {};
  const starts = new Map<XmlNode, number>();
  const stack: Open[] = [];
  let rootSeen = false;
  let i = 0;
  // The declaration, only at the very start (as the validator wants it).
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) return undefined;
    i = end + 2;
  }
  const length = text.length;
  while (i < length) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 ? length : lt;
    if (stop > i) {
      const between = text.slice(i, stop);
      const open = stack[stack.length - 1];
      if (!open) {
        if (NOT_SPACE.test(between)) return undefined;
      } else {
        if (between.includes('&') && BAD_AMPERSAND.test(between)) return undefined;
        open.text += between;
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) return undefined;
        i = end + 3;
        continue;
      }
      const open = stack[stack.length - 1];
      if (!open || !text.startsWith('<![CDATA[', lt)) return undefined;
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return undefined;
      flushText(open);
      addChild(open.node, '__cdata', lf(text.slice(lt + 9, end)), options.lists);
      i = end + 3;
      continue;
    }
    if (next === 47 /* / */) {
      CLOSING.lastIndex = lt;
      const m = CLOSING.exec(text);
      const open = stack.pop();
      if (!m || !open || m[1] !== open.name) return undefined;
      i = CLOSING.lastIndex;
      flushText(open);
      const parent = stack[stack.length - 1];
      addChild(parent ? parent.node : root, open.name, valueOf(open), options.lists);
      continue;
    }
    OPENING.lastIndex = lt;
    const m = OPENING.exec(text);
    if (!m || UNSAFE.has(m[1]) || (rootSeen && !stack.length)) return undefined;
    i = OPENING.lastIndex;
    let attributes: XmlNode | undefined;
    if (m[2]) {
      attributes = {};
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(m[2]); a; a = ATTRIBUTE.exec(m[2])) {
        const key = `@_${a[1]}`;
        if (key in attributes) return undefined;
        attributes[key] = lf((a[2] ?? a[3]).trim());
      }
    }
    const parent = stack[stack.length - 1];
    if (parent) flushText(parent);
    rootSeen = true;
    const open: Open = { name: m[1], start: lt, node: {}, attributes, text: '', texts: undefined };
    if (open.name === options.startsOf) starts.set(open.node, lt);
    if (m[3]) {
      addChild(parent ? parent.node : root, open.name, valueOf(open), options.lists);
      continue;
    }
    if (stack.length >= options.maxDepth) return undefined;
    stack.push(open);
  }
  if (stack.length || !rootSeen) return undefined;
  return { root, starts };
}

/** An element's value as node2json gives it: text alone as a string, nothing as '', else an object. */
function valueOf(open: Open): XmlValue {
  const node = open.node;
  if (open.texts !== undefined) node['#text'] = open.texts;
  if (open.attributes) return Object.assign(node, open.attributes);
  let keys = 0;
  for (const key in node) if (++keys > 1 || key !== '#text') return node;
  return keys === 0 ? '' : (open.texts as string);
}
