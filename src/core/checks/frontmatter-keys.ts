/** Front matter keys present on one side only, or front matter on one side only. */
import type { DocumentModel, Span } from '../model/types.js';
import { frontMatterRow } from './rows.js';
import type { Check } from './types.js';

export const frontmatterKeys: Check = {
  id: 'frontmatter-keys',
  severity: 'warning',
  summary: 'The front matter of the two sides has different keys, or only one side has front matter.',
  rationale:
    'Site generators read front matter: a missing `title` or `description` breaks a page’s title or its search snippet, a missing `slug` or `id` breaks its URL, and a key only the translation has may switch on behaviour the original never had. Keys are compared as written, even when the YAML does not parse. Keys that record the translation workflow rather than the page (Astro docs’ `i18nReady` flag, read from the English source only; `translators` credits in react.dev’s translations; `translated_by`, `translation_status`) are info when on one side only.',
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
    // Translation bookkeeping on one side is how the workflow works, not a difference of the page: info, on its own.
    for (const bookkeeping of [false, true]) {
      const keysLeft = onlyLeft.filter((key) => isTranslationBookkeeping(key) === bookkeeping);
      const keysRight = onlyRight.filter((key) => isTranslationBookkeeping(key) === bookkeeping);
      if (keysLeft.length === 0 && keysRight.length === 0) continue;
      const parts: string[] = [];
      if (keysLeft.length > 0) parts.push(`only the left has ${keysLeft.map((key) => `“${key}”`).join(', ')}`);
      if (keysRight.length > 0) parts.push(`only the right has ${keysRight.map((key) => `“${key}”`).join(', ')}`);
      emit({
        message: `Front matter keys differ: ${parts.join('; ')}${bookkeeping ? `; ${bookkeepingNote}` : ''}.`,
        left: left.block.span,
        right: right.block.span,
        row,
        severity: bookkeeping ? 'info' : undefined,
      });
    }
  },
};

/**
 * Front matter keys that record the translation workflow rather than the page: a flag the site reads from the
 * source only (Astro docs' `i18nReady`, documented as marking an English page ready to translate), and credits or
 * status a translation keeps for itself (react.dev's `translators`, `translated_by`, `translation_status`). They may
 * be on one side only, and their values may differ. `translationKey` (Hugo's link between translations) is not one.
 */
const translationBookkeeping =
  /^(?:i18n[-_]?ready|translators?|translated[-_]?(?:by|from|at|on|date|with)|translation[-_]?(?:status|state|credits?|progress|date|outdated|ready|notes?))$/i;

export function isTranslationBookkeeping(key: string): boolean {
  return translationBookkeeping.test(key);
}

export const bookkeepingNote =
  'translation bookkeeping (a readiness flag the site reads from the source, or credits and status a translation keeps), not a difference of the page';

function firstLine(document: DocumentModel): Span | null {
  return document.lineCount > 0 ? { line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 } : null;
}
