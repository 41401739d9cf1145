/**
 * Front matter closed early by a `---` line inside it: CommonMark ends the
 * front matter at that line, and the keys after it render on the page (as a
 * setext heading or a paragraph). frontmatter-syntax reports it; the checks
 * of blocks and sections leave those lines alone (they are not a section).
 */
import type { DocumentModel } from './types.js';

export interface EarlyClose {
  /** The `---` line that closed the front matter. */
  fence: number;
  /** First and last line of what should have been front matter (the real closing fence). */
  from: number;
  end: number;
  keys: number;
}

const cache = new WeakMap<DocumentModel, EarlyClose | null>();

export function frontMatterClosedEarly(document: DocumentModel): EarlyClose | null {
  if (!document.frontMatter) return null;
  let early = cache.get(document);
  if (early === undefined) {
    early = closedEarly(document.text, document.frontMatter.block.span.endLine);
    cache.set(document, early);
  }
  return early;
}

/** True when the lines `line`..`endLine` lie in front matter that a `---` inside it closed early. */
export function inLeakedFrontMatter(document: DocumentModel, line: number, endLine: number): boolean {
  const early = frontMatterClosedEarly(document);
  return early !== null && line >= early.from && endLine <= early.end;
}

const yamlKeyLine = /^["']?[\p{L}_][\p{L}\p{N}_ -]*["']?:(?:\s|$)/u;
const fence = /^---[ \t]*$/;

/**
 * A `---` line inside front matter closes it early: CommonMark ends the
 * front matter at the first fence, and the rest (YAML keys up to the real
 * closing fence) becomes a setext heading or a paragraph. Seen as: right
 * after the closing fence (line `closeLine`), YAML key lines (and indented
 * continuations) up to another `---` line, with no blank line between.
 */
function closedEarly(text: string, closeLine: number): EarlyClose | null {
  const lines = text.split(/\r\n|\r|\n/, closeLine + 200);
  if (!fence.test(lines[closeLine - 1] ?? '')) return null;
  let keys = 0;
  for (let index = closeLine; index < lines.length; index++) {
    const line = lines[index]!;
    if (fence.test(line)) return keys > 0 ? { fence: closeLine, from: closeLine + 1, end: index + 1, keys } : null;
    if (yamlKeyLine.test(line)) keys++;
    else if (!/^[ \t]+\S|^-[ \t]/.test(line) || keys === 0) return null;
  }
  return null;
}
