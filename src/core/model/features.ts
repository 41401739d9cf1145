/**
 * Block features: the language-independent content of a block (link targets,
 * images, inline code, numbers, inline markup counts) plus its plain text,
 * collected in one walk. Word content is never compared across languages.
 */
import type { Nodes, Parents } from 'mdast';
import { joinSpans, spanOf } from './span.js';
import { normalizeUrl } from './url.js';
import type { BlockFeatures, LinkToken, Span } from './types.js';

/** Deeper inline nesting than this is read as plain text (hostile input, not prose). */
const maxInlineDepth = 200;

// Separators: . , no-break and thin spaces, apostrophe typed and typographic (Swiss: 1’000), the Arabic decimal and
// thousands signs, and the full-width comma a Japanese IME types (１，０００).
const numberPattern = /\p{Nd}+(?:[.,\u00A0\u202F\u2009' \u066B\u066C\u2019\uFF0C]\p{Nd}+)*/gu;

export function emptyFeatures(): BlockFeatures {
  return {
    text: '',
    length: 0,
    links: [],
    images: [],
    codes: [],
    codeBlocks: [],
    numbers: [],
    marks: { emphasis: 0, strong: 0, delete: 0, break: 0 },
    anchors: [],
  };
}

interface OpenHtmlLink {
  url: string;
  textStart: number;
  span: Span;
}

/** Collects the features of a sequence of mdast nodes (a block, or an item's content). */
export function collectFeatures(nodes: readonly Nodes[], definitions: ReadonlyMap<string, string>): BlockFeatures {
  const features = emptyFeatures();
  const parts: string[] = [];
  let textLength = 0;
  let previousLinkEnd = -1;
  let previousLinkUrl: string | null = null;
  // One normalised target per distinct URL: `[x] ` × 50,000 with one 50 KB definition would otherwise hold
  // 50,000 copies of it (2.5 GB; docs/hostile-inputs.md #14). The URL itself is the definition's own string.
  const targets = new Map<string, string>();
  const targetOf = (url: string): string => {
    let target = targets.get(url);
    if (target === undefined) targets.set(url, (target = normalizeUrl(url)));
    return target;
  };
  // Inside inline HTML `<code>…</code>` (API references write types that way): the text is code, not prose.
  let htmlCode = 0;

  // An HTML `<a href>` whose content (text nodes) is being read, until its `</a>`.
  let htmlLinkOpen: OpenHtmlLink | null = null;

  const append = (value: string) => {
    parts.push(value);
    textLength += value.length;
  };

  /** A link whose text is the plain text from `textStart` to here (`text` as read). */
  const pushLink = (url: string, text: string, span: Span, textStart: number) => {
    const between = previousLinkEnd >= 0 ? joinedTail(parts, textLength - previousLinkEnd).slice(0, Math.max(0, textStart - previousLinkEnd)) : null;
    const token: LinkToken = {
      url,
      target: targetOf(url),
      text: text.normalize('NFC'),
      span,
      textStart,
      textEnd: textLength,
      continuesPrevious: previousLinkUrl === url && between !== null && /^\s*$/.test(between),
    };
    features.links.push(token);
    previousLinkEnd = textLength;
    previousLinkUrl = url;
  };

  const visit = (node: Nodes, depth: number): void => {
    switch (node.type) {
      case 'text': {
        if (htmlCode > 0) {
          features.codes.push({ value: node.value.normalize('NFC'), span: spanOf(node) });
          append(node.value);
          return;
        }
        collectNumbers(node.value, node, features);
        append(node.value);
        return;
      }
      case 'inlineCode': {
        features.codes.push({ value: node.value.normalize('NFC'), span: spanOf(node) });
        append(node.value);
        return;
      }
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : (definitions.get(normalizeIdentifier(node.identifier)) ?? `[${node.identifier}]`);
        const textStart = textLength;
        visitChildren(node, depth);
        pushLink(url, joinedTail(parts, textLength - textStart), spanOf(node), textStart);
        return;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : (definitions.get(normalizeIdentifier(node.identifier)) ?? `[${node.identifier}]`);
        features.images.push({ url, target: targetOf(url), alt: (node.alt ?? '').normalize('NFC'), span: spanOf(node) });
        append(node.alt ?? '');
        return;
      }
      case 'emphasis':
        features.marks.emphasis++;
        break;
      case 'strong':
        features.marks.strong++;
        break;
      case 'delete':
        features.marks.delete++;
        break;
      case 'break':
        features.marks.break++;
        append('\n');
        return;
      case 'code':
        features.codeBlocks.push(node.value.normalize('NFC'));
        append(node.value);
        return;
      case 'definition': {
        // A definition's target is its evidence: a missing or changed definition shows in its links.
        features.links.push({
          url: node.url,
          target: normalizeUrl(node.url),
          text: node.label ?? node.identifier,
          span: spanOf(node),
          textStart: textLength,
          textEnd: textLength,
          continuesPrevious: false,
        });
        return;
      }
      case 'html': {
        if (htmlCodeOpen.test(node.value)) htmlCode++;
        else if (htmlCodeClose.test(node.value)) htmlCode = Math.max(0, htmlCode - 1);
        // An image written as HTML (`<img src=…>`, often inside a Markdown link) is an image to the reader.
        if (node.value.includes('<img')) collectHtmlImages(node.value, spanOf(node), features);
        // A link written as HTML is a link to the reader: whole in an HTML block (`<p><a href="#top">Top</a></p>`),
        // or an opening tag, the text nodes of its content and a closing tag inside a paragraph or an HTML heading.
        if (/<\/?a\b/i.test(node.value)) {
          for (const part of htmlLinkParts(node.value)) {
            if (part.type === 'whole') pushLink(part.url, part.text, spanOf(node), textLength);
            else if (part.type === 'open') htmlLinkOpen ??= { url: part.url, textStart: textLength, span: spanOf(node) };
            else if (htmlLinkOpen) {
              const open = htmlLinkOpen;
              htmlLinkOpen = null;
              pushLink(open.url, joinedTail(parts, textLength - open.textStart), joinSpans(open.span, spanOf(node)), open.textStart);
            }
          }
        }
        return;
      }
      case 'yaml':
        return;
      case 'mdxJsxTextElement':
        // `<code>…</code>` in MDX is an element, not raw HTML: its text is code all the same.
        if (node.name === 'code') {
          htmlCode++;
          visitChildren(node, depth);
          htmlCode--;
          return;
        }
        break;
      default:
        break;
    }
    if ('children' in node) {
      if (node.type === 'tableCell' || node.type === 'paragraph' || node.type === 'heading') {
        if (textLength > 0) append(' ');
      }
      visitChildren(node, depth);
    }
  };

  const visitChildren = (node: Parents, depth: number): void => {
    if (depth > maxInlineDepth) return;
    for (const child of node.children) visit(child, depth + 1);
  };

  for (const node of nodes) visit(node, 0);
  // An `<a href>` never closed runs to the end of the block, as a browser reads it.
  const unclosed = htmlLinkOpen as OpenHtmlLink | null;
  if (unclosed) pushLink(unclosed.url, joinedTail(parts, textLength - unclosed.textStart), unclosed.span, unclosed.textStart);

  const text = parts.join('').normalize('NFC');
  features.text = text;
  features.length = countCodePoints(text);
  return features;
}

/** The last `length` characters of the joined parts, without joining everything. */
function joinedTail(parts: readonly string[], length: number): string {
  let result = '';
  for (let i = parts.length - 1; i >= 0 && result.length < length; i--) result = parts[i]! + result;
  return result.slice(result.length - length);
}

function collectNumbers(value: string, node: Nodes, features: BlockFeatures): void {
  if (!/\p{Nd}/u.test(value)) return;
  const base = spanOf(node);
  for (const match of value.matchAll(numberPattern)) {
    const raw = match[0];
    const digits = toAsciiDigits(raw)
      .split(/[^0-9]+/)
      .filter(Boolean)
      .join('|');
    // Columns are exact only for single-line text nodes; multi-line ones report the node's start.
    const column = base.line === base.endLine ? base.column + match.index : base.column;
    features.numbers.push({
      raw,
      digits,
      span: {
        ...base,
        column,
        endLine: base.line,
        endColumn: column + raw.length,
        start: base.start + match.index,
        end: base.start + match.index + raw.length,
      },
    });
  }
}

/** Maps every Unicode decimal digit (Arabic-Indic, full-width, Devanagari, …) to ASCII. */
export function toAsciiDigits(value: string): string {
  return value.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    if (code <= 0x39) return digit;
    // Decimal digits come in contiguous runs of ten (sometimes several runs back to back).
    let start = code;
    while (start > 0 && isDecimalDigit(start - 1)) start--;
    return String((code - start) % 10);
  });
}

function isDecimalDigit(code: number): boolean {
  return /\p{Nd}/u.test(String.fromCodePoint(code));
}

export function normalizeIdentifier(identifier: string): string {
  return identifier.toLowerCase().replace(/\s+/g, ' ').trim();
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

const htmlImage = /<img\b[^>]*>/gi;
const htmlCodeOpen = /^<code\b[^>]*>$/i;
const htmlCodeClose = /^<\/code\s*>$/i;

function collectHtmlImages(html: string, span: BlockFeatures['images'][number]['span'], features: BlockFeatures): void {
  for (const [tag] of html.matchAll(htmlImage)) {
    const url = htmlAttribute(tag, 'src');
    if (url === null) continue;
    features.images.push({ url, target: normalizeUrl(url), alt: (htmlAttribute(tag, 'alt') ?? '').normalize('NFC'), span });
  }
}

const htmlLinkTag = /<a\b[^>]*>|<\/a\s*>/gi;

/** `start`/`end`: where a whole link is in the HTML, from `<a` to the end of `</a>`. */
type HtmlLinkPart = { type: 'whole'; url: string; text: string; start: number; end: number } | { type: 'open'; url: string } | { type: 'close' };

/**
 * The `<a href>` links of a piece of HTML in order: whole links (`<a href="x">text</a>`, their text the content
 * without its tags), and an opening or a closing tag left unmatched (inline HTML gives each tag its own node).
 * An `<a>` without `href` (`<a name="x">`, an anchor) is no link.
 */
function htmlLinkParts(html: string): HtmlLinkPart[] {
  const result: HtmlLinkPart[] = [];
  let open: { url: string | null; start: number; contentStart: number } | null = null;
  for (const match of html.matchAll(htmlLinkTag)) {
    const tag = match[0];
    if (tag[1] !== '/') {
      if (open?.url) result.push({ type: 'open', url: open.url });
      open = { url: htmlAttribute(tag, 'href'), start: match.index, contentStart: match.index + tag.length };
    } else if (open) {
      if (open.url !== null)
        result.push({
          type: 'whole',
          url: open.url,
          text: htmlText(html.slice(open.contentStart, match.index)),
          start: open.start,
          end: match.index + tag.length,
        });
      open = null;
    } else result.push({ type: 'close' });
  }
  if (open?.url) result.push({ type: 'open', url: open.url });
  return result;
}

/**
 * Where each link (`<a href>` … `</a>`) and each image (`<img src>`) of a piece of HTML is, in the order the
 * model lists them: the model gives a link or image inside an HTML block the span of the whole block (the
 * parser's node), and a view that marks them needs each one's own place.
 */
export function htmlPlaces(html: string): {
  links: Array<{ url: string; start: number; end: number }>;
  images: Array<{ url: string; start: number; end: number }>;
} {
  const links = htmlLinkParts(html).flatMap((part) => (part.type === 'whole' ? [{ url: part.url, start: part.start, end: part.end }] : []));
  const images: Array<{ url: string; start: number; end: number }> = [];
  for (const match of html.matchAll(htmlImage)) {
    const url = htmlAttribute(match[0], 'src');
    if (url !== null) images.push({ url, start: match.index, end: match.index + match[0].length });
  }
  return { links, images };
}

/** What a reader sees of a piece of HTML: its text, tags and comments dropped, white space folded. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An attribute's value in one HTML tag (quoted or not), or null. */
function htmlAttribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]!) : null;
}
