/**
 * Front matter → keys and values, through the `yaml` package with its safe
 * defaults (core schema, unique keys, at most 100 aliases). A size and depth
 * guard runs first: deeply nested YAML can abort the whole process inside
 * `yaml` (see shared/hostile-inputs.md #34), which no try/catch survives.
 */
import { LineCounter, parseDocument } from 'yaml';

export interface FrontMatterData {
  data: Record<string, unknown> | null;
  keys: string[];
  /** Line and column are relative to the YAML text (1-based). */
  error: { message: string; line: number; column: number } | null;
}

const maxSize = 64 * 1024;
const maxDepth = 64;

export function parseFrontMatter(yamlText: string): FrontMatterData {
  const keys = topLevelKeys(yamlText);
  const guard = guardError(yamlText);
  if (guard) return { data: null, keys, error: guard };

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const first = document.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    return { data: null, keys, error: { message: firstLine(first.message), line: pos.line, column: pos.col } };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { data: null, keys, error: { message: firstLine(String((error as Error).message)), line: 1, column: 1 } };
  }
  if (value === null || value === undefined) return { data: {}, keys, error: null };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: null, keys, error: { message: 'front matter is not a mapping of keys to values', line: 1, column: 1 } };
  }
  return { data: value as Record<string, unknown>, keys: Object.keys(value), error: null };
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

function guardError(yamlText: string): FrontMatterData['error'] {
  if (yamlText.length > maxSize) {
    return { message: `front matter too large (${Math.ceil(yamlText.length / 1024)} KB, limit 64 KB)`, line: 1, column: 1 };
  }
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = '';
  for (let i = 0; i < yamlText.length; i++) {
    const char = yamlText[i]!;
    if (char === '\n') {
      line++;
      lineStart = i + 1;
    }
    if (quote) {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === '\n') {
      const indent = /^ */.exec(yamlText.slice(i + 1, i + 1 + 4 * maxDepth + 2))![0].length;
      if (indent > 2 * maxDepth) return { message: `front matter nested too deeply (limit ${maxDepth} levels)`, line: line, column: 1 };
      quote = '';
    }
    if (depth > maxDepth) return { message: `front matter nested too deeply (limit ${maxDepth} levels)`, line, column: i - lineStart + 1 };
  }
  return null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
