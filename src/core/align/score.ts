/**
 * Similarity of two blocks from language-independent evidence only: kind,
 * heading depth, length against the document's own length ratio (as
 * Gale–Church does), shared link targets, numbers, inline code, images and
 * heading ids, inline markup counts and relative position.
 */
import { isMarkupOnly } from '../model/markup-only.js';
import type { Block, BlockFeatures, BlockKind } from '../model/types.js';
import { trigramBag, trigramBonus, type TrigramBag } from './trigrams.js';

export interface Signature {
  kind: BlockKind;
  length: number;
  /** Sorted evidence tokens: `L:url`, `N:digits`, `C:code`, `I:src`, `A:id`. */
  tokens: string[];
  /** Tokens specific enough to anchor a large alignment. */
  keys: string[];
  marks: number;
  depth: number;
  items: number;
  code: string | null;
  /** Code and HTML blocks: language tag and sorted trimmed non-empty lines (code is not translated, but its comments and strings may be). */
  codeLang: string | null;
  codeLines: string[];
  /** Character trigrams of short texts (see trigrams.ts), or null. */
  grams: TrigramBag | null;
  /** Its tokens without its links to `#anchors`, or null when it has none. */
  withoutInPage: string[] | null;
  /** Nothing but markup (a `<br/>` spacer, a lone `</Note>`; see model/markup-only.ts): no evidence of anything. */
  spacer: boolean;
}

export function signatureOf(block: Block): Signature {
  const tokens = featureTokens(block.features).map((token) => (token.startsWith('L:') ? `L:${pageOf(token.slice(2))}` : token));
  // HTML and MDX blocks (`<Sandpack>`, `</Note>`) are mostly untranslated: their text is evidence.
  const html =
    block.kind === 'html'
      ? block.nodes
          .map((node) => ('value' in node ? node.value : ''))
          .join('\n')
          .trim()
      : '';
  const spacer = isMarkupOnly(block);
  if (html !== '' && html.length <= 200 && !spacer) tokens.push(`H:${html}`);
  // Acronyms (EU, HTTP, JWT) stay as they are in nearly every translation, in every script.
  if (block.kind !== 'code' && block.kind !== 'html') for (const acronym of acronyms(block.features.text)) tokens.push(`W:${acronym}`);
  tokens.sort();
  const keys = tokens.filter((token) => token.length > 3 && !/^N:\d{1,2}$/.test(token) && !token.startsWith('W:'));
  if (block.code) keys.push(`K:${block.code.value.trim()}`);
  if (block.kind === 'frontmatter') keys.push('frontmatter');
  const marks = block.features.marks;
  return {
    kind: block.kind,
    length: block.features.length,
    tokens,
    keys,
    marks: marks.emphasis + marks.strong + marks.delete + block.features.codes.length,
    depth: block.heading?.depth ?? 0,
    items: block.list?.items.length ?? 0,
    code: block.code ? block.code.value : null,
    codeLang: block.code?.lang ?? null,
    codeLines: block.code || spacer ? codeLines(block.code?.value ?? '') : codeLines(html),
    // Headings and short paragraphs: there length says least, and the cost per aligned cell stays small.
    grams:
      block.kind === 'heading' || (block.kind === 'paragraph' && block.features.length <= 80)
        ? trigramBag(block.heading?.text ?? proseOf(block.features))
        : null,
    spacer,
    withoutInPage: tokens.some(isInPageLink) ? tokens.filter((token) => !isInPageLink(token)) : null,
  };
}

/**
 * A paragraph's text without its inline code: code is compared as tokens already, and its words (`"small" |
 * "medium"`) would otherwise look like prose that mentions them (a translated description listing the values).
 */
function proseOf(features: BlockFeatures): string {
  let text = features.text;
  for (const code of features.codes) text = text.replace(code.value, ' ');
  return text;
}

const acronymPattern = /(?<![\p{L}\p{N}_])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\p{L}\p{N}_])/gu;

/** Words of two or more capitals (digits allowed) standing alone: `EU`, `HTTP2`, not `Hello` or `I`. */
function acronyms(text: string): string[] {
  if (!/[A-Z][A-Z]/.test(text)) return [];
  return text.match(acronymPattern)?.filter((word) => word.length <= 10) ?? [];
}

export function featureTokens(features: BlockFeatures): string[] {
  const tokens: string[] = [];
  for (const link of features.links) if (!link.continuesPrevious) tokens.push(`L:${link.target}`);
  for (const number of features.numbers) tokens.push(`N:${number.digits}`);
  for (const code of features.codes) tokens.push(`C:${withoutPlaceholders(code.value)}`);
  for (const image of features.images) tokens.push(`I:${image.target}`);
  for (const anchor of features.anchors) tokens.push(`A:${anchor}`);
  return tokens;
}

/**
 * The page a link leads to, as the aligner compares links: a fragment on a link to another page
 * (`/en/recipes/i18n/#hide-default-language`) names a heading there, which is translated with that page
 * (`/ko/recipes/i18n/#url에서-기본-언어-숨기기`), so only the page says two blocks are counterparts. Links to
 * `#anchors` of the page itself stay whole (compared as their headings). Evidence that a block is missing
 * (checks/evidence.ts) keeps the fragment: a paragraph with its own deep link is gone when the link is.
 */
function pageOf(target: string): string {
  const hash = target.indexOf('#');
  return hash > 0 ? target.slice(0, hash) : target;
}

/**
 * Inline code with its `{{placeholders}}` emptied: pages of commands (tldr) write the parts a reader fills in as
 * `{{path/to/file}}`, and translators translate them (`{{源/文件/的路径.cpp}}`); the command around them is the token.
 */
function withoutPlaceholders(code: string): string {
  // Option placeholders (`{{[-o|--output]}}`) are never translated: they stay, and tell two examples apart.
  return code.includes('{{') ? code.replace(/\{\{(?!\[-)[^{}]*\}\}/g, '{{}}') : code;
}

/** How far kinds may stand in for each other; null when they never align. */
function kindAffinity(a: BlockKind, b: BlockKind): number | null {
  if (a === b) return 0;
  const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
  switch (pair) {
    case 'list|paragraph':
    case 'blockquote|paragraph':
    case 'image|paragraph':
    case 'html|paragraph':
      return -0.45;
    case 'code|paragraph':
    case 'blockquote|list':
    case 'html|image':
    case 'list|table':
      return -0.6;
    default:
      return a === 'heading' || b === 'heading' || a === 'frontmatter' || b === 'frontmatter' ? null : -0.7;
  }
}

export interface ScoreContext {
  /** ln(right length / left length) over the whole document pair. */
  logRatio: number;
}

/** Similarity in [-1, 1]; `position` is the difference of relative positions, 0..1. */
export function blockSimilarity(a: Signature, b: Signature, context: ScoreContext, position: number): number {
  // Markup-only blocks pair with each other, weakly: never enough to pull the blocks around them out of place.
  if (a.spacer || b.spacer) return a.spacer && b.spacer ? 0 : -1;
  const affinity = kindAffinity(a.kind, b.kind);
  if (affinity === null) return -1;
  if (a.kind === 'frontmatter') return 1;
  if ((a.kind === 'code' && b.kind === 'code') || (a.kind === 'html' && b.kind === 'html')) return codeSimilarity(a, b, position);
  let score = affinity;

  score += lengthScore(a.length, b.length, context.logRatio);
  score += a.withoutInPage || b.withoutInPage ? tokenScore(...sharedInPageLinks(a, b)) : tokenScore(a.tokens, b.tokens);
  score += trigramBonus(a.grams, b.grams);

  if (a.marks + b.marks > 0) score += 0.1 - 0.05 * Math.min(4, Math.abs(a.marks - b.marks));
  score += 0.1 - 0.5 * Math.min(1, position);

  if (a.kind === 'heading' && b.kind === 'heading') score += a.depth === b.depth ? 0.2 : -0.1 * Math.min(3, Math.abs(a.depth - b.depth));
  if (a.kind === 'list' && b.kind === 'list') score += 0.15 - 0.1 * Math.min(4, Math.abs(a.items - b.items));
  return Math.max(-1, Math.min(1, score));
}

const isInPageLink = (token: string) => token.startsWith('L:#');

/** The tokens without the links to `#anchors` only one side has: translators translate anchors with the headings. */
function sharedInPageLinks(a: Signature, b: Signature): [readonly string[], readonly string[]] {
  if (!a.withoutInPage || !b.withoutInPage) return [a.withoutInPage ?? a.tokens, b.withoutInPage ?? b.tokens];
  const keep = (own: Signature, other: Signature) => {
    const theirs = new Set(other.tokens);
    return own.tokens.filter((token) => !isInPageLink(token) || theirs.has(token));
  };
  return [keep(a, b), keep(b, a)];
}

/** Code (and HTML) is compared as code: length at ratio 1, the share of identical lines, the language tag. */
function codeSimilarity(a: Signature, b: Signature, position: number): number {
  let score = lengthScore(a.length, b.length, 0);
  score += 1.3 * multisetJaccard(a.codeLines, b.codeLines) - 0.5;
  score += a.codeLang === b.codeLang ? 0.1 : -0.1;
  score += 0.1 - 0.5 * Math.min(1, position);
  return Math.max(-1, Math.min(1, score));
}

function codeLines(value: string): string[] {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .sort();
}

/**
 * Length evidence, as Gale–Church model it: the log length ratio's spread
 * shrinks with the text's length (variance about 6.8 / length), plus a floor
 * for how freely a language pair translates. 0.35 when the ratio is the
 * document's own, down to -0.35 at 2.5 standard deviations or more.
 */
export function lengthScore(left: number, right: number, logRatio: number): number {
  const deviation = Math.abs(Math.log((right + 8) / (left + 8)) - logRatio);
  const length = (left + right * Math.exp(-logRatio)) / 2 + 4;
  const spread = Math.sqrt(6.8 / length) + 0.15;
  return 0.35 - 0.7 * Math.min(1, deviation / spread / 2.5);
}

/** Shared-token evidence, weighted by how much evidence there is: from -0.8 (both have tokens, none shared) to 0.7 (all shared). */
export function tokenScore(left: readonly string[], right: readonly string[]): number {
  const total = left.length + right.length;
  if (total === 0) return 0;
  const weight = Math.min(1, total / 3);
  const jaccard = multisetJaccard(left, right);
  // Both sides carry evidence and none of it agrees: they are most likely not counterparts.
  const disjoint = jaccard === 0 && left.length > 0 && right.length > 0 ? 0.3 : 0;
  return weight * (1.2 * jaccard - 0.5 - disjoint);
}

/** |A ∩ B| / |A ∪ B| of two sorted multisets; 0 when both are empty. */
export function multisetJaccard(left: readonly string[], right: readonly string[]): number {
  const total = left.length + right.length;
  if (total === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length;) {
    if (left[i] === right[j]) {
      shared++;
      i++;
      j++;
    } else if (left[i]! < right[j]!) i++;
    else j++;
  }
  return shared / (total - shared);
}
