/** Aligned lists whose items do not correspond one to one. */
import { lineList, plural } from '../vocabulary/phrasing.js';
import { outsideContainers } from './outside-container.js';
import { matchedRows, type RowPair } from './rows.js';
import type { Side } from '../vocabulary/side.js';
import type { Check } from './types.js';

export const listItems: Check = {
  id: 'list-items',
  severity: 'warning',
  summary: 'Aligned lists have items on one side with no counterpart on the other.',
  rationale:
    'A list item dropped or added in translation changes a set of steps, options or requirements, and is easy to miss because the list itself is still there. Items are aligned like blocks (length, position, links, numbers and code inside them, nesting), so the finding names the items that have no counterpart, not just the counts. When the other side has as many items in a list of its own in the same section (a list split apart by content not indented under its item, a sublist moved after a lead-in line), nothing is missing but the list’s shape: info, said so.',
  bad: {
    left: '## Requisitos\n\n- Node.js 20 o posterior\n- `npm` 10\n- Un navegador moderno\n',
    right: '## Wymagania\n\n- Node.js 20 lub nowszy\n- Nowoczesna przeglądarka\n',
    note: 'The Polish list has no item for `npm` 10.',
  },
  good: {
    left: '## Requisitos\n\n- Node.js 20 o posterior\n- `npm` 10\n- Un navegador moderno\n',
    right: '## Wymagania\n\n- Node.js 20 lub nowszy\n- `npm` 10\n- Nowoczesna przeglądarka\n',
    note: 'Three items on each side.',
  },
  run(context, emit) {
    // A list that lost part of its content to blocks of their own (an item without its marker, a continuation indented
    // too little): missing-block reports that once, as structure; its items are not missing.
    const split = new Set(outsideContainers(context.rows).map((outside) => outside.row));
    for (const { row, left, right } of matchedRows(context.rows)) {
      if (split.has(row)) continue;
      const items = context.alignment.rows[row]!.items;
      if (!items || !left.list || !right.list) continue;
      const leftItems = context.alignment.leftItems.get(left.index)!;
      const rightItems = context.alignment.rightItems.get(right.index)!;
      const leftOnly = items.filter((item) => item.right === null).map((item) => leftItems[item.left!]!.span);
      const rightOnly = items.filter((item) => item.left === null).map((item) => rightItems[item.right!]!.span);
      if (leftOnly.length === 0 && rightOnly.length === 0) continue;
      const parts: string[] = [];
      if (leftOnly.length > 0)
        parts.push(
          `the left ${plural(leftOnly.length, 'item')} at ${lineList(leftOnly)} ${leftOnly.length === 1 ? 'has' : 'have'} no counterpart on the right`,
        );
      if (rightOnly.length > 0)
        parts.push(
          `the right ${plural(rightOnly.length, 'item')} at ${lineList(rightOnly)} ${rightOnly.length === 1 ? 'has' : 'have'} no counterpart on the left`,
        );
      // Items one side lacks here may stand in a list of their own nearby: a list split by content not indented under
      // its item (a code block or `<FileTree>` at column 0), or a sublist moved after a lead-in line. Then nothing is
      // missing, the list's shape differs: info, said so.
      const elsewhere = {
        right: leftOnly.length > 0 ? oneSidedItemsNearby(context.rows, row, 'right') : null,
        left: rightOnly.length > 0 ? oneSidedItemsNearby(context.rows, row, 'left') : null,
      };
      const splitApart =
        (leftOnly.length === 0 || (elsewhere.right !== null && elsewhere.right.items >= leftOnly.length)) &&
        (rightOnly.length === 0 || (elsewhere.left !== null && elsewhere.left.items >= rightOnly.length));
      const where = elsewhere.right ?? elsewhere.left;
      emit({
        message: `List items differ (left ${plural(leftItems.length, 'item')}, right ${rightItems.length}): ${parts.join('; ')}${
          splitApart && where
            ? `, but the ${where === elsewhere.right ? 'right' : 'left'} has ${plural(where.items, 'item')} in a list of its own at line ${where.line} in the same section: the list may be split apart (content not indented under its item), not short of items`
            : ''
        }.`,
        left: leftOnly[0] ?? left.span,
        right: rightOnly[0] ?? right.span,
        row,
        severity: splitApart ? 'info' : undefined,
      });
    }
  },
};

/** Items of lists without counterpart on `side` in the same section as a row (until a heading either way), and the first such list's line. */
function oneSidedItemsNearby(rows: readonly RowPair[], row: number, side: Side): { items: number; line: number } | null {
  const other = side === 'left' ? 'right' : 'left';
  const found = { items: 0, line: Infinity };
  const visit = (k: number): boolean => {
    const pair = rows[k]!;
    if (pair.left?.heading || pair.right?.heading) return false;
    const block = pair[side];
    if (block?.list && pair[other] === null) {
      found.items += block.list.items.length;
      found.line = Math.min(found.line, block.span.line);
    }
    return true;
  };
  // Row pairs are in row order, one per row: the pair of a row is at its index.
  for (let k = row - 1; k >= 0 && visit(k); k--);
  for (let k = row + 1; k < rows.length && visit(k); k++);
  return found.items === 0 ? null : found;
}
