/** Aligned lists whose items do not correspond one to one. */
import { lineList, plural } from '../vocabulary/phrasing.js';
import { outsideContainers } from './outside-container.js';
import { matchedRows } from './rows.js';
import type { Check } from './types.js';

export const listItems: Check = {
  id: 'list-items',
  severity: 'warning',
  summary: 'Aligned lists have items on one side with no counterpart on the other.',
  rationale:
    'A list item dropped or added in translation changes a set of steps, options or requirements, and is easy to miss because the list itself is still there. Items are aligned like blocks (length, position, links, numbers and code inside them, nesting), so the finding names the items that have no counterpart, not just the counts.',
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
      emit({
        message: `List items differ (left ${plural(leftItems.length, 'item')}, right ${rightItems.length}): ${parts.join('; ')}.`,
        left: leftOnly[0] ?? left.span,
        right: rightOnly[0] ?? right.span,
        row,
      });
    }
  },
};
