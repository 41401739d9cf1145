/**
 * Reading intent: structure the author clearly meant but CommonMark does not
 * see. `##Title` (no space after the hashes) is a paragraph to CommonMark;
 * lines starting with `–`, `—`, `•`, `·`, `‣` or `▪` are paragraphs, not list
 * items. The aligner treats them as the heading and list they were meant to
 * be; the block keeps its form so that checks can report it.
 */
import type { Paragraph } from 'mdast';
import { pseudoBullets } from '../vocabulary/pseudo-bullets.js';
import { spanOf } from './span.js';

/** A line bulleted with a character that authors and translation tools use as a bullet but CommonMark does not. */
const pseudoBulletLine = new RegExp(`^[ \\t]{0,3}([${pseudoBullets.join('')}])[ \\t]+\\S`, 'u');
const pseudoHeadingLine = /^(#{1,6})(?=[\p{L}\p{N}])[^\n]*$/u;

/** The depth of a paragraph written as `##Title`, or 0. Only single-line paragraphs starting with a letter or digit qualify. */
export function pseudoHeadingDepth(paragraph: Paragraph, text: string): number {
  const span = spanOf(paragraph);
  if (span.line !== span.endLine) return 0;
  const match = pseudoHeadingLine.exec(text.slice(span.start, span.end));
  if (!match) return 0;
  // `#1` or `#42` is an issue reference or a rank, not a heading.
  if (match[1]!.length === 1 && /^#\p{N}/u.test(match[0])) return 0;
  return match[1]!.length;
}

/** Offset where the line holding `offset` starts; lines end at LF, CRLF or a lone CR. */
export function lineStartOf(text: string, offset: number): number {
  // A backward scan to the nearest line ending; lastIndexOf('\r') would scan to the start of every LF file.
  let i = offset - 1;
  while (i >= 0) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    i--;
  }
  return i + 1;
}

/** Offset of the end of the line starting at `start` (its line ending excluded). */
function lineEndOf(text: string, start: number, limit: number): number {
  for (let i = start; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return limit;
}

/** The pseudo-bullet that starts a paragraph's first line, or null. */
export function pseudoBulletOf(paragraph: Paragraph, text: string): string | null {
  const span = spanOf(paragraph);
  const lineStart = lineStartOf(text, span.start);
  const match = pseudoBulletLine.exec(text.slice(lineStart, Math.min(span.end, lineStart + 64)));
  return match ? match[1]! : null;
}

export interface PseudoLine {
  /** Offset of the line start in the document. */
  lineStart: number;
  line: number;
  marker: string;
  /** Offset where the marker starts and where the item text starts. */
  markerStart: number;
  contentStart: number;
}

/** Splits a pseudo-bullet paragraph into item lines: each line starting with a pseudo-bullet opens an item. */
export function pseudoItemLines(paragraph: Paragraph, text: string): PseudoLine[] {
  const span = spanOf(paragraph);
  const items: PseudoLine[] = [];
  let lineStart = lineStartOf(text, span.start);
  let line = span.line;
  while (lineStart < span.end) {
    const lineEnd = lineEndOf(text, lineStart, span.end);
    const match = pseudoBulletLine.exec(text.slice(lineStart, lineEnd));
    if (match) {
      const markerStart = lineStart + match[0].indexOf(match[1]!);
      const contentStart = markerStart + match[1]!.length + (/^[ \t]+/.exec(text.slice(markerStart + match[1]!.length))?.[0].length ?? 0);
      items.push({ lineStart, line, marker: match[1]!, markerStart, contentStart });
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
    line++;
  }
  return items;
}
