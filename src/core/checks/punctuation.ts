/**
 * Punctuation defects: doubled or stray marks, unbalanced brackets and
 * quotes, and aligned headings or paragraphs whose ending marks differ in
 * kind (a question against a statement).
 */
import { quote } from '../vocabulary/phrasing.js';
import { pairedContent, type UnitSide } from './units.js';
import { languagesOf, placeholder, primaryLanguage } from './prose.js';
import type { Check, Severity } from './types.js';

export const punctuation: Check = {
  id: 'punctuation',
  severity: 'warning',
  summary:
    'Doubled or stray punctuation, unbalanced brackets or quotes, or aligned headings or paragraphs that end in marks of different kinds (a question against a statement).',
  rationale:
    'Punctuation errors are what machine translation and hurried edits leave behind: `,.` where a link was moved, a space before a comma, a bracket opened and never closed, a question turned into a statement. The check knows the conventions of the languages it compares: Spanish opens questions and exclamations with `¿` and `¡`, Chinese and Japanese use full-width marks (`，` `。` `？` `「」`), Arabic has its own comma and question mark (`،` `؟`), German and Polish quote with `„`, French and Norwegian with `« »`, and French puts a space before `;`, `:`, `!` and `?` (which is therefore never reported). Inline code and URLs are set aside. A space between a Latin word and a full-width mark (`HTML 。`) is info, a matter of style. A heading that asks against one that states is a warning; in paragraphs, whose last sentence translators often rephrase (“Can you fix it?” → “Try to fix it.”), it is info. A defect present on both sides is info: the translation copied it from the source, and it is the source’s to fix; so is one only the source has (the translator fixed it); a quote left open counts as the same defect whatever the marks (`”` in English, `「` in Japanese). A spaced ellipsis (`. . .`, a quiz’s blank) is an ellipsis.',
  bad: {
    left: '## Was ist ein Token?\n\nEin Token ist eine Zeichenfolge, die den Zugriff erlaubt (siehe [Sicherheit](/security).\n',
    right: '## ¿Qué es un token.\n\nUn token es una cadena que permite el acceso (véase [Seguridad](/security)) ,.\n',
    note: 'The Spanish heading is a statement where the German asks a question (and opens with `¿` it never closes); the paragraph has `,.` and a stray space. The German bracket is never closed.',
  },
  good: {
    left: '## Was ist ein Token?\n\nEin Token ist eine Zeichenfolge, die den Zugriff erlaubt (siehe „Sicherheit“).\n',
    right: '## ¿Qué es un token?\n\nUn token es una cadena que permite el acceso (véase «Seguridad»).\n\n## Qu’est-ce qu’un jeton ?\n',
    note: 'Balanced marks in each language’s own style.',
  },
  run(context, emit) {
    const languages = languagesOf(context);
    const spanish = { left: primaryLanguage(languages.left) === 'es', right: primaryLanguage(languages.right) === 'es' };
    for (const { row, left, right } of pairedContent(context.units)) {
      const textA = left.prose;
      const textB = right.prose;
      const defectsA = defectsOf(textA, spanish.left);
      const defectsB = defectsOf(textB, spanish.right);
      const kindsA = new Set(defectsA.map(sharedKind));
      const kindsB = new Set(defectsB.map(sharedKind));
      for (const [side, defects, otherKinds] of [
        ['left', defectsA, kindsB],
        ['right', defectsB, kindsA],
      ] as const) {
        const seen = new Set<string>();
        for (const defect of defects) {
          if (seen.has(defect.kind)) continue;
          seen.add(defect.kind);
          const shared = otherKinds.has(sharedKind(defect));
          // Report a shared defect once, from the left.
          if (shared && side === 'right') continue;
          // The same defect in each language's own marks (`”` left open in English, `「` in Japanese) is named by the left's.
          const ownMarks = shared && !(side === 'left' ? defectsB : defectsA).some((other) => other.kind === defect.kind);
          // A defect only the source has is not the translation's to fix (the translator often corrected it): info.
          const sourceOnly = !shared && side === 'left';
          emit({
            message: `${shared ? 'Both sides have' : `The ${side} has`} ${defect.description}${ownMarks ? ' (the right in its own marks)' : ''}${defect.excerpt ? `: ${quote(defect.excerpt, 50)}` : ''}${shared ? ' (copied from the source)' : ''}${sourceOnly ? '; only the source has it, the translation does not' : ''}.`,
            left: left.span,
            right: right.span,
            row,
            severity: shared || sourceOnly ? 'info' : defect.severity,
          });
        }
      }
      if (isSentenceBlock(left) && isSentenceBlock(right) && !endsInLink(left) && !endsInLink(right)) {
        const endA = endingKind(textA);
        const endB = endingKind(textB);
        if (endA && endB && endA !== endB && (endA === 'question' || endB === 'question')) {
          // A heading that asks against one that states is a different heading; a paragraph's last sentence is
          // often rephrased (“Can you fix it?” → “Try to fix it.”), so there it is info.
          const heading = isHeading(left) && isHeading(right);
          emit({
            message: `Ending marks differ in kind: the left ${heading ? 'heading' : 'paragraph'} ends as a ${endA} (${quote(tail(textA), 30)}), the right as a ${endB} (${quote(tail(textB), 30)}).`,
            left: left.span,
            right: right.span,
            row,
            severity: heading ? undefined : 'info',
          });
        }
      }
    }
  },
};

/**
 * What makes two defects the same one across languages: each language quotes with its own marks (an unpaired `”`
 * in English is an unpaired `「` in Japanese), and brackets are full-width in CJK text.
 */
function sharedKind(defect: Defect): string {
  return defect.family ?? defect.kind;
}

interface Defect {
  /** What kind of defect, to tell whether both sides share it. */
  kind: string;
  /** The kind across languages' marks (`unbalanced quote` for “”, "", «», 「」…), when it differs from `kind`. */
  family?: string;
  description: string;
  excerpt: string | null;
  severity?: Severity;
}

/** A straight double quote between two Hebrew letters: the gershayim of an abbreviation, not a quotation mark. */
const gershayim = /(?<=\p{Script=Hebrew})"(?=\p{Script=Hebrew})/gu;
const anyWhiteSpace = /\s/g;
/** `,.` `;.` `,,` and the like, `..` that is not an ellipsis, and their full-width and Arabic forms. */
const doubled = /[,;:][ \u00A0]?[.,;:](?![.\d\p{L}])|[?？]\.(?=\s|$)|(?<![.\s\d])\.\.(?![./\w])|[，、][，。、]|。[，。、]|[،؛][،.؛]|\.[،؛]/gu;
/** A space before a comma or full stop (never in French before `;:!?`, which is its rule), and before full-width or Arabic commas. */
const strayBefore = /(?<=[\p{L}\p{N})\]”»])[ \u00A0]+([,.]|[，。、،])(?=[\s"”»)\]]|$)/gu;

const bracketPairs: Array<[string, string, string]> = [
  ['(', ')', 'parentheses'],
  ['[', ']', 'square brackets'],
  ['{', '}', 'braces'],
  ['（', '）', 'full-width parentheses'],
  ['【', '】', 'lenticular brackets'],
  ['「', '」', 'corner brackets'],
  ['『', '』', 'white corner brackets'],
  ['《', '》', 'double angle brackets'],
  ['〈', '〉', 'angle brackets'],
  ['«', '»', 'guillemets'],
  ['‹', '›', 'single guillemets'],
];
/** Marks that quote, in one language or another; the others of bracketPairs are brackets. */
const quotePairs = new Set(['「', '『', '«', '‹', '《', '〈']);
/** A spaced ellipsis, `. . .`: a fill-in blank or a pause (Astro's tutorial quizzes), not stray full stops. */
const spacedEllipsis = /(?<=^|\s)\.(?: \.){2,}/g;

/** `1)`, `a)`, `iv)` opening an item: enumerators close no bracket; nor do smileys. */
const enumerator = /(?:^|[\s,;:、，：])(?:[a-zA-Z]|\d{1,2}|[ivx]{2,4})[)）]|[:;]-?\)/g;

function defectsOf(prose: string, spanish: boolean): Defect[] {
  const defects: Defect[] = [];
  if (prose.length === 0) return defects;
  const text = prose.includes('. .') ? prose.replace(spacedEllipsis, '…') : prose;
  for (const match of text.matchAll(doubled)) {
    defects.push({
      kind: `doubled ${match[0].replace(anyWhiteSpace, '')}`,
      description: `doubled punctuation “${match[0].trim()}”`,
      excerpt: around(text, match.index, match[0].length),
    });
  }
  for (const match of text.matchAll(strayBefore)) {
    // A space between a Latin word and a full-width mark (`HTML 。`) is a common habit, a style matter: info.
    const fullWidth = match[1] !== ',' && match[1] !== '.' && match[1] !== '،';
    defects.push({
      kind: `space before ${match[1]}`,
      description: `a space before “${match[1]}”`,
      excerpt: around(text, match.index, match[0].length),
      severity: fullWidth ? 'info' : undefined,
    });
  }
  let enumerated: string | null = null;
  // A full-width `（` closed by an ASCII `)` (or the reverse) is balanced, only mixed: a matter of style, info.
  const mixedParentheses = count(text, '(') !== count(text, ')') && count(text, '(') + count(text, '（') === count(text, ')') + count(text, '）');
  if (mixedParentheses) {
    const at = text.search(/（[^）(]*\)|\([^)（]*）/u);
    defects.push({
      kind: 'mixed ()',
      description: 'parentheses of two widths paired: a full-width “（” closed by “)”, or “(” by “）”',
      excerpt: around(text, Math.max(0, at), 1),
      severity: 'info',
    });
  }
  for (const [open, close, name] of bracketPairs) {
    if (mixedParentheses && (open === '(' || open === '（')) continue;
    const opens = count(text, open);
    let closes = count(text, close);
    if (opens === closes) continue;
    let counted = text;
    // More closing than opening parentheses: enumerators (`1)`, `a)`) and smileys may explain the surplus.
    if (closes > opens && (close === ')' || close === '）')) {
      enumerated ??= text.replace(enumerator, (found) => found.slice(0, -1));
      counted = enumerated;
      closes = count(counted, close);
      if (closes <= opens) continue;
    }
    // Guillemets point either way (» « in German and Danish): only their numbers must agree.
    const at = opens > closes ? counted.lastIndexOf(open) : counted.indexOf(close);
    defects.push({
      kind: `unbalanced ${open}${close}`,
      family: quotePairs.has(open) ? 'unbalanced quote' : open === '（' ? 'unbalanced ()' : undefined,
      description: `unbalanced ${name}: ${opens} “${open}” against ${closes} “${close}”`,
      excerpt: around(counted, Math.max(0, at), 1),
    });
  }
  const curly = count(text, '“') + count(text, '”') + count(text, '„');
  if (curly % 2 === 1)
    defects.push({ kind: 'unbalanced “”', family: 'unbalanced quote', description: 'an unpaired curly double quote', excerpt: null });
  // Hebrew writes its gershayim (an abbreviation mark: דו"ח, צה"ל) with the straight quote between two letters.
  if ((count(text, '"') - (text.match(gershayim)?.length ?? 0)) % 2 === 1)
    defects.push({ kind: 'unbalanced "', family: 'unbalanced quote', description: 'an unpaired straight double quote', excerpt: null });
  const inverted = count(text, '¿');
  const questions = count(text, '?') + count(text, '？');
  if (inverted > questions)
    defects.push({
      kind: 'unbalanced ¿?',
      description: `“¿” without its closing “?” (${inverted} against ${questions})`,
      excerpt: around(text, text.lastIndexOf('¿'), 1),
    });
  else if (spanish && questions > inverted) {
    defects.push({
      kind: 'unbalanced ¿?',
      description: `a question without its opening “¿” (${questions} “?” against ${inverted})`,
      excerpt: null,
      severity: 'info',
    });
  }
  const invertedBang = count(text, '¡');
  if (invertedBang > count(text, '!') + count(text, '！'))
    defects.push({ kind: 'unbalanced ¡!', description: '“¡” without its closing “!”', excerpt: around(text, text.lastIndexOf('¡'), 1) });
  return defects;
}

function count(text: string, char: string): number {
  let total = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) total++;
  return total;
}

function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 20);
  const end = Math.min(text.length, index + length + 12);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replaceAll(placeholder, '…')}${end < text.length ? '…' : ''}`;
}

function isHeading(unit: UnitSide): boolean {
  return unit.kind === 'heading';
}

function isSentenceBlock(unit: UnitSide): boolean {
  return unit.kind === 'heading' || unit.kind === 'paragraph';
}

/** The block ends with a link whose text supplies the final mark (`see: Is React Translated Yet?`): the mark is the title's. */
function endsInLink(unit: UnitSide): boolean {
  const links = unit.features.links;
  if (links.length === 0) return false;
  const end = unit.features.text.replace(trailing, '').length;
  return links[links.length - 1]!.textEnd >= end;
}

type Ending = 'question' | 'exclamation' | 'statement';

const trailing = /[\s"'“”„«»‹›)）」』】》〉\]\uFFFC*_~]+$/u;
const endings: Record<string, Ending> = {
  '?': 'question',
  '？': 'question',
  '؟': 'question',
  '!': 'exclamation',
  '！': 'exclamation',
  '.': 'statement',
  '。': 'statement',
  '．': 'statement',
};

/** The kind of the block's final mark, closing quotes and brackets set aside; null when it ends without one (or in a colon, an ellipsis). */
function endingKind(text: string): Ending | null {
  const trimmed = text.replace(trailing, '');
  const last = trimmed[trimmed.length - 1];
  if (!last) return null;
  // Japanese questions often end in か。 rather than a question mark.
  if ((last === '。' || last === '．') && trimmed[trimmed.length - 2] === 'か') return 'question';
  // `...` and `…` trail off; they are not statements.
  if (last === '.' && trimmed.endsWith('..')) return null;
  return endings[last] ?? null;
}

function tail(text: string): string {
  const trimmed = text.replace(trailing, '').replaceAll(placeholder, '…');
  const chars = Array.from(trimmed);
  return chars.length > 28 ? `…${chars.slice(-27).join('')}` : trimmed;
}
