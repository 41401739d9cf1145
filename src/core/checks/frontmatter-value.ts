/** Front matter values that must not be translated but differ, or that must be translated but are identical. */
import type { DocumentModel, FrontMatter, Span } from '../model/types.js';
import { languageNeutral } from '../model/url.js';
import { bookkeepingNote, isTranslationBookkeeping } from './frontmatter-keys.js';
import type { Check, CheckContext, EmitFinding } from './types.js';
import type { Side } from '../vocabulary/side.js';

export const frontmatterValue: Check = {
  id: 'frontmatter-value',
  severity: 'warning',
  summary: 'A front matter value that must stay the same differs between the sides, or one that must be translated is identical.',
  rationale:
    'Some front matter values are data, not text: a `slug`, an `id`, a `sidebar_position`, a `date`, `draft: true`, a template name or a path. A translator who changes one moves the page, reorders the sidebar or publishes a draft. By default, numbers, booleans, dates and values without spaces (identifiers and paths) must be identical, except under keys that hold text (`title`, `description`, `sidebar_label`, `keywords`, `tags`, …) and language keys (`lang`, `locale`), and a language code in a path may differ (`/de/guide` against `/pl/guide`). Keys that record the translation workflow (Astro docs’ `i18nReady`, read from the English source only; `translation_status`) may differ: info. `frontMatter.mustMatch` in the configuration adds keys that must be identical whatever their values; `frontMatter.mustTranslate` names keys whose values must differ, such as a `title` left in the source language.',
  bad: {
    left: '---\ntitle: Installation\nslug: installation\nsidebar_position: 2\n---\n\n# Installation\n',
    right: '---\ntitle: Instalación\nslug: instalacion\nsidebar_position: 2\n---\n\n# Instalación\n',
    note: 'The Spanish page translated its slug, which moves it to another URL.',
  },
  good: {
    left: '---\ntitle: Installation\nslug: installation\nsidebar_position: 2\ndraft: false\n---\n\n# Installation\n',
    right: '---\ntitle: Instalación\nslug: installation\nsidebar_position: 2\ndraft: false\n---\n\n# Instalación\n',
    note: 'The title is translated, the slug, position and draft flag are not.',
  },
  run(context, emit) {
    const left = context.left.frontMatter;
    const right = context.right.frontMatter;
    if (!left?.data || !right?.data) return;
    const row = rowOf(context);
    const mustMatch = new Set(context.config.frontMatter?.mustMatch ?? []);
    const mustTranslate = new Set(context.config.frontMatter?.mustTranslate ?? []);
    const neutral = languageNeutral([context.languages.left, context.languages.right]);
    const at = (side: Side, key: string) => keySpan(side === 'left' ? context.left : context.right, side === 'left' ? left : right, key);

    for (const key of mustTranslate) {
      const a = lookup(left.data, key);
      const b = lookup(right.data, key);
      if (a === undefined || b === undefined || !hasText(a) || stringify(a) !== stringify(b)) continue;
      emit({
        message: `Front matter “${key}” must be translated, but both sides have ${show(a)}.`,
        left: at('left', key),
        right: at('right', key),
        row,
      });
    }
    for (const key of mustMatch) {
      const a = lookup(left.data, key);
      const b = lookup(right.data, key);
      if (a === undefined || b === undefined || stringify(a) === stringify(b)) continue;
      differ(key, a, b, emit, at, row, true);
    }
    for (const key of Object.keys(left.data)) {
      if (mustMatch.has(key) || mustTranslate.has(key) || textKey.test(key) || languageKey.test(key)) continue;
      // Own keys only: `constructor` or `toString` must not fall through to Object.prototype.
      const a = left.data[key];
      const b = Object.hasOwn(right.data, key) ? right.data[key] : undefined;
      if (b === undefined || !isData(a) || stringify(a) === stringify(b)) continue;
      if (typeof a === 'string' && typeof b === 'string' && neutral(a) === neutral(b)) continue;
      differ(key, a, b, emit, at, row);
    }
  },
};

/** Keys that hold text for readers: translated by design. */
const textKey =
  /title|description|summary|excerpt|label|caption|alt$|^alt|keywords|tags|categor|heading|intro|teaser|abstract|subtitle|tagline|author|name$|^name|text|content|message|question|answer/i;
const languageKey = /^(lang|language|locale|hreflang|translation|translations|i18n)$/i;
const dateValue = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const capitalisedWord = /^\p{Lu}\p{Ll}+$/u;
const whiteSpace = /\s/;
const nonAscii = /[^\x00-\x7F]/;

/** Numbers, booleans, dates, identifiers and paths (strings without spaces), and lists of them. */
function isData(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return true;
  if (typeof value === 'string') {
    if (dateValue.test(value)) return true;
    // A single word such as “Installation” or “Überblick” is text, not an identifier.
    return value.length > 0 && !whiteSpace.test(value) && !nonAscii.test(value) && !capitalisedWord.test(value);
  }
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => typeof item !== 'object' && isData(item));
  return false;
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' ? /\p{L}/u.test(value) : Array.isArray(value) && value.some(hasText);
}

function differ(
  key: string,
  a: unknown,
  b: unknown,
  emit: EmitFinding,
  at: (side: Side, key: string) => Span,
  row: number | null,
  configured = false,
): void {
  // A key the configuration says must match is held to it, bookkeeping or not.
  const bookkeeping = !configured && isTranslationBookkeeping(key);
  emit({
    message: `Front matter “${key}” differs: the left has ${show(a)}, the right ${show(b)}; ${bookkeeping ? bookkeepingNote : 'the value is data, not text, and must be the same on both sides'}.`,
    left: at('left', key),
    right: at('right', key),
    row,
    severity: bookkeeping ? 'info' : undefined,
  });
}

function lookup(data: Record<string, unknown>, key: string): unknown {
  // Own keys only, at every level: `constructor` is not a front matter key of every page.
  if (Object.hasOwn(data, key)) return data[key];
  let value: unknown = data;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function stringify(value: unknown): string {
  // JSON.stringify returns undefined for undefined, functions and symbols, whatever its declared type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  return value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? String(value));
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : stringify(value);
  const chars = Array.from(text);
  return `“${chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : text}”`;
}

/** The line that starts the key (its first segment for dotted keys), else the front matter block. */
function keySpan(document: DocumentModel, frontMatter: FrontMatter, key: string): Span {
  const block = frontMatter.block;
  const first = key.split('.')[0]!;
  const lines = document.text.slice(block.span.start, block.span.end).split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.startsWith(`${first}:`) || line.startsWith(`"${first}":`) || line.startsWith(`'${first}':`)) {
      return { ...block.span, line: block.span.line + k, endLine: block.span.line + k, column: 1 };
    }
  }
  return block.span;
}

function rowOf(context: CheckContext): number | null {
  const index = context.alignment.rows.findIndex((row) => row.left !== null && context.left.blocks[row.left]!.kind === 'frontmatter');
  return index === -1 ? null : index;
}
