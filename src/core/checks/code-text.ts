/**
 * Code as a translator may change it: comments stripped by the comment
 * syntax of the block's language, string literals and JSX text set apart.
 * One pass over the code, no regular expression built per block.
 */

interface CommentStyle {
  /** Line comment openers. */
  line: readonly string[];
  /** Block comment delimiters. */
  block: ReadonlyArray<readonly [string, string]>;
  /** String delimiters: their content is never a comment. */
  quotes: readonly string[];
  /** A line comment opener must start the line or follow white space (shell `#`, not `${#x}` or a URL's `#frag`). */
  lineNeedsSpace?: boolean;
}

const cLike: CommentStyle = { line: ['//'], block: [['/*', '*/']], quotes: ['"', "'", '`'] };
const hash: CommentStyle = { line: ['#'], block: [], quotes: ['"', "'"], lineNeedsSpace: true };
const python: CommentStyle = { line: ['#'], block: [], quotes: ['"""', "'''", '"', "'"], lineNeedsSpace: false };
// Attribute values are strings (`alt="Una descripción de mi imagen."`); an apostrophe after a letter is not a quote.
const markup: CommentStyle = { line: [], block: [['<!--', '-->']], quotes: ['"', "'"] };
const web: CommentStyle = {
  line: ['//'],
  block: [
    ['<!--', '-->'],
    ['/*', '*/'],
  ],
  quotes: ['"', "'", '`'],
};
const css: CommentStyle = { line: [], block: [['/*', '*/']], quotes: ['"', "'"] };
const sql: CommentStyle = { line: ['--'], block: [['/*', '*/']], quotes: ["'", '"'] };
const lua: CommentStyle = { line: ['--'], block: [['--[[', ']]']], quotes: ['"', "'"] };
const lisp: CommentStyle = { line: [';'], block: [], quotes: ['"'] };
const ini: CommentStyle = { line: [';', '#'], block: [], quotes: ['"'], lineNeedsSpace: true };
const latex: CommentStyle = { line: ['%'], block: [], quotes: [] };
const haskell: CommentStyle = { line: ['--'], block: [['{-', '-}']], quotes: ['"'] };
const php: CommentStyle = { line: ['//', '#'], block: [['/*', '*/']], quotes: ['"', "'"] };
const unknown: CommentStyle = {
  line: ['//', '#'],
  block: [
    ['/*', '*/'],
    ['<!--', '-->'],
  ],
  quotes: ['"', "'", '`'],
  lineNeedsSpace: true,
};

const styles = new Map<string, CommentStyle>();
const register = (style: CommentStyle, names: string) => {
  for (const name of names.split(' ')) styles.set(name, style);
};
register(
  cLike,
  'js javascript mjs cjs jsx ts typescript tsx mts cts java c h cpp c++ cc hpp cs csharp go golang rust rs swift kotlin kt kts scala dart groovy gradle json5 jsonc objc objective-c zig v solidity proto protobuf graphql gql prisma',
);
register(
  hash,
  'sh bash zsh fish shell console shellsession terminal powershell ps1 pwsh ruby rb perl pl r yaml yml toml dockerfile docker makefile make cmake nginx conf apache elixir ex exs nim crystal tcl coffee coffeescript gitignore ignore env dotenv properties hcl terraform tf',
);
register(python, 'python py py3 python3 ipython pycon');
register(markup, 'html htm xml xhtml svg md markdown mdx plist xsl xslt');
register(web, 'vue svelte astro erb ejs handlebars hbs twig liquid');
register(css, 'css');
register(cLike, 'scss sass less styl stylus');
register(sql, 'sql mysql psql pgsql postgres postgresql plsql sqlite');
register(lua, 'lua');
register(lisp, 'lisp clojure clj cljs scheme elisp racket asm nasm');
register(ini, 'ini cfg');
register(latex, 'tex latex erlang erl matlab octave');
register(haskell, 'haskell hs elm purescript');
register(php, 'php');

/** Language tags whose content is prose or output, translated with the text. */
const proseLanguages = new Set(['text', 'txt', 'plain', 'plaintext', 'none', 'output', 'log', 'markdown', 'md', 'mdx']);

const aliases = new Map<string, string>([
  ['javascript', 'js'],
  ['mjs', 'js'],
  ['cjs', 'js'],
  ['typescript', 'ts'],
  ['mts', 'ts'],
  ['cts', 'ts'],
  ['shell', 'sh'],
  ['bash', 'sh'],
  ['zsh', 'sh'],
  ['console', 'sh'],
  ['shellsession', 'sh'],
  ['terminal', 'sh'],
  ['yml', 'yaml'],
  ['py', 'python'],
  ['py3', 'python'],
  ['python3', 'python'],
  ['rb', 'ruby'],
  ['rs', 'rust'],
  ['golang', 'go'],
  ['md', 'markdown'],
  ['htm', 'html'],
  ['docker', 'dockerfile'],
  ['kt', 'kotlin'],
  ['cs', 'csharp'],
  ['c++', 'cpp'],
  ['cc', 'cpp'],
  ['text', 'text'],
  ['txt', 'text'],
  ['plaintext', 'text'],
  ['plain', 'text'],
  ['gql', 'graphql'],
  ['ps1', 'powershell'],
  ['pwsh', 'powershell'],
  ['tf', 'hcl'],
  ['terraform', 'hcl'],
  ['jsonc', 'json'],
  ['json5', 'json5'],
]);

const tagPattern = /^[A-Za-z0-9_+#.-]+/;

/** The language tag as a comparable name: `JavaScript` → `js`, `js{2-3}` → `js`; null when absent. */
export function languageName(lang: string | null): string | null {
  if (!lang) return null;
  const tag = tagPattern.exec(lang.trim())?.[0]?.toLowerCase();
  if (!tag) return null;
  return aliases.get(tag) ?? tag;
}

export function isProseLanguage(lang: string | null): boolean {
  const name = languageName(lang);
  return name !== null && proseLanguages.has(name);
}

function styleOf(lang: string | null): CommentStyle {
  const tag = lang ? tagPattern.exec(lang.trim())?.[0]?.toLowerCase() : undefined;
  return (tag && styles.get(tag)) || unknown;
}

export interface CodeParts {
  /** The code without comments, white space normalised: one line per non-empty line. */
  code: string;
  /** The code with white space removed altogether: equal when only the layout differs. */
  flat: string;
  /** The code with what reads as text removed: string contents, JSX text, lines of words, non-ASCII runs. */
  skeleton: string;
}

/** Lines of normalised code (0 for none). */
export function lineCount(code: string): number {
  return code === '' ? 0 : code.split('\n').length;
}

/** Strips comments (by the syntax of `lang`) and normalises white space. Linear in the length of the code. */
export function codeParts(source: string, lang: string | null): CodeParts {
  const value = source.includes('\r') ? source.replace(lineBreak, '\n') : source;
  const style = styleOf(lang);
  const shellLike = style === hash || style === ini;
  const code: string[] = [];
  const skeleton: string[] = [];
  const n = value.length;
  let i = 0;
  let lineStart = true;
  let quote: string | null = null;
  while (i < n) {
    const char = value[i]!;
    if (quote !== null) {
      if (char === '\\' && quote.length === 1 && i + 1 < n) {
        code.push(char, value[i + 1]!);
        i += 2;
        continue;
      }
      if (value.startsWith(quote, i)) {
        code.push(quote);
        skeleton.push('"');
        i += quote.length;
        quote = null;
        continue;
      }
      // A line break ends a one-line quote (an apostrophe in a comment-free text line, a JSX text node).
      if (char === '\n' && quote !== '`' && quote.length === 1) {
        quote = null;
        code.push(char);
        skeleton.push(char);
        lineStart = true;
        i++;
        continue;
      }
      code.push(char);
      i++;
      continue;
    }
    let matched = false;
    for (const [open, close] of style.block) {
      if (value.startsWith(open, i)) {
        const end = value.indexOf(close, i + open.length);
        i = end < 0 ? n : end + close.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    for (const open of style.line) {
      if (!value.startsWith(open, i)) continue;
      const previous = i > 0 ? value[i - 1]! : '\n';
      if (style.lineNeedsSpace && !lineStart && previous !== ' ' && previous !== '\t') continue;
      // `//` after a colon is a URL (`https://`), not a comment.
      if (open === '//' && previous === ':') continue;
      const end = value.indexOf('\n', i);
      i = end < 0 ? n : end;
      matched = true;
      break;
    }
    if (matched) continue;
    for (const q of style.quotes) {
      // An apostrophe after a letter is not a quote: `Hedy Lamarr's Todos` in JSX text, `don't` in a shell echo.
      // So is one after an interpolation, before a letter: `<h1>{name}'s To Do List</h1>`.
      if (
        q === "'" &&
        style !== python &&
        i > 0 &&
        (letterOrDigit.test(value[i - 1]!) || (value[i - 1] === '}' && letterOrDigit.test(value[i + 1] ?? '')))
      )
        continue;
      if (value.startsWith(q, i)) {
        quote = q;
        code.push(q);
        skeleton.push('"');
        i += q.length;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    code.push(char);
    skeleton.push(char);
    if (char === '\n') lineStart = true;
    else if (char !== ' ' && char !== '\t') lineStart = false;
    i++;
  }
  const normalised = normalizeSpace(code.join(''));
  return {
    code: normalised,
    flat: formatFree(normalised.replace(anySpace, '')),
    skeleton: formatFree(blankText(normalizeSpace(skeleton.join('')), shellLike)).replace(emptyConcat, ''),
  };
}

const singleQuote = /'/g;
const semicolon = /;/g;
const trailingComma = /,(?=[)\]}])/g;
const arrowParens = /\(([A-Za-z_$][\w$]*)\)=>/g;
const emptyConcat = /""\+|\+""/g;

/** Removes what code formatters decide (on code without white space): quote style, semicolons, trailing commas, parentheses around a lone arrow parameter. */
function formatFree(flat: string): string {
  return flat.replace(singleQuote, '"').replace(semicolon, '').replace(trailingComma, '').replace(arrowParens, '$1=>');
}

const anySpace = /\s+/g;
const letterOrDigit = /[\p{L}\p{N}]/u;
/** Ellipses and empty interpolated strings (`{""}`): placeholders a translator writes either way. */
const filler = /\.\.\.|…|\{""\}/g;
/** Text between JSX tags or interpolations: `>Welcome to the {`, `} room!<`. */
const jsxText = /([>}])([^<>{}=;()]*[^\s<>{}=;()][^<>{}=;()]*)(?=[<{])/gu;
/** A line of words: no code punctuation and no quotes. */
const proseLine = /^[^(){}[\]=;<>$&|`\\"']*\p{L}[^(){}[\]=;<>$&|`\\"']*$/u;
const firstWord = /^[A-Za-z]+/;
/** Lines starting with these are code even without punctuation (`import React from 'react'`, `return`). */
const keywords = new Set(
  'import export return const let var await yield throw break continue else default case function class new typeof delete if for while do try catch finally from async static use def pass raise print echo cd npm npx yarn pnpm git node'.split(
    ' ',
  ),
);
const nonAsciiRun = /[^\x00-\x7F]+/g;

/** Removes what reads as text inside code: JSX text, lines of words (not in shell-like languages, where commands look like words), non-ASCII runs; then all white space. */
function blankText(code: string, shellLike: boolean): string {
  const lines: string[] = [];
  for (const line of code.replace(jsxText, '$1').split('\n')) {
    if (!shellLike && proseLine.test(line) && !keywords.has(firstWord.exec(line)?.[0] ?? '')) continue;
    lines.push(line.replace(nonAsciiRun, ''));
  }
  return lines.join('').replace(filler, '').replace(anySpace, '');
}

const horizontalSpace = /[ \t]+/g;
const lineBreak = /\r\n?/g;

function normalizeSpace(text: string): string {
  const lines: string[] = [];
  for (const line of text.replace(lineBreak, '\n').split('\n')) {
    const trimmed = line.replace(horizontalSpace, ' ').trim();
    if (trimmed) lines.push(trimmed);
  }
  return lines.join('\n');
}
