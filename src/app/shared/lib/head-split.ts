/**
 * The head of a large document, cut at a block boundary, so the compare
 * worker can compare the heads of both sides first and show their rows
 * while it compares the whole pair (which then replaces them).
 *
 * A cut is only taken before an ATX heading that starts a line after a blank
 * line, outside front matter, fenced code, HTML comments and raw HTML blocks
 * (`<pre>`, `<script>`…), where
 * CommonMark starts a new top-level block whatever came before (a heading at
 * column 0 ends lists and block quotes, and cannot continue a paragraph after
 * a blank line). When a document has no such heading for a long stretch, a
 * paragraph start at column 0 after a blank line will do. Everything here is
 * a heuristic for a preview: the rows it yields are trimmed back from the
 * cut (headRows) and are always replaced by the full comparison.
 */

export interface HeadCut {
  /** Offset of the cut: the head is text.slice(0, end). */
  end: number;
  /** Lines in the head. */
  lines: number;
}

const headingLine = /^#{1,6}(?:[ \t]|$)/;
/** A line that can only start a paragraph (or a setext heading) after a blank line, at column 0. */
const paragraphLine = /^[\p{L}\p{N}]/u;
const orderedMarker = /^\d{1,9}[.)](?:[ \t]|$)/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** HTML blocks that run across blank lines until their closing tag (CommonMark's type 1). */
const rawHtmlOpen = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;

/**
 * The first block boundary at or after `target` characters, or null when
 * there is none before the end (or the document is too short to be worth
 * cutting). `scanLimit` bounds the work: the cut must come before it.
 */
export function headCut(text: string, target: number, scanLimit = Math.max(target * 8, 200_000)): HeadCut | null {
  if (text.length <= target * 1.5) return null;
  // A byte order mark (dropped by the parser) before the front matter's fence.
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  let previousBlank = false;
  let fence: { char: string; length: number } | null = null;
  /** Inside an HTML comment, or a raw HTML block: the text that ends it. */
  let until: string | null = null;
  let fallback: HeadCut | null = null;
  const limit = Math.min(text.length, scanLimit);

  // Front matter: everything up to the closing fence is one block.
  if (/^---[ \t]*\r?\n/.test(text.slice(offset, offset + 64))) {
    const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
    close.lastIndex = offset + 3;
    const match = close.exec(text);
    if (!match) return null;
    const end = match.index + match[0].length;
    line = countNewlines(text, 0, end);
    offset = end;
    previousBlank = true;
  }

  while (offset < limit) {
    let next = text.indexOf('\n', offset);
    if (next < 0) next = text.length;
    else next += 1;
    const raw = text.slice(offset, next).replace(/\r?\n$/, '');
    const blank = raw.trim() === '';
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
    } else if (until !== null) {
      if (raw.toLowerCase().includes(until)) until = null;
    } else {
      if (offset >= target && previousBlank) {
        if (headingLine.test(raw)) return { end: offset, lines: line };
        if (!fallback && paragraphLine.test(raw) && !orderedMarker.test(raw)) fallback = { end: offset, lines: line };
      }
      const open = fenceOpen.exec(raw);
      const html = rawHtmlOpen.exec(raw);
      if (open && !(open[1]!.startsWith('`') && open[2]!.includes('`'))) fence = { char: open[1]![0]!, length: open[1]!.length };
      else if (html && !raw.toLowerCase().includes(`</${html[1]!.toLowerCase()}>`)) until = `</${html[1]!.toLowerCase()}>`;
      else if (raw.includes('<!--') && !raw.slice(raw.indexOf('<!--') + 4).includes('-->')) until = '-->';
    }
    // With no heading for long after the target, a paragraph boundary is good enough.
    if (fallback && offset >= Math.max(target * 4, target + 8_000)) return fallback;
    previousBlank = blank;
    offset = next;
    line++;
  }
  return fallback;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** A row of the head comparison, reduced to what trimming needs. */
export interface HeadRow {
  left: { heading: boolean } | null;
  right: { heading: boolean } | null;
}

/**
 * How many leading rows of a head comparison to show. The last sections of
 * the heads may be cut short on one side (the cuts cannot match exactly), so
 * rows are kept only up to the second-to-last heading that is paired on both
 * sides: the section before it ended inside both heads, and the one after
 * it is a margin. Without two paired headings, rows up to the last paired
 * row but a margin of eight rows.
 */
export function headRows(rows: readonly HeadRow[], cutLeft: boolean, cutRight: boolean): number {
  if (!cutLeft && !cutRight) return rows.length;
  const pairedHeadings: number[] = [];
  let lastPaired = -1;
  rows.forEach((row, index) => {
    if (row.left && row.right) {
      lastPaired = index;
      if (row.left.heading && row.right.heading) pairedHeadings.push(index);
    }
  });
  if (pairedHeadings.length >= 2) return pairedHeadings[pairedHeadings.length - 2]!;
  return Math.max(0, lastPaired - 8);
}
