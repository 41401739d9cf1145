/**
 * Front matter → keys and values, through the `yaml` package with its safe
 * defaults (core schema, unique keys, at most 100 aliases), or `smol-toml`
 * for Hugo's and Zola's TOML front matter (`+++`). A size and depth guard
 * runs first: deeply nested YAML can abort the whole process inside `yaml`
 * (see docs/hostile-inputs.md #34), which no try/catch survives.
 */
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { isScalar, LineCounter, parseDocument, visit } from 'yaml';

export interface FrontMatterData {
  data: Record<string, unknown> | null;
  keys: string[];
  /** Line and column are relative to the YAML text (1-based). */
  error: { message: string; line: number; column: number } | null;
}

const maxSize = 64 * 1024;
const maxDepth = 64;

export type FrontMatterFormat = 'yaml' | 'toml';

export function parseFrontMatter(source: string, format: FrontMatterFormat = 'yaml'): FrontMatterData {
  if (format === 'toml') return parseTomlFrontMatter(source);
  // yaml does not take a lone CR as a line break; old Mac files use nothing else.
  const yamlText = source.replace(/\r\n?/g, '\n');
  const keys = topLevelKeys(yamlText);
  const guard = guardError(yamlText);
  if (guard) return { data: null, keys, error: guard };

  const lineCounter = new LineCounter();
  // logLevel 'error': warnings (e.g. a flow collection as a key) are not printed to stderr.
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, logLevel: 'error' });
  const first = document.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    return { data: null, keys, error: { message: firstLine(first.message), line: pos.line, column: pos.col } };
  }
  keepNumberSource(document, yamlText);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { data: null, keys, error: { message: firstLine(error instanceof Error ? error.message : String(error)), line: 1, column: 1 } };
  }
  if (value === null || value === undefined) return { data: {}, keys, error: null };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: null, keys, error: { message: 'front matter is not a mapping of keys to values', line: 1, column: 1 } };
  }
  return { data: value as Record<string, unknown>, keys: Object.keys(value), error: null };
}

/**
 * Numbers are compared by their source text, as written: a number becomes
 * the string of its source unless that source is exactly how the number
 * prints (`12`, `1.5`). So `1e400` and `1e401` (both Infinity), two 20-digit
 * integers that round to the same double, `012` and `12`, or `.nan` never
 * compare equal by accident, and NaN or Infinity never reach the JSON.
 */
function keepNumberSource(document: ReturnType<typeof parseDocument>, yamlText: string): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || !isScalar(node)) return;
      const source = node.source ?? (node.range ? yamlText.slice(node.range[0], node.range[1]).trim() : undefined);
      if (source !== undefined && String(node.value) !== source) node.value = source;
    },
  });
}

/** Keys at column 0, read line by line so that they are known even when the YAML is broken. */
function topLevelKeys(yamlText: string): string[] {
  const keys: string[] = [];
  for (const line of yamlText.split(/\r\n|\r|\n/)) {
    const match = /^([^\s#:'"\-?[{][^:]*?|"[^"]*"|'[^']*'):(?:\s|$)/.exec(line);
    if (match) keys.push(match[1]!.replace(/^["']|["']$/g, '').trim());
  }
  return keys;
}

/**
 * The guard that keeps deep nesting away from `yaml`. It over-counts on
 * purpose: brackets inside quoted strings count too (a quote is easy to fake
 * with an apostrophe in a comment), and so does every chain of `? `, `- ` and
 * `: ` indicators on one line. A false "too deep" is a clear error; a miss
 * can abort the process.
 */
function guardError(yamlText: string): FrontMatterData['error'] {
  if (yamlText.length > maxSize) {
    return { message: `front matter too large (${Math.ceil(yamlText.length / 1024)} KB, limit 64 KB)`, line: 1, column: 1 };
  }
  const tooDeep = (line: number, column: number) => ({ message: `front matter nested too deeply (limit ${maxDepth} levels)`, line, column });
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= yamlText.length; i++) {
    const char = yamlText[i];
    if (i === yamlText.length || char === '\n') {
      const text = yamlText.slice(lineStart, i);
      const indent = /^[ \t]*/.exec(text)![0].length;
      const indicators = /^(?:[ \t]*[?:-](?:[ \t]+|$))*/.exec(text)![0].replace(/[ \t]/g, '').length;
      if (indent / 2 + indicators > maxDepth) return tooDeep(line, 1);
      line++;
      lineStart = i + 1;
      continue;
    }
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    if (depth > maxDepth) return tooDeep(line, i - lineStart + 1);
  }
  return null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** TOML front matter (`+++`): values as written where a number or date could print otherwise, like YAML's. */
function parseTomlFrontMatter(source: string): FrontMatterData {
  const text = source.replace(/\r\n?/g, '\n');
  const keys: string[] = [];
  for (const line of text.split('\n')) {
    // Top-level keys come before the first table header; read line by line so they are known even when the TOML is broken.
    if (/^\s*\[/.test(line)) break;
    const match = /^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=/.exec(line);
    if (match) keys.push(match[1]!.replace(/^["']|["']$/g, ''));
  }
  if (text.length > maxSize)
    return { data: null, keys, error: { message: `front matter too large (${Math.ceil(text.length / 1024)} KB, limit 64 KB)`, line: 1, column: 1 } };
  try {
    const value = plainToml(parseToml(text, { maxDepth, useLegacyDate: true, integersAsBigInt: 'asNeeded', unsafeKeyBehaviour: 'drop' })) as Record<
      string,
      unknown
    >;
    return { data: value, keys: Object.keys(value), error: null };
  } catch (error) {
    if (error instanceof TomlError) return { data: null, keys, error: { message: firstLine(error.message), line: error.line, column: error.column } };
    return { data: null, keys, error: { message: firstLine(error instanceof Error ? error.message : String(error)), line: 1, column: 1 } };
  }
}

/** Dates as their TOML text and big integers as strings, so values compare and serialise as written. */
function plainToml(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(plainToml);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = plainToml(item);
    return out;
  }
  return value;
}
