/**
 * Text helpers shared by the content checks: a unit's prose with inline code
 * and URLs blanked out, positions inside the source text, and the languages
 * of both sides.
 */
import type { BlockFeatures, DocumentModel, Span } from '../model/types.js';
import type { CheckContext } from './types.js';

/** Stands in for inline code and URLs in prose text: not a letter, not punctuation. */
export const placeholder = '\uFFFC';

const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>()[\]{}"'“”«»]+/giu;
// Heading ids: an MDX comment in braces (or what is left of it once its asterisks were read as emphasis), and `{#id}`.
const mdxComment = /\{\/\*[\s\S]*?\*\/\}/g;
const anchorPattern = /\{\/\*?[^*{}\s]*\*?\/\}|\{#[^\s}]+\}/g;

/**
 * The unit's plain text with every inline code value, code block (a list
 * item's example), URL and heading id replaced by one placeholder character.
 * Code values are found in order in the text, as the model appended them.
 */
export function proseText(features: BlockFeatures): string {
  let text = features.text;
  // Prose never includes code: a fenced example inside a list item is not a sentence, nor untranslated text.
  // Blanked first, so that an inline `name` after the example is not searched for inside it.
  for (const code of features.codeBlocks) {
    const at = code.length === 0 ? -1 : text.indexOf(code);
    if (at >= 0) text = text.slice(0, at) + placeholder + text.slice(at + code.length);
  }
  if (features.codes.length > 0) {
    const parts: string[] = [];
    let cursor = 0;
    for (const code of features.codes) {
      if (code.value.length === 0) continue;
      const at = text.indexOf(code.value, cursor);
      if (at < 0) continue;
      parts.push(text.slice(cursor, at), placeholder);
      cursor = at + code.value.length;
    }
    parts.push(text.slice(cursor));
    text = parts.join('');
  }
  if (text.includes('://') || text.includes('www.')) text = text.replace(urlPattern, placeholder);
  if (text.includes('{')) text = text.replace(mdxComment, placeholder).replace(anchorPattern, placeholder);
  return text;
}

/**
 * Where `raw` is written in the document text: at `hint` when it is there,
 * else its first occurrence at or after `from` and before `limit`; -1 when not found.
 */
export function locate(text: string, raw: string, hint: number, from: number, limit: number): number {
  if (hint >= from && text.startsWith(raw, hint)) return hint;
  // Searched within [from, limit) only: searching to the end of the document for each miss is quadratic.
  const at = text.slice(from, limit).indexOf(raw);
  return at >= 0 ? from + at : -1;
}

/** The 1-based line of `offset`, counting from a span whose start is known. */
export function lineAt(text: string, base: Span, offset: number): number {
  if (offset < base.start) return base.line;
  let line = base.line;
  for (let i = base.start; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** A span for one line inside a unit (a finding located on a line, not a whole paragraph). */
export function lineSpan(base: Span, line: number): Span {
  if (line === base.line) return { ...base, endLine: base.line };
  return { line, column: 1, endLine: line, endColumn: 1, start: base.start, end: base.start };
}

/** Scripts without spaces between words, or without letter case: rules that count words do not apply. */
const caselessScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;

export function hasCaselessScript(text: string): boolean {
  return caselessScript.test(text);
}

/** Primary language subtag, lower case (`pt-BR` → `pt`), or null. */
export function primaryLanguage(tag: string | null): string | null {
  return tag ? tag.split(/[-_]/)[0]!.toLowerCase() : null;
}

const cjkLanguages = new Set(['ja', 'zh', 'ko', 'yue', 'wuu']);

export function isCjk(tag: string | null): boolean {
  const primary = primaryLanguage(tag);
  return primary !== null && cjkLanguages.has(primary);
}

const scriptProbes: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];
const latinLetter = /\p{Script=Latin}/gu;
const anyProbedScript = new RegExp(scriptProbes.map(([probe]) => probe.source).join('|'), 'u');
const guessed = new WeakMap<DocumentModel, string | null>();

/**
 * The document's language: its tag when known, else a guess from the script
 * most of its letters are written in (`ja` when there is kana, `zh` for Han
 * alone, …); null for Latin-script text, whose language a script does not tell.
 */
/** The languages of both sides, as effectiveLanguage reads them. */
export function languagesOf(context: CheckContext): { left: string | null; right: string | null } {
  return { left: effectiveLanguage(context.left, context.languages.left), right: effectiveLanguage(context.right, context.languages.right) };
}

function effectiveLanguage(document: DocumentModel, tag: string | null): string | null {
  if (tag) return tag;
  if (guessed.has(document)) return guessed.get(document)!;
  const sample = document.text.slice(0, 20000);
  let guess: string | null = null;
  // Most pages have no letter of any probed script: one scan says so, before eight counts and the Latin one
  // (an array of every Latin letter, the costliest part of a small comparison's language guess).
  if (anyProbedScript.test(sample)) {
    let latin: number | null = null;
    for (const [probe, language] of scriptProbes) {
      const count = sample.match(probe)?.length ?? 0;
      if (count < 20) continue;
      latin ??= sample.match(latinLetter)?.length ?? 0;
      // Japanese text has kana among its Han characters, so kana (probed first) decides.
      if (count * 8 >= latin) {
        guess = language;
        break;
      }
    }
  }
  guessed.set(document, guess);
  return guess;
}
