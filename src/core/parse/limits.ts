/**
 * Guards that run before the parsers. micromark has no limits of its own: deep
 * nesting overflows the stack of it and of every tree walker after it, and some
 * shapes are quadratic (see docs/hostile-inputs.md). A cheap line scan turns
 * the worst of these into a clear error instead of a crash or a hang.
 */
import { InputError } from '../errors.js';

export interface Limits {
  /** Largest document accepted, in UTF-16 code units. */
  maxLength: number;
  /** Deepest nesting of block quotes and lists accepted. */
  maxNesting: number;
}

export const defaultLimits: Limits = {
  maxLength: 10 * 1024 * 1024,
  maxNesting: 100,
};

// A list marker needs white space after it, or nothing: a bare `-` at the end of a line opens an empty item
// (`'  ' × i + '-'` nests i lists, and was missed when the marker had to be followed by a space).
const containerMarker = /^([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** Throws an InputError when the document is larger or more deeply nested than the limits allow. */
export function checkLimits(text: string, limits: Limits = defaultLimits): void {
  if (text.length > limits.maxLength) {
    throw new InputError('too-large', `document too large: ${formatSize(text.length)} (limit ${formatSize(limits.maxLength)})`);
  }
  let line = 1;
  let start = 0;
  // Lines end at LF, CRLF or a lone CR, as micromark counts them.
  const lineEnd = /\r\n?|\n/g;
  while (start <= text.length) {
    lineEnd.lastIndex = start;
    const match = lineEnd.exec(text);
    const end = match ? match.index : text.length;
    const next = match ? match.index + match[0].length : text.length + 1;
    // Leading white space is measured in full (it nests lists however long it is); the markers after it in a bounded window.
    const indentEnd = skipWhiteSpace(text, start, end);
    const indent = indentWidth(text, start, indentEnd);
    const depth = nestingDepth(text.slice(indentEnd, Math.min(end, indentEnd + 8 * limits.maxNesting + 64)), indent);
    if (depth > limits.maxNesting) {
      throw new InputError('too-deep', `nesting too deep: more than ${limits.maxNesting} levels of block quotes or lists at line ${line}`, line);
    }
    start = next;
    line++;
  }
}

function skipWhiteSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

function indentWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let i = start; i < end; i++) width += text.charCodeAt(i) === 9 ? 4 : 1;
  return width;
}

/** Container depth of one line (after `leading` columns of indentation): block quote and list markers, plus indentation that nests lists. */
function nestingDepth(line: string, leading: number): number {
  let depth = 0;
  let indent = leading;
  let rest = line;
  for (let match = containerMarker.exec(rest); match; match = containerMarker.exec(rest)) {
    depth++;
    indent += match[1]!.replace(/\t/g, '    ').length;
    rest = rest.slice(match[0].length);
  }
  // Indentation nests lists too ("  - a" under "- b"); it counts only on a line that has a marker.
  return depth === 0 ? 0 : Math.max(depth, Math.floor(indent / 2));
}

function formatSize(units: number): string {
  return units >= 1024 * 1024 ? `${(units / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(units / 1024)} KB`;
}
