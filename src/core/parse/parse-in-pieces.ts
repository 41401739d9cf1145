/**
 * A large Markdown document parsed in pieces, cut at its top-level headings,
 * with the same tree as one parse of the whole.
 *
 * Why: micromark keeps every event of a parse (a token with two points and
 * the tokenizer's context, some 250–400 bytes each) until the tree is built,
 * and a document of many short sections has close to one event per byte:
 * 2.4 MB of 40,000 sections peaked above 2 GB. A piece of a few dozen KB
 * peaks at a few dozen MB, and only the tree is kept (issue 11).
 *
 * Where a cut is safe: before a line that is an ATX heading at column 0 after
 * a blank line, outside the front matter. Such a line closes every list,
 * block quote, indented code, table, paragraph and HTML block of kinds 6–7
 * before it; the constructs that run over it (a fenced code block, display
 * math, an HTML block of kinds 1–5, a container directive) are the last node
 * of the piece before the cut and are found open there: the cut is then
 * dropped and the two pieces parsed as one. References whose definition is in
 * another piece are resolved by parsing the piece again with that label
 * defined first (a stub whose node is removed again). MDX is never cut (a
 * component may hold headings); callers parse it whole.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';

/** Pieces are at least this long (UTF-16 code units), and a document below twice this is parsed whole. */
const defaultPieceLength = 64 * 1024;

interface Piece {
  start: number;
  /** 1-based line of `start` in the document. */
  line: number;
  end: number;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** fromMarkdown(text, options), parsed in pieces when the text is long (see the file's comment). */
export function parseInPieces(text: string, options: Options, pieceLength = defaultPieceLength): Root {
  if (text.length < 2 * pieceLength) return fromMarkdown(text, options);
  const cuts = cutPieces(text, pieceLength);
  if (cuts.length < 2) return fromMarkdown(text, options);

  const pieces: Piece[] = [];
  const roots: Root[] = [];
  for (let i = 0; i < cuts.length; i++) {
    let piece = cuts[i]!;
    let root = fromMarkdown(text.slice(piece.start, piece.end), options);
    // A construct left open at the cut ran over the heading in the whole document: take the next piece in.
    while (i + 1 < cuts.length && openAtEnd(root, text, piece)) {
      piece = { ...piece, end: cuts[++i]!.end };
      root = fromMarkdown(text.slice(piece.start, piece.end), options);
    }
    pieces.push(piece);
    roots.push(root);
  }
  if (roots.length > 1) resolveAcrossPieces(text, options, pieces, roots);

  const children: RootContent[] = [];
  roots.forEach((root, index) => {
    const piece = pieces[index]!;
    shiftPositions(root, piece.line - 1, piece.start);
    for (const child of root.children) children.push(child);
  });
  const last = pieces[pieces.length - 1]!;
  return {
    type: 'root',
    children,
    position: { start: roots[0]!.position!.start, end: shift(roots[roots.length - 1]!.position!.end, last.line - 1, last.start) },
  };
}

/** The pieces, each at least `pieceLength` long except the last, cut before safe heading lines. */
export function cutPieces(text: string, pieceLength: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  let startLine = 1;
  const frontMatterEnd = frontMatterLength(text);
  let fence: { char: string; length: number } | null = null;
  let previousBlank = true;
  let line = 1;
  const lineEnd = /\r\n?|\n/g;
  for (let at = 0; at < text.length; line++) {
    lineEnd.lastIndex = at;
    const match = lineEnd.exec(text);
    const end = match ? match.index : text.length;
    const next = match ? end + match[0].length : text.length;
    const content = text.slice(at, end);
    const marker = /^ {0,3}(`{3,}|~{3,}|\${2,})/.exec(content)?.[1];
    if (fence) {
      if (marker?.startsWith(fence.char) && marker.length >= fence.length && content.trim() === marker) fence = null;
    } else if (marker && !(marker.startsWith('`') && content.slice(content.indexOf(marker) + marker.length).includes('`'))) {
      fence = { char: marker[0]!, length: marker.length };
    } else if (
      previousBlank &&
      at >= frontMatterEnd &&
      at - start >= pieceLength &&
      text.length - at >= pieceLength / 2 &&
      /^#{1,6}(?:[ \t]|$)/.test(content)
    ) {
      pieces.push({ start, line: startLine, end: at });
      start = at;
      startLine = line;
    }
    previousBlank = content.trim() === '';
    at = next;
  }
  pieces.push({ start, line: startLine, end: text.length });
  return pieces;
}

/** Where cuts may start: after the front matter (`---` or `+++` fenced, from the first line); nowhere when it is not closed. */
function frontMatterLength(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!open) return 0;
  const fence = open[1] === '---' ? '---' : '\\+\\+\\+';
  const close = new RegExp(`(?:\\r\\n?|\\n)${fence}[ \\t]*(?:\\r\\n?|\\n|$)`, 'g');
  close.lastIndex = open[0].length - 1;
  const match = close.exec(text);
  return match ? match.index + match[0].length : text.length;
}

// HTML blocks of kinds 1–5 (CommonMark 4.6) end at a marker, not at a blank line.
const htmlEnds: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** The piece's last top-level node is a construct still open at the piece's end (it would run over the cut). */
function openAtEnd(root: Root, text: string, piece: Piece): boolean {
  const node = root.children[root.children.length - 1] as Nodes | undefined;
  const position = node?.position;
  if (!node || position?.start.offset === undefined || position.end.offset === undefined) return false;
  const source = text.slice(piece.start + position.start.offset, piece.start + position.end.offset);
  const lines = source.split(/\r\n?|\n/);
  const first = lines[0]!;
  const last = lines.length > 1 ? lines[lines.length - 1]! : null;
  const type = node.type as string;
  if (type === 'code' || type === 'math' || type === 'containerDirective') {
    const marker = /^ {0,3}(`{3,}|~{3,}|\${2,}|:{3,})/.exec(first)?.[1];
    if (!marker) return false; // indented code: a line at column 0 ends it
    return last === null || !new RegExp(`^ {0,3}\\${marker[0]}{${marker.length},}[ \\t]*$`).test(last);
  }
  if (type === 'html') {
    const kind = htmlEnds.find(([start]) => start.test(first));
    return kind !== undefined && !kind[1].test(lines[lines.length - 1]!);
  }
  return false;
}

/**
 * A reference (`[text][label]`, `[label]`, a footnote call `[^1]`) is a link only when its label is defined,
 * anywhere in the document. Pieces that use a label defined in another piece are parsed again with the label
 * defined in a stub before them (after, for the first piece: it may hold the front matter).
 */
function resolveAcrossPieces(text: string, options: Options, pieces: Piece[], roots: Root[]): void {
  const labels = roots.map(definedLabels);
  const all = new Map<string, string>();
  for (const own of labels) for (const [key, stub] of own) if (!all.has(key)) all.set(key, stub);
  if (all.size === 0) return;
  pieces.forEach((piece, index) => {
    const source = text.slice(piece.start, piece.end);
    if (!source.includes(']')) return;
    const stubs: string[] = [];
    for (const [key, stub] of all) if (!labels[index]!.has(key)) stubs.push(stub);
    if (stubs.length === 0) return;
    const block = `${stubs.join('\n')}\n`;
    if (index === 0) {
      const root = fromMarkdown(`${source}\n\n${block}`, options);
      root.children = root.children.filter((child) => child.position!.start.offset! < source.length);
      roots[index] = root;
      return;
    }
    // The stub's lines and a blank line come before the piece's first line.
    const stubLength = block.length + 1;
    const stubLines = stubs.length + 1;
    const root = fromMarkdown(`${block}\n${source}`, options);
    root.children = root.children.filter((child) => child.position!.start.offset! >= stubLength);
    shiftPositions(root, -stubLines, -stubLength);
    root.position = { start: { line: 1, column: 1, offset: 0 }, end: shift(root.position!.end, -stubLines, -stubLength) };
    roots[index] = root;
  });
}

/** Normalized label → a stub definition of it, for the definitions and footnote definitions of a tree. */
function definedLabels(root: Root): Map<string, string> {
  const out = new Map<string, string>();
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      const label = (node.label ?? node.identifier).replace(/[\t\n\r ]+/g, ' ');
      const footnote = node.type === 'footnoteDefinition';
      const key = `${footnote ? '^' : ''}${node.identifier}`;
      if (!out.has(key)) out.set(key, `[${footnote ? '^' : ''}${label}]: #`);
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      for (const child of node.children as Nodes[]) stack.push(child);
    }
  }
  return out;
}

/** Moves every position under the root by whole lines and an offset (into new objects: points may be shared). */
function shiftPositions(root: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return;
  const stack: Nodes[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) node.position = { start: shift(node.position.start, lines, offset), end: shift(node.position.end, lines, offset) };
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

function shift(point: Point, lines: number, offset: number): { line: number; column: number; offset: number } {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset };
}
