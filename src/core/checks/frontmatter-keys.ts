/** Front matter keys present on one side only, or front matter on one side only. */
import type { DocumentModel, Span } from '../model/types.js';
import { frontMatterRow } from './rows.js';
import type { Check } from './types.js';

export const frontmatterKeys: Check = {
  id: 'frontmatter-keys',
  severity: 'warning',
  summary: 'The front matter of the two sides has different keys, or only one side has front matter.',
  rationale:
    'Site generators read front matter: a missing `title` or `description` breaks a page’s title or its search snippet, a missing `slug` or `id` breaks its URL, and a key only the translation has may switch on behaviour the original never had. Keys are compared as written, even when the YAML does not parse.',
  bad: {
    left: '---\ntitle: Einführung\ndescription: Was das Werkzeug tut.\nsidebar_position: 1\n---\n\n# Einführung\n',
    right: '---\ntitle: Introducción\nsidebar_position: 1\n---\n\n# Introducción\n',
    note: 'The Spanish front matter has no `description`.',
  },
  good: {
    left: '---\ntitle: Einführung\ndescription: Was das Werkzeug tut.\n---\n\n# Einführung\n',
    right: '---\ntitle: Introducción\ndescription: Qué hace la herramienta.\n---\n\n# Introducción\n',
    note: 'The same keys, values translated.',
  },
  run(context, emit) {
    const left = context.left.frontMatter;
    const right = context.right.frontMatter;
    if (!left && !right) return;
    const row = frontMatterRow(context.rows);
    if (!left || !right) {
      const present = (left ?? right)!;
      const side = left ? 'left' : 'right';
      emit({
        message: `Only the ${side} has front matter (${present.keys.map((key) => `“${key}”`).join(', ') || 'empty'}); the ${left ? 'right' : 'left'} has none.`,
        left: left ? left.block.span : firstLine(context.left),
        right: right ? right.block.span : firstLine(context.right),
        row,
      });
      return;
    }
    const leftKeys = new Set(left.keys);
    const rightKeys = new Set(right.keys);
    const onlyLeft = left.keys.filter((key) => !rightKeys.has(key));
    const onlyRight = right.keys.filter((key) => !leftKeys.has(key));
    if (onlyLeft.length === 0 && onlyRight.length === 0) return;
    const parts: string[] = [];
    if (onlyLeft.length > 0) parts.push(`only the left has ${onlyLeft.map((key) => `“${key}”`).join(', ')}`);
    if (onlyRight.length > 0) parts.push(`only the right has ${onlyRight.map((key) => `“${key}”`).join(', ')}`);
    emit({ message: `Front matter keys differ: ${parts.join('; ')}.`, left: left.block.span, right: right.block.span, row });
  },
};

function firstLine(document: DocumentModel): Span | null {
  return document.lineCount > 0 ? { line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 } : null;
}
