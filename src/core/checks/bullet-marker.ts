/** List items written with pseudo-bullets (`–`, `•`) that CommonMark does not read as list items, or with other markers than their counterparts. */
import type { Block, ListItemModel } from '../model/types.js';
import { kindName } from '../vocabulary/kind-names.js';
import { lineList, plural, withArticle } from '../vocabulary/phrasing.js';
import type { Check } from './types.js';
import { isPseudoBullet, pseudoBulletNames } from '../vocabulary/pseudo-bullets.js';

export const bulletMarker: Check = {
  id: 'bullet-marker',
  severity: 'warning',
  summary:
    'List items start with a pseudo-bullet (`–`, `—`, `•`, `·`, `‣`, `▪`) that is not a list marker, or use other markers than their counterparts.',
  rationale:
    'Word processors and translation tools replace `-` with an en dash or a bullet character. CommonMark then sees paragraphs, not a list: the items lose their indentation and bullets, and a list of three becomes three loose lines. mdparity reads consecutive pseudo-bullet lines as the list they were meant to be, aligns it with its counterpart and names the lines to fix. Different real markers (`*` against `-`, `1)` against `1.`) render alike and are reported as info.',
  bad: {
    left: '## Highlights\n\n- Leicht zu installieren.\n- Schnell.\n- Kostenlos.\n',
    right: '## Høydepunkter\n\n– Enkel å installere.\n\n- Rask.\n\n– Gratis.\n',
    note: 'The Norwegian items 1 and 3 start with an en dash.',
  },
  good: {
    left: '## Highlights\n\n- Leicht zu installieren.\n- Schnell.\n- Kostenlos.\n',
    right: '## Høydepunkter\n\n- Enkel å installere.\n- Rask.\n- Gratis.\n',
    note: 'All items use `-`.',
  },
  run(context, emit) {
    for (const { row, left, right } of context.rows) {
      const leftItems = itemsOf(left, context.alignment.leftItems);
      const rightItems = itemsOf(right, context.alignment.rightItems);
      const leftPseudo = leftItems.filter((item) => item.pseudo);
      const rightPseudo = rightItems.filter((item) => item.pseudo);
      if (leftPseudo.length > 0 || rightPseudo.length > 0) {
        const describe = (items: ListItemModel[], pseudo: ListItemModel[], side: string) => {
          const block = side === 'left' ? left : right;
          if (pseudo.length === 0) {
            if (items.length > 0) return `the ${side} uses list markers (${markers(items)})`;
            return block ? `the ${side} has ${withArticle(kindName(block))} at line ${block.span.line}` : `the ${side} has no counterpart`;
          }
          const marker = pseudo[0]!.marker;
          return `the ${side} ${plural(pseudo.length, 'item')} at ${lineList(pseudo.map((item) => item.span))} start${pseudo.length === 1 ? 's' : ''} with ${isPseudoBullet(marker) ? withArticle(pseudoBulletNames[marker]) : `“${marker}”`} (“${marker}”), not a list marker`;
        };
        emit({
          message: `Pseudo-bullets instead of list markers: ${describe(leftItems, leftPseudo, 'left')}; ${describe(rightItems, rightPseudo, 'right')}.`,
          left: leftPseudo.length > 0 ? spanOf(leftPseudo) : (left?.span ?? null),
          right: rightPseudo.length > 0 ? spanOf(rightPseudo) : (right?.span ?? null),
          row,
          severity: leftPseudo.length > 0 && rightPseudo.length > 0 ? 'info' : undefined,
        });
        continue;
      }
      if (left?.list && right?.list && leftItems.length > 0 && rightItems.length > 0) {
        const a = markers(leftItems);
        const b = markers(rightItems);
        if (a !== b) {
          emit({
            message: `List markers differ: the left uses ${a}, the right ${b} (they render alike).`,
            left: left.span,
            right: right.span,
            row,
            severity: 'info',
          });
        }
      }
    }
  },
};

function itemsOf(block: Block | null, items: Map<number, ListItemModel[]>): ListItemModel[] {
  if (!block?.list) return [];
  return items.get(block.index) ?? block.list.items;
}

/** The distinct marker styles of the top-level items, e.g. `“-”` or `“1.”`. */
function markers(items: ListItemModel[]): string {
  const styles = new Set(items.filter((item) => !item.pseudo).map((item) => item.marker.replace(/^\d+/, '1')));
  return [...styles].map((style) => `“${style}”`).join(' and ');
}

function spanOf(items: ListItemModel[]): ListItemModel['span'] {
  const first = items[0]!.span;
  const last = items[items.length - 1]!.span;
  return { ...first, endLine: last.line, endColumn: last.endColumn, end: last.end };
}
