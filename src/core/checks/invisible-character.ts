/**
 * Invisible and bidirectional control characters that one side has and the
 * other does not: the Trojan Source class (CVE-2021-42574).
 */
import type { Span } from '../model/types.js';
import type { Check, CheckContext, EmitFinding, Severity } from './types.js';
import type { Side } from '../vocabulary/side.js';

export const invisibleCharacter: Check = {
  id: 'invisible-character',
  severity: 'warning',
  independentOfPairing: true,
  summary:
    'A bidirectional control or an invisible character (zero-width space, joiner, word joiner, soft hyphen, a byte order mark inside the text) that one side has and the other does not.',
  rationale:
    'These characters change what a reader sees without being seen themselves. A bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) reorders the text around it: a command, a URL or a heading can display differently from what it is (the Trojan Source attack, CVE-2021-42574, which GitHub and VS Code warn about); it is an error. A zero-width space, word joiner, soft hyphen or a stray byte order mark breaks search, links and anchors (`In\\u200Bstall` is not `Install`); it is a warning. A translation rarely has a reason to add one the source does not have, and copy-paste from chat tools and machine translation often does. Characters only the source (the left) has are info: the translation is clean, and the source is not the translation’s to fix. Zero-width joiners and non-joiners next to scripts that need them (Arabic, Persian, the Indic scripts, emoji sequences) are part of the text and are not reported. Each character is named in the message by its code point, so every report shows it visibly.',
  bad: {
    left: '## Install\n\nRun `npm install` and then open the settings.\n',
    right: '## In\u200Bstallieren\n\nFühren Sie `npm install` aus und öffnen Sie dann die \u202EEinstellungen\u202C.\n',
    note: 'The German heading has a zero-width space inside a word, and the paragraph a right-to-left override that reverses “Einstellungen” on screen.',
  },
  good: {
    left: '## Settings\n\nOpen the settings and choose a language.\n',
    right: '## تنظیمات\n\nتنظیمات را باز کنید و یک زبان انتخاب کنید. می‌توانید آن را بعداً تغییر دهید.\n',
    note: 'The Persian text uses a zero-width non-joiner (in “می‌توانید”), which Persian needs: not reported.',
  },
  run(context, report) {
    // One scan of each text; each block then takes its hits by binary search (linear overall).
    const all = { left: hiddenIn(context.left.text), right: hiddenIn(context.right.text) };
    if (all.left.length === 0 && all.right.length === 0) return;
    for (const [index, row] of context.alignment.rows.entries()) {
      const left = row.left === null ? null : context.left.blocks[row.left];
      const right = row.right === null ? null : context.right.blocks[row.right];
      const found = { left: left ? within(all.left, left.span) : [], right: right ? within(all.right, right.span) : [] };
      for (const side of ['left', 'right'] as const) {
        const other = side === 'left' ? 'right' : 'left';
        const otherCodes = new Set(found[other].map((hit) => hit.code));
        const only = found[side].filter((hit) => !otherCodes.has(hit.code));
        if (only.length === 0) continue;
        reportSide(context, report, side, only, index, left?.span ?? null, right?.span ?? null);
      }
    }
  },
};

interface Hit {
  code: number;
  /** Offset in the document text. */
  offset: number;
}

const names: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const hidden = /[\u00AD\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const bidi = (code: number) => (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
// Scripts (and emoji sequences) in which joiners and non-joiners are part of the text.
const joiningContext =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Mongolian}\p{Script=Tibetan}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]/u;

/** The hits of a span, from the document's sorted hits. */
function within(hits: Hit[], span: { start: number; end: number }): Hit[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.offset < span.start) low = mid + 1;
    else high = mid;
  }
  const out: Hit[] = [];
  for (let i = low; i < hits.length && hits[i]!.offset < span.end; i++) out.push(hits[i]!);
  return out;
}

function hiddenIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(hidden)) {
    const code = match[0].charCodeAt(0);
    // A BOM at the very start of the file is the file's encoding mark, not text.
    if (code === 0xfeff && match.index === 0) continue;
    if ((code === 0x200c || code === 0x200d) && joins(text, match.index)) continue;
    hits.push({ code, offset: match.index });
  }
  return hits;
}

/** True when a joiner sits next to a script (or an emoji) that uses it. */
function joins(text: string, offset: number): boolean {
  const before = String.fromCodePoint(text.codePointAt(Math.max(0, offset - 2)) ?? 0x20);
  const beforeOne = text[offset - 1] ?? ' ';
  const after = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0x20);
  return joiningContext.test(beforeOne) || joiningContext.test(before) || joiningContext.test(after);
}

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** A few characters around the first hit, each hidden character written as ⟨U+XXXX⟩. */
function excerpt(text: string, offset: number): string {
  const start = Math.max(0, offset - 12);
  const end = Math.min(text.length, offset + 13);
  // Markers first: `\s` matches U+FEFF, which must be named, not turned into a space.
  const inner = text
    .slice(start, end)
    .replace(hidden, (char) => `⟨${codePoint(char.charCodeAt(0))}⟩`)
    .replace(/\s+/g, ' ');
  return `“${start > 0 ? '…' : ''}${inner}${end < text.length ? '…' : ''}”`;
}

function reportSide(
  context: CheckContext,
  report: EmitFinding,
  side: Side,
  hits: Hit[],
  row: number,
  leftSpan: Span | null,
  rightSpan: Span | null,
): void {
  const document = context[side];
  const codes = [...new Set(hits.map((hit) => hit.code))];
  // Characters only the source has are not the translation's to fix (the translator dropped them): info.
  const sourceOnly = side === 'left';
  const severity: Severity = sourceOnly ? 'info' : codes.some(bidi) ? 'error' : 'warning';
  const listed = codes.map((code) => `${codePoint(code)} ${names[code]} (${hits.filter((hit) => hit.code === code).length}×)`).join(', ');
  const at = hits[0]!;
  const span = (side === 'left' ? leftSpan : rightSpan)!;
  const line = lineOf(document.text, span.start, span.line, at.offset);
  const other = side === 'left' ? 'right' : 'left';
  report({
    message: `The ${side} has ${hits.length === 1 ? 'an invisible character' : `${hits.length} invisible characters`} the ${other} does not: ${listed}, first at line ${line}: ${excerpt(document.text, at.offset)}${codes.some(bidi) ? '; a bidirectional control can make text display differently from what it is (Trojan Source)' : ''}${sourceOnly ? '; only the source has them, the translation is clean' : ''}.`,
    left: leftSpan,
    right: rightSpan,
    row,
    severity,
  });
}

/** The line of `offset`, counted from the block's start (whose line is known), so each report costs the block's length only. */
function lineOf(text: string, from: number, fromLine: number, offset: number): number {
  let line = fromLine;
  for (let i = from; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
