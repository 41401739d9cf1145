/** Conversions between mdast positions and the model's spans. */
import type { Node } from 'unist';
import type { Span } from './types.js';

export function spanOf(node: Node): Span {
  const position = node.position;
  if (!position) return { line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  return {
    line: position.start.line,
    column: position.start.column,
    endLine: position.end.line,
    endColumn: position.end.column,
    start: position.start.offset ?? 0,
    end: position.end.offset ?? 0,
  };
}

/** The smallest span covering both. */
export function joinSpans(first: Span, last: Span): Span {
  return {
    line: first.line,
    column: first.column,
    endLine: last.endLine,
    endColumn: last.endColumn,
    start: first.start,
    end: last.end,
  };
}
