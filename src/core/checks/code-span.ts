/** Aligned blocks whose inline code differs: code is not translated. */
import { pairedContent, type UnitSide } from './units.js';
import type { CodeToken, DocumentModel } from '../model/types.js';
import type { Check } from './types.js';
import { localisedNames, readsLocalised, type NameTests } from './localised-names.js';

export const codeSpan: Check = {
  id: 'code-span',
  severity: 'warning',
  summary: 'Aligned paragraphs, items, headings or cells contain different inline code.',
  rationale:
    'Inline code names things the reader types or looks for: commands, options, functions, file names. Translating it, or changing it by accident, sends the reader looking for something that does not exist. Inline code is compared per aligned block (per aligned item in lists) as a multiset, so reordered clauses do not matter. Placeholders that are meant to be translated (`{{path/to/file}}` in tldr pages, `<名前>`) may differ. Code on one side that the other side writes as plain text is reported as info: the formatting differs, not the code. So is code the other document has elsewhere (a translator naming the variable the original calls “it”), text set as code (string literals, UI labels, sentences) translated with the page, code whose string literals or text between tags alone differ (`alt="유용한 설명"` for `alt="a helpful description"`), localised example URLs, and made-up example names the translation localised (`my-project` → `mon-projet`, `ACTION_NAME` → `NOMBRE_DE_ACCIÓN`, when the translation never uses the original name and its own reads as its language; the same rule as for code blocks). So is the same code split or spanned differently (`async / await` against `async` and `await`; `Node 18.14.1` against Node `18.14.1`).',
  bad: {
    left: 'Führen Sie `npm run build` aus und öffnen Sie dann `dist/index.html`.\n',
    right: 'Ejecute `npm ejecutar build` y abra después `dist/index.html`.\n',
    note: 'The Spanish command was translated: `npm ejecutar build` does not exist.',
  },
  good: {
    left: 'Führen Sie `npm run build` aus und öffnen Sie dann `dist/index.html`.\n',
    right: 'Abra `dist/index.html` después de ejecutar `npm run build`.\n',
    note: 'The same code, in another order.',
  },
  run(context, emit) {
    let known: { left: DocumentCode; right: DocumentCode } | null = null;
    // An example name the translation localised (`my-project` → `mon-projet`, `yourcompany` → `votreentreprise`):
    // the left's name is made up (`your…`, `my…`, `old-…`, `ACTION_NAME`; a `<placeholder>` always), the right document never uses it (it
    // keeps a keyword such as `async` elsewhere), and the right's name reads as its language. `run` or `useState` are
    // not made-up names: `npm ejecutar build` and `useStat` stay warnings.
    const names: NameTests = {
      localised: readsLocalised(context.left.text),
      ownName: (name) => madeUpName.test(name) && !context.right.text.includes(name),
    };
    for (const { row, left, right } of pairedContent(context.units)) {
      if (left.features.codes.length === 0 && right.features.codes.length === 0) continue;
      const { onlyLeft, onlyRight } = unmatchedCodes(left.features.codes, right.features.codes);
      if (onlyLeft.length === 0 && onlyRight.length === 0) continue;
      known ??= { left: documentCode(context.left), right: documentCode(context.right) };
      // Written differently (`<Card>` against `Card`, `160픽셀` against `160`), or as plain text on the other side.
      const loose = pairLoosely(onlyLeft, onlyRight);
      const plainLeft = onlyLeft.filter((code) => !loose.has(code) && writtenAsText(code.value, right));
      const plainRight = onlyRight.filter((code) => !loose.has(code) && writtenAsText(code.value, left));
      const restLeft = onlyLeft.filter((code) => !loose.has(code) && !plainLeft.includes(code));
      const restRight = onlyRight.filter((code) => !loose.has(code) && !plainRight.includes(code));
      // Code the other document has elsewhere: a translator naming what the original calls “it”, or the reverse.
      // Text set as code (a string literal, words, a translated label) may be translated with the text around it.
      // Example URLs are localised too (`https://docs.ejemplo.es/` against `https://docs.esempio.it/`).
      const textual =
        restLeft.length === 0 || restRight.length === 0
          ? restLeft.concat(restRight).every((code) => translatedLabel(code.value))
          : (restLeft.every((code) => textLike(code.value)) && restRight.every((code) => textLike(code.value))) ||
            restLeft.concat(restRight).every((code) => urlLike.test(code.value.trim())) ||
            sameButStrings(restLeft, restRight);
      const respanned = !textual && spannedDifferently(restLeft, restRight, left, right);
      const renamed =
        !textual && !respanned && restLeft.length > 0 && restRight.length > 0
          ? localisedNames(joined(restLeft), joined(restRight), null, names)
          : null;
      const newLeft = textual || renamed || respanned ? [] : restLeft.filter((code) => !knows(known!.right, code.value));
      const newRight = textual || renamed || respanned ? [] : restRight.filter((code) => !knows(known!.left, code.value));
      if (restLeft.length > 0 || restRight.length > 0) {
        emit({
          message: renamed
            ? `${describe(restLeft, restRight).slice(0, -1)} (example names the translation localised: ${renamed}).`
            : respanned
              ? `${describe(restLeft, restRight).slice(0, -1)} (the same code, split or spanned differently).`
              : describe(restLeft, restRight),
          left: restLeft[0]?.span ?? left.span,
          right: restRight[0]?.span ?? right.span,
          row,
          severity: newLeft.length > 0 || newRight.length > 0 ? undefined : 'info',
        });
      }
      const looseLeft = onlyLeft.filter((code) => loose.has(code));
      const looseRight = onlyRight.filter((code) => loose.has(code));
      if (looseLeft.length + plainLeft.length + plainRight.length > 0) {
        const parts: string[] = [];
        if (looseLeft.length > 0)
          parts.push(
            looseLeft
              .slice(0, 3)
              .map((code, k) => `the left writes ${show(code)} where the right writes ${show(looseRight[k]!)}`)
              .join('; '),
          );
        if (plainLeft.length > 0) parts.push(`the left formats ${plainLeft.slice(0, 3).map(show).join(', ')} as code, the right as plain text`);
        if (plainRight.length > 0) parts.push(`the right formats ${plainRight.slice(0, 3).map(show).join(', ')} as code, the left as plain text`);
        emit({
          message: `Inline code written differently: ${parts.join('; ')}.`,
          left: looseLeft[0]?.span ?? plainLeft[0]?.span ?? left.span,
          right: looseRight[0]?.span ?? plainRight[0]?.span ?? right.span,
          row,
          severity: 'info',
        });
      }
    }
  },
};

/** A made-up name: `your-site`, `myComponent`, `old-path`, or an all-caps placeholder (`ACTION_NAME`); not `max-len`, a real rule's name. */
const madeUpPrefix = /^(?:your|my|example|custom|old|new|some)/i;
const madeUpNext = /^(?:$|[-_\p{Lu}\p{N}])/u;
const capsPlaceholder = /^\p{Lu}+(?:_\p{Lu}+)+$/u;
const madeUpName = {
  test(name: string): boolean {
    const prefix = madeUpPrefix.exec(name)?.[0];
    if (prefix === undefined) return capsPlaceholder.test(name);
    // `yourdomain`, `mysite` run on in lower case; `newer` or `somewhere` are words.
    return madeUpNext.test(name.slice(prefix.length)) || /^(?:your|my)$/i.test(prefix);
  },
};
const urlLike = /^(?:https?:\/\/|www\.)\S+$/;
const stringLiteral = /^(["'`]).*\1$/s;
const codePunctuation = /[(){}[\]=;<>$.:/\\|&*+]/;
const wordsOnly = /^[\p{L}\p{M}\p{N}'’ .,:!?-]+$/u;
/** A UI label: `Send`, `Save changes` (not `useState` or `ErrorBoundary`). */
const label = /^\p{Lu}\p{Ll}+(?: \p{L}+)*[.!?]?$/u;
const capital = /\p{Lu}/u;
const prosePunctuation = /[(){}[\]=;<>$/\\|&*+_`"]/;
const nonAsciiLetter = /[^\x00-\x7F]/;

/** A value that reads as text: a string literal, words without code punctuation, or anything with non-ASCII letters (translated). */
function textLike(value: string): boolean {
  const trimmed = value.trim();
  if (stringLiteral.test(trimmed) || nonAsciiLetter.test(trimmed) || label.test(trimmed)) return true;
  // Three words or more with a capital (`1. Project Architecture Practices`), not a command (`npm run build`).
  return trimmed.split(' ').length >= 3 && wordsOnly.test(trimmed) && !prosePunctuation.test(trimmed) && capital.test(trimmed);
}

/** A label in the translation's own script set as code (`发送`, `是否显示`): UI text, translated with the page. */
function translatedLabel(value: string): boolean {
  return nonAsciiLetter.test(value) && !codePunctuation.test(value);
}

function describe(onlyLeft: CodeToken[], onlyRight: CodeToken[]): string {
  if (onlyLeft.length > 0 && onlyRight.length > 0) {
    const pairs = onlyLeft
      .slice(0, 3)
      .map((code, k) => (onlyRight[k] ? `the left has ${showPair(code, onlyRight[k])}` : `only the left has ${show(code)}`));
    if (onlyRight.length > onlyLeft.length) pairs.push(`only the right has ${onlyRight.slice(onlyLeft.length).slice(0, 3).map(show).join(', ')}`);
    return `Inline code differs: ${pairs.join('; ')}${onlyLeft.length > 3 ? '; …' : ''}.`;
  }
  if (onlyLeft.length > 0)
    return `Inline code missing on the right: the left has ${onlyLeft.slice(0, 4).map(show).join(', ')}${onlyLeft.length > 4 ? ', …' : ''}, the right does not.`;
  return `Inline code added on the right: the right has ${onlyRight.slice(0, 4).map(show).join(', ')}${onlyRight.length > 4 ? ', …' : ''}, the left does not.`;
}

/** What a document has as code anywhere: inline code values and the words of its code. */
interface DocumentCode {
  values: Set<string>;
  words: Set<string>;
}

const codeWord = /[A-Za-z_$][\w$.-]*/g;

function documentCode(document: DocumentModel): DocumentCode {
  const values = new Set<string>();
  const words = new Set<string>();
  const addWords = (value: string) => {
    for (const match of value.matchAll(codeWord)) words.add(match[0].replace(/[.-]+$/, ''));
  };
  for (const block of document.blocks) {
    for (const code of block.features.codes) {
      values.add(code.value.trim());
      values.add(looseForm(code.value));
      addWords(code.value);
    }
    if (block.code) addWords(block.code.value);
  }
  return { values, words };
}

function knows(document: DocumentCode, value: string): boolean {
  const trimmed = value.trim();
  if (document.values.has(trimmed) || document.values.has(looseForm(value))) return true;
  const words = trimmed.match(codeWord);
  return words !== null && words.length === 1 && words[0] === trimmed && document.words.has(trimmed);
}

/** Leftover codes that equal a leftover on the other side once written loosely; returns both members of each pair. */
function pairLoosely(left: CodeToken[], right: CodeToken[]): Set<CodeToken> {
  const paired = new Set<CodeToken>();
  if (left.length === 0 || right.length === 0) return paired;
  const pool = new Map<string, CodeToken[]>();
  for (const code of right) {
    const key = looseForm(code.value);
    const list = pool.get(key);
    if (list) list.push(code);
    else pool.set(key, [code]);
  }
  for (const code of left) {
    const match = pool.get(looseForm(code.value))?.shift();
    if (match) {
      paired.add(code);
      paired.add(match);
    }
  }
  return paired;
}

const annotation = /\(?[^\x00-\x7F\s()]+(?:\s+[^\x00-\x7F\s()]+)*\)?/g;
const wrapper = /[<>/"'`()\s;]|\.\.\./g;

const closingPunctuation = /(?<=.)[.,;:!?。、，；：！？]+$/u;

/**
 * Code with translated annotations (`경고창(alert)`, `160픽셀`), wrappers (`<…>`, quotes, `()`), spacing and the
 * sentence's closing punctuation (`useEffect.` in a source that put the period inside the span) removed.
 */
function looseForm(value: string): string {
  return value.replace(annotation, '').replace(wrapper, '').replace(closingPunctuation, '');
}

/** Code values on one side only, after exact matching and then matching with translatable placeholders blanked. */
function unmatchedCodes(left: readonly CodeToken[], right: readonly CodeToken[]): { onlyLeft: CodeToken[]; onlyRight: CodeToken[] } {
  let onlyLeft = [...left];
  let onlyRight = [...right];
  for (const normalize of [(value: string) => value.trim(), placeholderForm]) {
    if (onlyLeft.length === 0 || onlyRight.length === 0) break;
    const pool = new Map<string, CodeToken[]>();
    for (const code of onlyRight) {
      const key = normalize(code.value);
      const list = pool.get(key);
      if (list) list.push(code);
      else pool.set(key, [code]);
    }
    const used = new Set<CodeToken>();
    onlyLeft = onlyLeft.filter((code) => {
      const match = pool.get(normalize(code.value))?.shift();
      if (match) used.add(match);
      return !match;
    });
    onlyRight = onlyRight.filter((code) => !used.has(code));
  }
  return { onlyLeft, onlyRight };
}

const mustachePlaceholder = /\{\{[^{}]*\}\}/g;
const translatedPlaceholder = /<[^<>]*[^\x00-\x7F][^<>]*>|\[[^[\]]*[^\x00-\x7F][^[\]]*\]/g;
const translatedString = /(["'`])(?:(?!\1)[^\\\n]|\\.)*[^\x00-\x7F](?:(?!\1)[^\\\n]|\\.)*\1/g;
const space = /\s+/g;

/** Code with the parts a translator may translate blanked: `{{…}}` placeholders, non-ASCII `<…>` placeholders and string literals. */
function placeholderForm(value: string): string {
  return value.replace(mustachePlaceholder, '{{}}').replace(translatedPlaceholder, '<>').replace(translatedString, '""').replace(space, ' ').trim();
}

const anyString = /(["'`])(?:(?!\1)[^\\\n]|\\.)*\1|>[^<>{}\n]*</g;

/**
 * The same code once string literals and text between tags are blanked, one for one: an example's strings translated
 * (`alt="유용한 설명"`, `{ slug: 'mi-artículo' }`, `<p>Sigo estudiando.</p>`).
 */
function sameButStrings(left: CodeToken[], right: CodeToken[]): boolean {
  if (left.length !== right.length) return false;
  const blank = (code: CodeToken) =>
    code.value
      .replace(anyString, (text) => (text.startsWith('>') ? '><' : '""'))
      .replace(space, ' ')
      .trim();
  const forms = left.map(blank);
  if (forms.every((form, k) => form === left[k]!.value.trim())) return false;
  const rest = right.map(blank).sort();
  return forms.sort().every((form, k) => form === rest[k]);
}

/** The code value appears in the unit's plain text outside code (case-insensitive for words). */
function writtenAsText(value: string, unit: UnitSide): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  return unit.prose.toLowerCase().includes(trimmed.toLowerCase());
}

/** Two long values that differ late are shown around their first difference. */
function showPair(left: CodeToken, right: CodeToken): string {
  const a = left.value.replace(/\s+/g, ' ').trim();
  const b = right.value.replace(/\s+/g, ' ').trim();
  if (Array.from(a).length <= 40 && Array.from(b).length <= 40) return `${show(left)} where the right has ${show(right)}`;
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 15);
  const cut = (value: string) => `\`${from > 0 ? '…' : ''}${value.slice(from, from + 35)}${value.length > from + 35 ? '…' : ''}\``;
  return `${cut(a)} where the right has ${cut(b)}`;
}

const spanSeparators = /[\s/,、，]+/g;

/**
 * The same code split or spanned differently: `async / await` as one span against `async` and `await`, or
 * `Node 18.14.1` against `18.14.1` after the word Node in the text. Either the codes of both sides read the same
 * once joined without spaces and separators, or each code one side has contains one the other side has, and the rest
 * of it is text the other side writes next to it.
 */
function spannedDifferently(onlyLeft: CodeToken[], onlyRight: CodeToken[], left: UnitSide, right: UnitSide): boolean {
  if (onlyLeft.length === 0 || onlyRight.length === 0) return false;
  const flat = (codes: CodeToken[]) => codes.map((code) => code.value.replace(spanSeparators, '')).join('');
  if (flat(onlyLeft) === flat(onlyRight)) return true;
  if (onlyLeft.length !== onlyRight.length) return false;
  const widened = (wide: CodeToken, narrow: CodeToken[], narrowSide: UnitSide) =>
    narrow.some((code) => {
      const inner = code.value.trim();
      if (inner.length < 2 || !wide.value.includes(inner)) return false;
      const rest = wide.value.replace(inner, ' ').trim();
      const text = narrowSide.prose.toLowerCase();
      return rest.length > 0 && rest.split(spanSeparators).every((word) => word === '' || text.includes(word.toLowerCase()));
    });
  return onlyRight.every((code) => widened(code, onlyLeft, left)) || onlyLeft.every((code) => widened(code, onlyRight, right));
}

/** Inline code values as one code text, one per line, for the name comparison. */
function joined(codes: readonly CodeToken[]): string {
  return codes.map((code) => code.value.replace(space, ' ').trim()).join('\n');
}

function show(code: CodeToken): string {
  const value = code.value.replace(/\s+/g, ' ').trim();
  const chars = Array.from(value);
  return `\`${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value}\``;
}
