/** Aligned blocks with different numbers of links. */
import { diffArrays } from 'diff';
import { logicalLinks } from './links.js';
import { plural } from '../vocabulary/phrasing.js';
import { pairedContent } from './units.js';
import type { Check } from './types.js';

export const linkCount: Check = {
  id: 'link-count',
  severity: 'warning',
  summary: 'Aligned paragraphs, items or cells have different numbers of links.',
  rationale:
    'A link lost in translation removes a path the reader had, and an added one may point somewhere the original never sent anyone. Links are compared per aligned block (per aligned item in lists), after joining adjacent links with the same target, so a link split in two is reported once, by link-span, not here. The message names the targets that are on one side only.',
  bad: {
    left: 'Read the [installation guide](/docs/install) and the [FAQ](/docs/faq) first.\n',
    right: 'Lisez d’abord le [guide d’installation](/docs/install) et la FAQ.\n',
    note: 'The French paragraph lost the link to /docs/faq.',
  },
  good: {
    left: 'Read the [installation guide](/docs/install) and the [FAQ](/docs/faq) first.\n',
    right: 'Lisez d’abord la [FAQ](/docs/faq) et le [guide d’installation](/docs/install).\n',
    note: 'The same two links, in another order.',
  },
  run(context, emit) {
    for (const { row, left, right } of pairedContent(context.units)) {
      const a = logicalLinks(left.features);
      const b = logicalLinks(right.features);
      if (a.length === b.length) continue;
      const sortedA = a.map((link) => link.target).sort();
      const sortedB = b.map((link) => link.target).sort();
      const onlyLeft: string[] = [];
      const onlyRight: string[] = [];
      for (const change of diffArrays(sortedA, sortedB)) {
        // Loops, not push(...spread): a change can hold 200,000 links, past the argument limit.
        if (change.removed) for (const value of change.value) onlyLeft.push(value);
        if (change.added) for (const value of change.value) onlyRight.push(value);
      }
      const parts: string[] = [];
      if (onlyLeft.length > 0) parts.push(`only the left links to ${onlyLeft.map((url) => `“${url}”`).join(', ')}`);
      if (onlyRight.length > 0) parts.push(`only the right links to ${onlyRight.map((url) => `“${url}”`).join(', ')}`);
      const missing = a.length > b.length ? a.find((link) => onlyLeft.includes(link.target)) : b.find((link) => onlyRight.includes(link.target));
      emit({
        message: `Link counts differ: the left has ${plural(a.length, 'link')}, the right ${b.length}${parts.length > 0 ? `; ${parts.join('; ')}` : ''}.`,
        left: a.length > b.length && missing ? missing.parts[0]!.span : left.span,
        right: b.length > a.length && missing ? missing.parts[0]!.span : right.span,
        row,
      });
    }
  },
};
