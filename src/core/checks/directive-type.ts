/** Directive boxes (`:::note`, `:::caution[Deprecated]`): another type on the other side, or a title lost. */
import { quote } from '../vocabulary/phrasing.js';
import { matchedRows } from './rows.js';
import type { Check } from './types.js';

export const directiveType: Check = {
  id: 'directive-type',
  severity: 'error',
  summary: 'A directive box (`:::note`, `:::caution`, `:::tip Title`) has another type on the other side, or lost or gained its title.',
  rationale:
    'Directive boxes (Starlight asides, Docusaurus admonitions) tell the reader how much a passage matters: a `:::danger` rendered as a `:::note` on the translated page downplays a warning, and a type name that was translated (`:::astuce`) is not a box at all on most sites. The type is compared as written; the title (`[Deprecated]`, or Docusaurus’ `:::tip Title`) is prose, translated, and only its presence is compared: a title lost is a warning, one added (mostly the default title written out) is info. The content of the box is compared block by block like any other content.',
  bad: {
    left: '## Déploiement\n\n:::caution[Obsolète]\nCette option sera retirée dans la version 5.\n:::\n',
    right: '## Despliegue\n\n:::note\nEsta opción se eliminará en la versión 5.\n:::\n',
    note: 'The Spanish page turned the caution into a note and dropped its title.',
  },
  good: {
    left: '## Déploiement\n\n:::caution[Obsolète]\nCette option sera retirée dans la version 5.\n:::\n',
    right: '## Despliegue\n\n:::caution[Obsoleto]\nEsta opción se eliminará en la versión 5.\n:::\n',
    note: 'Same type, translated title.',
  },
  run(context, report) {
    for (const { row, left, right } of matchedRows(context.rows)) {
      const a = left.directive;
      const b = right.directive;
      if (!a || !b) continue;
      if (a.name !== b.name) {
        report({
          message: `The left box is \`:::${a.name}\` (line ${left.span.line}), the right \`:::${b.name}\` (line ${right.span.line}): the type must stay as written, it is not translated.`,
          left: left.span,
          right: right.span,
          row,
        });
      }
      if ((a.label === '') !== (b.label === '')) {
        const [side, label] = a.label ? ['right', a.label] : ['left', b.label];
        report({
          message: `The ${side} \`:::${(side === 'right' ? b : a).name}\` box has no title; the other side's is ${quote(label)}.`,
          left: left.span,
          right: right.span,
          row,
          // A title the translation adds is mostly the box's default title written out (“提示” on a tip): info.
          severity: side === 'right' ? 'warning' : 'info',
        });
      }
    }
  },
};
