/**
 * Iteration helpers shared by the checks: aligned rows as block pairs, and
 * aligned content units (a list's aligned items, any other block itself).
 */
import { mergeFeatures } from '../model/build-document.js';
import type { Block, BlockFeatures, Span } from '../model/types.js';
import type { CheckContext } from './types.js';

export interface RowPair {
  row: number;
  left: Block | null;
  right: Block | null;
}

export function* rowPairs(context: CheckContext): Generator<RowPair> {
  const { rows } = context.alignment;
  for (let row = 0; row < rows.length; row++) {
    const { left, right } = rows[row]!;
    yield {
      row,
      left: left === null ? null : context.left.blocks[left]!,
      right: right === null ? null : context.right.blocks[right]!,
    };
  }
}

/** Both sides present. */
export function* matchedPairs(context: CheckContext): Generator<{ row: number; left: Block; right: Block }> {
  for (const pair of rowPairs(context)) {
    if (pair.left && pair.right) yield { row: pair.row, left: pair.left, right: pair.right };
  }
}

export interface ContentUnit {
  features: BlockFeatures;
  span: Span;
}

/**
 * Aligned pairs of content: the aligned items of aligned lists (so a finding
 * points at the item, not the whole list), and every other aligned block pair.
 */
export function* contentPairs(context: CheckContext): Generator<{ row: number; left: ContentUnit; right: ContentUnit }> {
  const joined = joinedContent(context);
  for (const { row, left, right } of matchedPairs(context)) {
    const items = context.alignment.rows[row]!.items;
    if (items && left.list && right.list) {
      const leftItems = context.alignment.leftItems.get(left.index)!;
      const rightItems = context.alignment.rightItems.get(right.index)!;
      for (const item of items) {
        if (item.left !== null && item.right !== null) yield { row, left: leftItems[item.left]!, right: rightItems[item.right]! };
      }
    } else if (left.kind !== 'frontmatter' && left.kind !== 'code') {
      const extra = joined.get(row);
      if (!extra) yield { row, left, right };
      else {
        // A split paragraph is compared as a whole: its two halves against the counterpart.
        yield {
          row,
          left: extra.left.length > 0 ? { features: mergeFeatures([left.features, ...extra.left.map((b) => b.features)]), span: left.span } : left,
          right:
            extra.right.length > 0 ? { features: mergeFeatures([right.features, ...extra.right.map((b) => b.features)]), span: right.span } : right,
        };
      }
    }
  }
}

/** One-sided blocks that join a pair (split paragraphs), per pair row. */
function joinedContent(context: CheckContext): Map<number, { left: Block[]; right: Block[] }> {
  const joined = new Map<number, { left: Block[]; right: Block[] }>();
  context.alignment.rows.forEach((row) => {
    if (row.joinedTo === undefined) return;
    const entry = joined.get(row.joinedTo) ?? { left: [], right: [] };
    if (row.left !== null) entry.left.push(context.left.blocks[row.left]!);
    if (row.right !== null) entry.right.push(context.right.blocks[row.right]!);
    joined.set(row.joinedTo, entry);
  });
  return joined;
}

/** `“text”`, shortened to `max` characters without splitting a surrogate pair. */
export function quote(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return `“${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean}”`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function lineList(spans: readonly Span[]): string {
  const lines = spans.map((span) => span.line);
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}

/** The alignment row holding the front matter of either side, or null. */
export function frontMatterRow(context: CheckContext): number | null {
  const index = context.alignment.rows.findIndex(
    (row) =>
      (row.left !== null && context.left.blocks[row.left]!.kind === 'frontmatter') ||
      (row.right !== null && context.right.blocks[row.right]!.kind === 'frontmatter'),
  );
  return index === -1 ? null : index;
}

/** The noun with its indefinite article: `a paragraph`, `an HTML block`, `an ATX heading`. */
export function withArticle(noun: string): string {
  return `${/^(?:[aeiou]|HTML|ATX|FAQ|SVG|MDX|XML)/i.test(noun) && !/^(?:uni|use|eu)/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
