/** Aligned headings at different levels. */
import { quote } from '../vocabulary/phrasing.js';
import { matchedRows } from './rows.js';
import type { Check } from './types.js';

export const headingLevel: Check = {
  id: 'heading-level',
  severity: 'warning',
  summary: 'Aligned headings have different levels (`##` on one side, `###` on the other).',
  rationale:
    'Heading levels build the table of contents, the anchors and the navigation of a documentation site. A translated heading one level off moves its section under another parent and changes the page outline. When every heading of one side is shifted by the same amount, one finding says so instead of one per heading.',
  bad: {
    left: '# Handbuch\n\n## Einrichtung\n\nText.\n\n### Voraussetzungen\n\nText.\n',
    right: '# Manual\n\n## Configuración\n\nTexto.\n\n## Requisitos previos\n\nTexto.\n',
    note: 'The Spanish “Requisitos previos” is an H2 where the German heading is an H3.',
  },
  good: {
    left: '# Handbuch\n\n## Einrichtung\n\nText.\n\n### Voraussetzungen\n\nText.\n',
    right: '# Manual\n\n## Configuración\n\nTexto.\n\n### Requisitos previos\n\nTexto.\n',
    note: 'Levels match.',
  },
  run(context, emit) {
    const pairs = matchedRows(context.rows).filter((pair) => pair.left.heading && pair.right.heading);
    const differing = pairs.filter((pair) => pair.left.heading!.depth !== pair.right.heading!.depth);
    if (differing.length === 0) return;
    const shift = pairs[0]!.right.heading!.depth - pairs[0]!.left.heading!.depth;
    if (pairs.length > 1 && differing.length === pairs.length && pairs.every((p) => p.right.heading!.depth - p.left.heading!.depth === shift)) {
      const first = differing[0]!;
      emit({
        message: `Every heading is shifted by ${Math.abs(shift)} level${Math.abs(shift) === 1 ? '' : 's'}: the left starts at H${first.left.heading!.depth}, the right at H${first.right.heading!.depth}.`,
        left: first.left.span,
        right: first.right.span,
        row: first.row,
      });
      return;
    }
    for (const { row, left, right } of differing) {
      emit({
        message: `Heading levels differ: the left ${quote(left.heading!.text)} is H${left.heading!.depth}, the right ${quote(right.heading!.text)} is H${right.heading!.depth}.`,
        left: left.span,
        right: right.span,
        row,
      });
    }
  },
};
