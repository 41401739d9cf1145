/**
 * An HTML block that is only a heading element (`<h1 id="x">…</h1>` … `<h6>`)
 * is a heading to the reader: GitHub renders it as one, and READMEs use it
 * for centred titles or to give a heading a stable id across translations.
 * Read as a heading, it opens a section and its id resolves table-of-contents
 * links, so it pairs with the Markdown heading of the other language.
 *
 * Its content is read as phrasing HTML is read inside a paragraph: text with
 * its entities decoded, tags as inline HTML (so `<code>` still marks code and
 * `<img>` still counts as an image). A block holding anything else (a `<div>`,
 * a second heading, text after the closing tag) is not a heading.
 */
import type { Heading, Html, PhrasingContent } from 'mdast';
import type { Point } from 'unist';

interface HtmlHeading {
  depth: number;
  /** The synthetic mdast heading whose inline content is the element's, with positions in the whole file. */
  heading: Heading;
  /** Ids the element gives itself or an `<a name>`/`<a id>` inside it gives: what `#` links point at. */
  ids: string[];
}

const attribute = String.raw`\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const element = new RegExp(String.raw`^ {0,3}<h([1-6])((?:${attribute})*)\s*>([\s\S]*?)</h\1\s*>\s*$`, 'id');
const tag = /<!--[\s\S]*?-->|<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const idAttribute = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** Elements that may stand inside a heading (HTML's phrasing content that READMEs use). */
const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'picture',
  'q',
  's',
  'samp',
  'small',
  'source',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** The heading an HTML block is, or null. Positions are the block's own, in the whole file. */
export function readHtmlHeading(node: Html): HtmlHeading | null {
  const start = node.position?.start;
  if (!start || start.offset === undefined) return null;
  const value = node.value;
  const match = element.exec(value);
  if (!match) return null;
  const depth = Number(match[1]);
  const ids = idsIn(match[2]!);
  const inner = match[3]!;
  const innerStart = match.indices![3]![0];

  // Line starts inside the block (the first line starts `column - 1` characters before the block).
  const lineStarts = [1 - start.column];
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 10 || (code === 13 && value.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const pointAt = (index: number): Point => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= index) line++;
    return { line: start.line + line, column: index - lineStarts[line]! + 1, offset: start.offset! + index };
  };

  const children: PhrasingContent[] = [];
  const addText = (from: number, to: number) => {
    const text = decodeEntities(value.slice(from, to).replace(/\s+/g, ' '));
    if (text.trim() === '') {
      if (text !== '' && children.length > 0) children.push({ type: 'text', value: ' ', position: { start: pointAt(from), end: pointAt(to) } });
      return;
    }
    children.push({ type: 'text', value: text, position: { start: pointAt(from), end: pointAt(to) } });
  };
  let cursor = innerStart;
  for (const found of inner.matchAll(tag)) {
    const name = found[1]?.toLowerCase();
    if (name !== undefined && !phrasing.has(name)) return null;
    const from = innerStart + found.index;
    const to = from + found[0].length;
    addText(cursor, from);
    if (name === 'a') ids.push(...idsIn(found[0].slice(2)));
    if (name !== undefined) children.push({ type: 'html', value: found[0], position: { start: pointAt(from), end: pointAt(to) } });
    cursor = to;
  }
  addText(cursor, innerStart + inner.length);
  // `<` that starts no tag is text; a `<` left in the text is a tag this reader does not know (`<h2>` inside).
  if (children.some((child) => child.type === 'text' && /<\/?[A-Za-z]/.test(child.value))) return null;
  while (children.length > 0 && children[children.length - 1]!.type === 'text' && (children[children.length - 1] as { value: string }).value === ' ')
    children.pop();

  const heading: Heading = { type: 'heading', depth: depth as Heading['depth'], children, position: node.position };
  return { depth, heading, ids: ids.map((id) => id.normalize('NFC')) };
}

function idsIn(attributes: string): string[] {
  return Array.from(` ${attributes}`.matchAll(idAttribute), (match) => decodeEntities(match[1] ?? match[2] ?? match[3]!)).filter((id) => id !== '');
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * Character references as a browser reads them in text: numeric ones and the few named ones headings use.
 * (Other named references stay as written: they are rare in headings, and the full table is a dependency.)
 */
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\dA-Fa-f]{1,6})|([A-Za-z]+));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return namedEntities[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}
