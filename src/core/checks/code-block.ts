/** Aligned code blocks with a different language tag, or different code once comments are set aside. */
import { codeParts, isProseLanguage, languageName, lineCount } from './code-text.js';
import { declaredIn, localisedNames, readsLocalised, type NameTests } from './localised-names.js';
import { quote } from '../vocabulary/phrasing.js';
import { matchedRows } from './rows.js';
import type { Nodes } from 'mdast';
import { spanOf } from '../model/span.js';
import type { Block, ListItemModel, Span } from '../model/types.js';
import type { Check, EmitFinding } from './types.js';

export const codeBlock: Check = {
  id: 'code-block',
  severity: 'warning',
  summary: 'Aligned fenced code blocks differ in their language tag, or in their code once comments are set aside.',
  rationale:
    'Code is not translated: a changed line in an example is a bug the reader copies. Comments may be translated, so they are stripped by the comment syntax of the block’s language (`//` and `/* */` for JavaScript and its kin, `#` for shells, Python and YAML, `<!-- -->` for HTML, `--` for SQL, and a careful mix when the tag is missing) before the code is compared, with white space normalised. When only string literals or the text between JSX tags differ, the example’s visible text was translated: that is info. So are example names the translation localised (`my_image` → `mon_image`, `<database-name>` → `<nom-base-de-données>`): each name only the source has is its own (a binding it declares, or a `<placeholder>`), not an API a translation cannot rename; each name only the translation has reads as its language (letters outside ASCII, or a word the source document never uses); and with those names set aside the code is the same line for line. A line added or removed is a warning. A different language tag changes the highlighting and sometimes how a site runs the block; blocks tagged as text or Markdown are compared by tag only.',
  bad: {
    left: '```js\n// Zähler erhöhen\nconst next = count + 1;\nsetCount(next);\n```\n',
    right: '```js\n// Incrementa el contador\nconst next = count - 1;\nsetCount(next);\n```\n',
    note: 'The Spanish example subtracts where the original adds.',
  },
  good: {
    left: '```js\n// Zähler erhöhen\nconst next = count + 1; /* nie negativ */\nsetCount(next);\n```\n',
    right: '```js\n// Incrementa el contador\nconst next = count + 1; /* nunca negativo */\nsetCount(next);\n```\n',
    note: 'Only the comments are translated.',
  },
  run(context, emit) {
    // A renamed name must be the example's own: a binding the source declares (`const myImage`, `import myImage from`),
    // not an API it calls (`.add()`, `ProductService`, `import { createApp }`), which a translation cannot rename.
    const names: NameTests = { localised: readsLocalised(context.left.text), ownName: declaredIn(context.left.text) };
    const compareCode = (a: CodeSide, b: CodeSide, row: number) => compareCodes(a, b, row, emit, names);
    for (const { row, left, right } of matchedRows(context.rows)) {
      if (left.code && right.code) compareCode({ ...left.code, span: left.span }, { ...right.code, span: right.span }, row);
    }
    // Code blocks inside aligned list items (steps with their commands): the k-th of an item against the k-th of its counterpart.
    for (const { row, left, right } of context.units) {
      if (left?.kind !== 'listItem' || right?.kind !== 'listItem') continue;
      const codesA = itemCodes(left.block, left.item!);
      const codesB = itemCodes(right.block, right.item!);
      if (codesA.length !== codesB.length) continue;
      codesA.forEach((code, k) => compareCode(code, codesB[k]!, row));
    }
  },
};

interface CodeSide {
  lang: string | null;
  value: string;
  span: Span;
}

function compareCodes(a: CodeSide, b: CodeSide, row: number, emit: EmitFinding, names: NameTests): void {
  const langA = languageName(a.lang);
  const langB = languageName(b.lang);
  if (langA !== langB) {
    emit({
      message: `Code block language tags differ: the left is tagged ${a.lang ? `“${a.lang}”` : 'with no language'}, the right ${b.lang ? `“${b.lang}”` : 'with no language'}.`,
      left: a.span,
      right: b.span,
      row,
    });
  }
  if (a.value === b.value || isProseLanguage(a.lang) || isProseLanguage(b.lang)) return;
  if (a.value.replace(lineEndings, '\n') === b.value.replace(lineEndings, '\n')) return;
  const partsA = codeParts(a.value, a.lang ?? b.lang);
  const partsB = codeParts(b.value, b.lang ?? a.lang);
  if (partsA.flat === partsB.flat) return;
  // Only strings or JSX text differ, line for line: translated example text. A line added or dropped is a code change,
  // even when the line is a string.
  const sameLines = lineCount(partsA.code) === lineCount(partsB.code);
  const translatedText = sameLines && partsA.skeleton === partsB.skeleton;
  const renamed = !translatedText && sameLines ? localisedNames(partsA.code, partsB.code, a.lang ?? b.lang, names) : null;
  // Point at a line whose code changed, past lines whose strings alone were translated (`console.log('获取了…')`).
  const difference =
    (!translatedText && sameLines ? firstCodeDifference(partsA.code, partsB.code, a.lang ?? b.lang) : null) ??
    firstDifference(partsA.code, partsB.code);
  const where = difference
    ? `: the left has ${difference.left === null ? 'no line' : quote(difference.left, 60)} where the right has ${difference.right === null ? 'no line' : quote(difference.right, 60)}`
    : '';
  emit({
    message: translatedText
      ? `Code blocks differ only in strings or text between tags (translated example text)${where}.`
      : renamed
        ? `Code blocks differ only in example names the translation localised (${renamed}), strings and text aside${where}.`
        : `Code blocks differ beyond comments${where}.`,
    left: lineOf(a.span, a.value, difference?.leftLine ?? null),
    right: lineOf(b.span, b.value, difference?.rightLine ?? null),
    row,
    severity: translatedText || renamed ? 'info' : undefined,
  });
}

/** The code blocks of one list item, its nested items' blocks excluded (they are units of their own). */
function itemCodes(list: Block, item: ListItemModel): CodeSide[] {
  const nested = item.sublists.flatMap((sublist) => sublist.items.map((sub) => sub.span));
  const codes: CodeSide[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code') {
      const span = spanOf(node);
      const inItem = span.start >= item.span.start && span.end <= item.span.end;
      if (inItem && !nested.some((sub) => span.start >= sub.start && span.end <= sub.end))
        codes.push({ lang: node.lang ?? null, value: node.value, span });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of list.nodes) visit(node);
  return codes;
}

interface Difference {
  left: string | null;
  right: string | null;
  /** The differing lines as normalised text, to find them in the block. */
  leftLine: string | null;
  rightLine: string | null;
}

/** First pair of lines (codes of equal length) that differ beyond their strings and text, else null. */
function firstCodeDifference(a: string, b: string, lang: string | null): Difference | null {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  for (let k = 0; k < linesA.length; k++) {
    if (linesA[k] === linesB[k] || codeParts(linesA[k]!, lang).skeleton === codeParts(linesB[k]!, lang).skeleton) continue;
    return { left: linesA[k]!, right: linesB[k]!, leftLine: linesA[k]!, rightLine: linesB[k]! };
  }
  return null;
}

/** First line where the normalised codes part ways (after a common prefix of lines). */
function firstDifference(a: string, b: string): Difference | null {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  let i = 0;
  while (i < linesA.length && i < linesB.length && linesA[i] === linesB[i]) i++;
  if (i >= linesA.length && i >= linesB.length) return null;
  const left = linesA[i] || null;
  const right = linesB[i] || null;
  return { left, right, leftLine: left, rightLine: right };
}

const horizontalSpace = /[ \t]+/g;
const lineEndings = /\r\n?|\n/g;

/** The span of the source line that holds `normalised` (its first words), else the fence line. */
function lineOf(span: Span, value: string, normalised: string | null): Span {
  if (normalised) {
    const probe = normalised.split(' ').slice(0, 3).join(' ').trim();
    if (probe) {
      const lines = value.split(lineEndings);
      // A fenced block has its fence line before the code; an indented one starts with it.
      const first = span.endLine - span.line + 1 > lines.length ? span.line + 1 : span.line;
      for (let k = 0; k < lines.length; k++) {
        if (lines[k]!.replace(horizontalSpace, ' ').includes(probe)) {
          const line = Math.min(first + k, span.endLine);
          return { ...span, line, endLine: line, column: 1 };
        }
      }
    }
  }
  return { ...span, endLine: span.line };
}
