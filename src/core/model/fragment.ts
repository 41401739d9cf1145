/**
 * Re-parses a piece of a document (a pseudo list item, a `##Title` line) as
 * Markdown with the positions it has in the whole file. The prefix that made
 * CommonMark misread it is blanked with spaces, so columns stay exact.
 */
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../parse/parse-markdown.js';

/**
 * @param text the whole document
 * @param lineStart offset of the first line of the fragment
 * @param blankFrom offset where the misread prefix starts
 * @param blankTo offset just past it
 * @param end offset just past the fragment
 */
export function parseFragment(text: string, lineStart: number, line: number, blankFrom: number, blankTo: number, end: number): RootContent[] {
  const source = text.slice(lineStart, blankFrom) + ' '.repeat(blankTo - blankFrom) + text.slice(blankTo, end);
  // Leading spaces beyond three would make an indented code block; the marker column is kept in positions below.
  const indent = /^[ \t]*/.exec(source)![0].length;
  const trimmed = source.slice(indent);
  const root = parseMarkdown(trimmed);
  for (const child of root.children) shift(child, line - 1, lineStart + indent, indent);
  return root.children;
}

function shift(node: Nodes, lineDelta: number, offsetDelta: number, firstLineColumns: number): void {
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      if (point.line === 1) point.column += firstLineColumns;
      point.line += lineDelta;
      if (point.offset !== undefined) point.offset += offsetDelta;
    }
  }
  if ('children' in node) for (const child of node.children) shift(child, lineDelta, offsetDelta, firstLineColumns);
}
