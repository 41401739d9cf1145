/**
 * Markdown → mdast, the one parser setup of the project: GFM and YAML or TOML
 * front matter always; MDX (ESM, JSX, expressions) and directives by flavor (see
 * flavor.ts), with the ecosystem's own micromark extensions. MDX expressions
 * and ESM are parsed by acorn, never evaluated: untrusted Markdown is never
 * executed. Guards run first; a stack overflow inside micromark on a shape
 * the guards did not catch becomes an InputError, never a crash.
 */
import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directive } from 'micromark-extension-directive';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mathFromMarkdown } from 'mdast-util-math';
import { InputError } from '../errors.js';
import { readCalloutFences } from './callout-fences.js';
import { parseInPieces } from './parse-in-pieces.js';
import { detectSyntax, type FlavorInput, type Syntax, type SyntaxProblem } from './flavor.js';
import { checkLimits, defaultLimits, type Limits } from './limits.js';

// YAML front matter (`---`) and TOML (`+++`, Hugo and Zola).
const extensions = [gfm(), frontmatter(['yaml', 'toml'])];
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])];
const withDirectives = {
  extensions: [...extensions, directive()],
  mdastExtensions: [...mdastExtensions, directiveFromMarkdown()],
};
// ESM and expressions are handed to acorn to find where they end (and what an `import` binds): parsed, not run.
const withMdx = {
  extensions: [...extensions, mdxjs(), directive()],
  mdastExtensions: [...mdastExtensions, mdxFromMarkdown(), directiveFromMarkdown()],
};

interface ParseOptions {
  extensions: typeof extensions;
  mdastExtensions: typeof mdastExtensions;
}

/**
 * Math (`$$ … $$`, KaTeX and MathJax sites) where the file writes it. Only the
 * double-dollar forms: a single `$` is far more often a price (“$5 to $10”).
 */
function withMath(options: ParseOptions, text: string): ParseOptions {
  if (!text.includes('$$')) return options;
  return {
    extensions: [...options.extensions, math({ singleDollarTextMath: false })],
    mdastExtensions: [...options.mdastExtensions, mathFromMarkdown()],
  };
}

/**
 * A formula is as language-neutral as code: display math becomes a code block
 * in the language `math`, inline math inline code, so that every check that
 * compares code compares formulas too (one algorithm, no second copy).
 */
function mathAsCode(root: Root): Root {
  // Iterative: a deep tree must not overflow the stack here (the parse guards bound it, but cheaply is better).
  const stack: Array<{ type: string; lang?: string | null; meta?: string | null; children?: unknown[] }> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'math') {
      node.type = 'code';
      node.lang = 'math';
      node.meta = null;
    } else if (node.type === 'inlineMath') node.type = 'inlineCode';
    // A loop, not push(...children): a paragraph of 200,000 links has 400,000 children, past the argument limit.
    else if (node.children) for (const child of node.children as typeof stack) stack.push(child);
  }
  return root;
}

/** Drops a UTF-8 byte order mark: micromark would count it in offsets but not in columns. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses Markdown (CommonMark, GFM, front matter) as mdparity reads it everywhere. `text` must already have no BOM. */
export function parseMarkdown(text: string, limits: Limits = defaultLimits): Root {
  checkLimits(text, limits);
  return guarded(() => mathAsCode(fromMarkdown(text, withMath({ extensions, mdastExtensions }, text))));
}

export interface ParsedText {
  root: Root;
  /** The syntax the file was read with: MDX that does not compile is read as Markdown. */
  syntax: Syntax;
  /** The syntax the file asked for (its name, front matter or the configuration). */
  requested: Syntax;
  /** Why the file is not read as MDX although it asked to be: MDX's own message and position. */
  mdxError: SyntaxProblem | null;
}

/**
 * Parses a file by its flavor. MDX is strict: a file that does not compile
 * as MDX (an unclosed tag, a stray `{`) is read as Markdown instead, and the
 * compiler's message is kept for the report. Explicit heading ids (`{#id}`)
 * and Docusaurus' admonition titles (`:::tip Title`) are blanked before the
 * parse with spaces, so offsets stay exact; the model reads them from the text.
 * Fenced callout boxes (```` ```smart ````) are read as boxes of prose (callout-fences.ts).
 */
export function parseFlavored(text: string, input: FlavorInput = {}, limits: Limits = defaultLimits): ParsedText {
  checkLimits(text, limits);
  const requested = detectSyntax(text, input);
  const masked = maskForParse(text, requested);
  if (requested.flavor === 'mdx') {
    try {
      const root = guarded(() => mathAsCode(fromMarkdown(masked, withMath(withMdx, masked))));
      readCalloutFences(root, text, (content) => fromMarkdown(content, withMdx));
      return { root, syntax: requested, requested, mdxError: null };
    } catch (error) {
      if (error instanceof InputError) throw error;
      const problem = mdxProblem(error);
      if (!problem) throw error;
      const syntax: Syntax = { ...requested, flavor: 'markdown' };
      return { root: parsePlain(maskForParse(text, syntax), syntax), syntax, requested, mdxError: problem };
    }
  }
  return { root: parsePlain(masked, requested), syntax: requested, requested, mdxError: null };
}

/** The parser setup of a file read as Markdown (not MDX) with `syntax`. */
export function markdownOptions(text: string, syntax: Syntax): ParseOptions {
  return withMath(syntax.directives ? withDirectives : { extensions, mdastExtensions }, text);
}

function parsePlain(text: string, syntax: Syntax): Root {
  const options = markdownOptions(text, syntax);
  // In pieces when long: one parse of a large document holds every micromark event at once (parse-in-pieces.ts).
  const root = guarded(() => parseInPieces(text, options));
  readCalloutFences(root, text, (content) => fromMarkdown(content, options));
  return mathAsCode(root);
}

function guarded(parse: () => Root): Root {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError('too-complex', 'document too complex to parse (nesting or repetition too deep)');
    }
    throw error;
  }
}

/** MDX's errors are VFileMessages with a reason, a place and a rule id; anything else is not a syntax error. */
function mdxProblem(error: unknown): SyntaxProblem | null {
  if (typeof error !== 'object' || error === null) return null;
  const message = error as { reason?: unknown; line?: unknown; column?: unknown; ruleId?: unknown; source?: unknown; cause?: unknown };
  if (typeof message.reason !== 'string' || typeof message.source !== 'string' || !/mdx|micromark|acorn/.test(message.source)) return null;
  // "Could not parse expression with acorn" says little; acorn's own reason ("Unexpected content after expression") says what.
  const cause = message.cause instanceof Error ? message.cause.message.replace(/\s*\(\d+:\d+\)$/, '') : '';
  // mdast-util-mdx-jsx reports an unclosed tag with no position of its own, only in its text: “(5:1-5:8)”, the tag's.
  const placeInReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message.reason);
  return {
    message: cause && !message.reason.includes(cause) ? `${message.reason}: ${cause}` : message.reason,
    line: typeof message.line === 'number' ? message.line : placeInReason ? Number(placeInReason[1]) : 1,
    column: typeof message.column === 'number' ? message.column : placeInReason ? Number(placeInReason[2]) : 1,
    rule: typeof message.ruleId === 'string' ? message.ruleId : null,
  };
}

// `## Title {#custom-id}`: Docusaurus reads the id before MDX sees it; `{#…}` is no JavaScript expression.
const headingIdLine = /^( {0,3}#{1,6}[ \t].*?)(\{#[^\s{}]+\})([ \t]*)$/;
// `:::tip Title` is Docusaurus' admonition title; the directive syntax writes `:::tip[Title]`.
const directiveTitleLine = /^([ \t]*:{3,}[A-Za-z][\w-]*)([ \t]+)([^\s[{].*)$/;

/** The text to parse: explicit heading ids (MDX) and admonition titles blanked, same length, outside code fences. */
export function maskForParse(text: string, syntax: Syntax): string {
  if (syntax.flavor !== 'mdx' && !syntax.directives) return text;
  if (!text.includes('{#') && !(syntax.directives && text.includes(':::'))) return text;
  const parts = text.split(/(\r\n|\r|\n)/);
  let fence: string | null = null;
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i]!;
    const marker = /^[ \t]{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker.startsWith(fence[0]!) && marker.length >= fence.length && line.trim() === marker) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (syntax.flavor === 'mdx') {
      const id = headingIdLine.exec(line);
      if (id) parts[i] = id[1]! + ' '.repeat(id[2]!.length) + id[3]!;
    }
    if (syntax.directives) {
      const title = directiveTitleLine.exec(parts[i]!);
      if (title) parts[i] = title[1]! + title[2]! + ' '.repeat(title[3]!.length);
    }
  }
  return parts.join('');
}
