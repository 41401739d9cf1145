/**
 * Numbers as values, whatever the local format: `1,000.50`, `1.000,50`,
 * `1 000,50` and `1000.5` are one value; Arabic-Indic and full-width digits
 * are digits. Each number written in a unit becomes one or more items with a
 * canonical key (and an alternative one when the format is ambiguous:
 * `1,000` is a thousand in English and one in German), plus what may excuse
 * it from having a counterpart: the month of a numeric date (the other side
 * may name the month), a small integer (the other side may write it out).
 */
import { toAsciiDigits } from '../model/features.js';
import type { BlockFeatures, NumberToken } from '../model/types.js';
import { locate } from './prose.js';

export interface NumberItem {
  /** As written. */
  raw: string;
  /** Canonical value: `1000.5`, or the digit groups joined by dots for versions and the like (`18.2.0`). */
  key: string;
  /** Another reading of an ambiguous format, or null. */
  alt: string | null;
  /** The month of a numeric date: the other side may name it instead. */
  soft: boolean;
  /** A lone integer up to twelve: the other side may write it out. */
  small: boolean;
  /** Offset in the document text, or -1 when it could not be found there. */
  offset: number;
  token: NumberToken;
}

const arabicSeparators = new Set(['\u066B', '\u066C']);
// The apostrophe groups thousands in Swiss typesetting, typed (') or typographic (’).
const spaceSeparators = new Set([' ', '\u00A0', '\u202F', '\u2009', "'", '\u2019']);
const groupPattern = /\d+|[^\d]/g;
const arabicDecimal = /\u066B/g;
const fullWidthComma = /\uFF0C/g;

/** The numbers of a unit, read in context from the document text. */
export function unitNumbers(features: BlockFeatures, text: string, unitStart: number, unitEnd: number, language: string | null): NumberItem[] {
  const items: NumberItem[] = [];
  let cursor = unitStart;
  const longBillion = language !== null && longScale.has(language.split(/[-_]/)[0]!.toLowerCase());
  const tokens = features.numbers;
  for (let k = 0; k < tokens.length; k++) {
    let token = tokens[k]!;
    const offset = locate(text, token.raw, token.span.start, cursor, unitEnd);
    // Arabic decimal and thousands separators (٫ ٬) split a number into two tokens in the model: join them.
    while (
      offset >= 0 &&
      k + 1 < tokens.length &&
      arabicSeparators.has(text[offset + token.raw.length] ?? '') &&
      text.startsWith(tokens[k + 1]!.raw, offset + token.raw.length + 1)
    ) {
      const next = tokens[++k]!;
      token = { ...token, raw: `${token.raw}${text[offset + token.raw.length]}${next.raw}`, digits: `${token.digits}|${next.digits}` };
    }
    if (offset >= 0) cursor = offset + token.raw.length;
    if (offset >= 0 && ignoredContext(text, offset, token.raw.length)) continue;
    const first = items.length;
    readToken(token, offset, text, items);
    // A scale word after the number (`78 million`, `7800 万`) multiplies the last number read.
    const last = items[items.length - 1];
    if (offset >= 0 && last && items.length > first) {
      const exponent = scaleAfter(text, offset + token.raw.length, longBillion);
      if (exponent > 0 && /^\d+(?:\.\d+)?$/.test(last.key)) {
        items[items.length - 1] = { ...last, key: scaled(last.key, exponent), alt: last.key, small: false };
      }
    }
  }
  const han = hanNumbers(text, unitStart, unitEnd);
  if (han.length === 0) return items;
  return [...items, ...han].sort((a, b) => a.offset - b.offset);
}

const hanDigits = new Map(Array.from('〇一二三四五六七八九').map((char, value) => [char, value]));
hanDigits.set('零', 0).set('两', 2).set('兩', 2);
const hanSmallUnits = new Map([
  ['十', 1],
  ['百', 2],
  ['千', 3],
]);
const hanLargeUnits = new Map([
  ['万', 4],
  ['萬', 4],
  ['亿', 8],
  ['億', 8],
  ['兆', 12],
]);
/**
 * A number written in Han numerals with a scale word, `一千万`, `三億`, `两千五百万`: a digit first (so `万一`, “just in
 * case”, and `千万`, “by all means”, are words), and a large unit (万, 億, 兆) or 千 in it, so `一个`, `十分` and
 * `一百` in prose stay words.
 */
const hanNumber = /[一二三四五六七八九两兩][〇零一二三四五六七八九两兩十百千万萬亿億兆]*[千万萬亿億兆][〇零一二三四五六七八九两兩十百千万萬亿億兆]*/g;

/** The value of a Han numeral (`一千万` → 10000000), or null when it does not read as one. */
function hanValue(numeral: string): bigint | null {
  let total = 0n;
  let section = 0n;
  let digit: bigint | null = null;
  let lastLarge = Infinity;
  for (const char of numeral) {
    const value = hanDigits.get(char);
    if (value !== undefined) {
      if (digit !== null && value !== 0) return null;
      digit = BigInt(value);
      continue;
    }
    const small = hanSmallUnits.get(char);
    if (small !== undefined) {
      section += (digit ?? 1n) * 10n ** BigInt(small);
      digit = null;
      continue;
    }
    const large = hanLargeUnits.get(char)!;
    if (large >= lastLarge) return null;
    lastLarge = large;
    total += (section + (digit ?? 0n)) * 10n ** BigInt(large);
    section = 0n;
    digit = null;
  }
  return total + section + (digit ?? 0n);
}

function hanNumbers(text: string, unitStart: number, unitEnd: number): NumberItem[] {
  const items: NumberItem[] = [];
  const unit = text.slice(unitStart, unitEnd);
  for (const match of unit.matchAll(hanNumber)) {
    const value = hanValue(match[0]);
    if (value === null || value === 0n) continue;
    const offset = unitStart + match.index;
    const span = { line: 0, column: 0, endLine: 0, endColumn: 0, start: offset, end: offset + match[0].length };
    const token: NumberToken = { raw: match[0], digits: value.toString(), span };
    items.push({ raw: match[0], key: value.toString(), alt: null, soft: false, small: false, offset, token });
  }
  return items;
}

/** Languages whose `billion` is 10^12 (the long scale). */
const longScale = new Set(['de', 'fr', 'es', 'pl', 'no', 'nb', 'nn', 'da', 'sv', 'nl', 'it', 'fi', 'is', 'cs', 'sk', 'hu', 'hr', 'sl', 'ro']);

const scaleWords = new Map<string, number>([
  ...[
    'thousand',
    'thousands',
    'tausend',
    'mille',
    'mil',
    'tysiąc',
    'tysiące',
    'tysięcy',
    'tys',
    'tusen',
    'tūkst',
    'тысяча',
    'тысячи',
    'тысяч',
    'тыс',
    'ألف',
    'آلاف',
  ].map((word) => [word, 3] as const),
  ...[
    'million',
    'millions',
    'millionen',
    'millón',
    'millones',
    'milion',
    'miliony',
    'milionów',
    'mln',
    'mio',
    'millioner',
    'milhão',
    'milhões',
    'milioni',
    'miljoen',
    'miljoner',
    'миллион',
    'миллиона',
    'миллионов',
    'млн',
    'مليون',
    'ملايين',
  ].map((word) => [word, 6] as const),
  ...[
    'milliarde',
    'milliarden',
    'milliard',
    'milliards',
    'miliard',
    'miliardy',
    'miliardów',
    'mld',
    'mrd',
    'milliarder',
    'miliardo',
    'miliardi',
    'miljard',
    'bilhão',
    'bilhões',
    'миллиард',
    'миллиарда',
    'миллиардов',
    'млрд',
    'مليار',
    'مليارات',
  ].map((word) => [word, 9] as const),
  ...['trillion', 'trillions', 'billón', 'billones', 'bilion', 'biliony', 'bilionów', 'триллион', 'трлн'].map((word) => [word, 12] as const),
]);
const attachedScales = new Map<string, number>([
  ['k', 3],
  ['K', 3],
  ['M', 6],
  ['B', 9],
  ['bn', 9],
]);
const cjkScales = new Map<string, number>([
  ['百万', 6],
  ['千万', 7],
  ['백만', 6],
  ['천만', 7],
  ['千', 3],
  ['천', 3],
  ['万', 4],
  ['萬', 4],
  ['만', 4],
  ['億', 8],
  ['亿', 8],
  ['억', 8],
  ['兆', 12],
  ['조', 12],
]);
const wordAfter = /^[ \u00A0\u202F]?(\p{L}{1,12})(?!\p{L})/u;
const milMillones = /^[ \u00A0]?mil\s+millones/i;
const attachedAfter = /^(bn|[kKMB])(?![\p{L}\p{N}])/u;

/** Power of ten that a scale word right after the number stands for, or 0. */
function scaleAfter(text: string, end: number, longBillion: boolean): number {
  const after = text.slice(end, end + 16);
  const attached = attachedAfter.exec(after);
  if (attached) return attachedScales.get(attached[1]!)!;
  const cjk = after.replace(/^[ \u00A0\u202F]/, '');
  const two = cjkScales.get(cjk.slice(0, 2));
  if (two) return two;
  const one = cjkScales.get(cjk.slice(0, 1));
  if (one) return one;
  const word = wordAfter.exec(after)?.[1]?.toLowerCase();
  if (!word) return 0;
  if (word === 'billion' || word === 'billions' || word === 'billionen') return longBillion || word === 'billionen' ? 12 : 9;
  if (word === 'mil' && milMillones.test(after)) return 9;
  return scaleWords.get(word) ?? 0;
}

function scaled(key: string, exponent: number): string {
  const [integer, fraction = ''] = key.split('.') as [string, string?];
  const digits = fraction.padEnd(exponent, '0');
  return canonical(integer + digits.slice(0, exponent), digits.slice(exponent));
}

/** Splits a token at separators that cannot be grouping or decimal marks and reads each number. */
function readToken(token: NumberToken, offset: number, text: string, items: NumberItem[]): void {
  // ٫ is the Arabic decimal mark, read as `.`; ，the full-width comma a Japanese IME types, read as `,` (one character each, offsets hold).
  const parts = toAsciiDigits(token.raw).replace(arabicDecimal, '.').replace(fullWidthComma, ',').match(groupPattern) ?? [];
  // parts alternate: digits, separator, digits, …
  let current: string[] = [parts[0] ?? ''];
  let relative = 0;
  for (let k = 1; k < parts.length; k += 2) {
    const separator = parts[k]!;
    const next = parts[k + 1] ?? '';
    if (spaceSeparators.has(separator) && !continuesGrouping(current, separator, next)) {
      pushNumber(current, token, offset, relative, text, items);
      relative += current.join('').length + separator.length;
      current = [next];
      continue;
    }
    current.push(separator, next);
  }
  pushNumber(current, token, offset, relative, text, items);
}

/** `1 000` and `12 345 678` are one number; `2024 3` and `1,5 2` are two. */
function continuesGrouping(current: readonly string[], separator: string, next: string): boolean {
  if (next.length !== 3 || current[0]!.length > 3) return false;
  for (let i = 1; i < current.length; i += 2) {
    if (current[i] !== separator || current[i + 1]!.length !== 3) return false;
  }
  return true;
}

function pushNumber(parts: string[], token: NumberToken, tokenOffset: number, relative: number, text: string, items: NumberItem[]): void {
  if (parts.length === 0) return;
  const raw = token.raw.slice(relative, relative + parts.join('').length);
  const offset = tokenOffset < 0 ? -1 : tokenOffset + relative;
  const groups = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  const base = { raw, offset, token, soft: false };

  if (separators.length === 0) {
    const key = canonical(groups[0]!, '');
    items.push({
      ...base,
      key,
      alt: null,
      small: groups[0]!.length <= 2 && Number(key) <= 12,
      soft: offset >= 0 && monthContext(text, offset, raw.length),
    });
    return;
  }
  // A dotted date (3.3.2024, 2024.03.03): three numbers, the month soft.
  if (separators.length === 2 && separators[0] === '.' && separators[1] === '.' && isDate(groups)) {
    const yearFirst = groups[0]!.length === 4;
    groups.forEach((group, i) => {
      const month = i === 1 || (!yearFirst && i === 0 && Number(groups[1]) > 12);
      items.push({ ...base, key: canonical(group, ''), alt: null, small: false, soft: month || (!yearFirst && i === 0) });
    });
    return;
  }
  const readings = interpret(groups, separators);
  if (readings.length > 0) {
    items.push({ ...base, key: readings[0]!, alt: readings[1] ?? null, small: false });
    return;
  }
  items.push({ ...base, key: groups.map((group) => canonical(group, '')).join('.'), alt: null, small: false });
}

/**
 * Readings of digit groups and separators as one number: grouped thousands
 * with an optional decimal part. Empty when they are not one number (a
 * version, a list written without spaces).
 */
function interpret(groups: string[], separators: string[]): string[] {
  const last = separators[separators.length - 1]!;
  const readings: string[] = [];
  const sameSeparator = (count: number, separator: string | null) =>
    separators.slice(0, count - 1).every((s) => s === separator || (separator === ' ' && spaceSeparators.has(s)));
  // Thousands (1,234,567) or, with commas, Indian lakh grouping (12,34,567: groups of two, then the last three).
  const groupingValid = (count: number, separator: string | null) =>
    sameSeparator(count, separator) &&
    ((groups[0]!.length <= 3 && groups.slice(1, count).every((group) => group.length === 3)) ||
      (separator === ',' &&
        count >= 3 &&
        groups[0]!.length <= 2 &&
        groups.slice(1, count - 1).every((group) => group.length === 2) &&
        groups[count - 1]!.length === 3));
  const grouping = separators[0]!;
  const groupingKind = spaceSeparators.has(grouping) ? ' ' : grouping;
  // All separators the same: grouping, or (one separator) a decimal mark.
  if (separators.every((s) => s === grouping)) {
    if (groupingValid(groups.length, groupingKind)) readings.push(canonical(groups.join(''), ''));
    if (separators.length === 1 && (grouping === '.' || grouping === ',')) readings.push(canonical(groups[0]!, groups[1]!));
    return readings;
  }
  // Grouping marks, then a different decimal mark.
  if ((last === '.' || last === ',') && groupingValid(groups.length - 1, groupingKind) && separators.slice(0, -1).every((s) => s !== last)) {
    readings.push(canonical(groups.slice(0, -1).join(''), groups[groups.length - 1]!));
  }
  return readings;
}

function canonical(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '');
  const decimals = fraction.replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

function isDate(groups: string[]): boolean {
  const [a, b, c] = groups.map(Number) as [number, number, number];
  if (groups[0]!.length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (groups[2]!.length === 4 || groups[2]!.length === 2) return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
  return false;
}

const isoBefore = /\d{4}[-/]$/;
const isoAfter = /^[-/]\d{1,2}(?!\d)/;
const slashFirstAfter = /^\/\d{1,2}\/\d{2,4}(?!\d)/;
const slashSecondBefore = /(?:^|\D)\d{1,2}\/$/;
const slashSecondAfter = /^\/\d{2,4}(?!\d)/;
const cjkMonthAfter = /^\s?[月월]/;

/** True for the month (or a part that may be the month) of a date written with digits. */
function monthContext(text: string, offset: number, length: number): boolean {
  const before = text.slice(Math.max(0, offset - 6), offset);
  const after = text.slice(offset + length, offset + length + 8);
  if (cjkMonthAfter.test(after)) return true;
  if (isoBefore.test(before) && isoAfter.test(after)) return true;
  if (slashFirstAfter.test(after) && !/\d[-/.]$/.test(before)) return true;
  return slashSecondBefore.test(before) && slashSecondAfter.test(after);
}

/** Characters of URLs, paths and addresses: a number inside a run of them is part of a name. */
const pathChar = /[A-Za-z0-9._\-/:@~%+#?=&\\]/;

const pathLike = /[A-Za-z_][\\/]|[\\/][A-Za-z_]/;
const rateUnit = /^[\d.,]+[A-Za-z]*\/[A-Za-z]{1,4}\.?$/;

/**
 * Digits glued to Latin letters that are part of a name, not a quantity: after a short prefix of one to three
 * letters (`h2`, `x86`, `utf8`, `es2022`, `IPv6`, `sha256`), between letters (`i18n`, `a11y`, `k8s`,
 * `base64url`), and after an upper-case abbreviation and a hyphen (`UTF-8`, `SHA-256`). A longer word before the
 * digits is a name and its version (`Docker18.09`, `React18`, `Base32` against "base 32"), a lone `v` marks a
 * version (`v18`), and letters after a digit are a unit (`1h20m`, `10px`, `40paste/s`): those stay numbers.
 */
function partOfName(text: string, offset: number, length: number): boolean {
  let start = offset;
  while (start > 0 && offset - start < 12 && latinLetter.test(text[start - 1]!)) start--;
  const letters = offset - start;
  if (letters === 0) return abbreviationHyphen.test(text.slice(Math.max(0, offset - 12), offset));
  if (start > 0 && asciiDigit.test(text[start - 1]!)) return false;
  if (letters === 1 && (text[start] === 'v' || text[start] === 'V')) return false;
  return letters <= 3 || latinLetter.test(text[offset + length] ?? '');
}

const latinLetter = /[A-Za-z]/;
const numeralBase = /^ ?(?:진수|진법|進数|進法|进制|進制)/;
const asciiDigit = /\d/;
const abbreviationHyphen = /(?<![A-Za-z])[A-Z]{2,}-$/;

/** Numbers that are not quantities of the text: part of a name, inside a heading id, a URL, a path or an e-mail address. */
function ignoredContext(text: string, offset: number, length: number): boolean {
  if (offset > 0 && partOfName(text, offset, length)) return true;
  // `16진수`, `16進数`, `16进制`: the CJK words for hexadecimal, binary, decimal are written with the base's number.
  if (numeralBase.test(text.slice(offset + length, offset + length + 3))) return true;
  // Look back at most 200 characters: an unbounded lastIndexOf made documents without `{` quadratic.
  let open = -1;
  for (let i = offset; i >= 0 && offset - i < 200; i--) {
    if (text.charCodeAt(i) === 0x7b /* { */) {
      open = i;
      break;
    }
  }
  if (open >= 0 && (text.startsWith('{/*', open) || text.startsWith('{#', open))) {
    const close = text.indexOf('}', open);
    if (close > offset && close - open < 400) return true;
  }
  let start = offset;
  while (start > 0 && offset - start < 200 && pathChar.test(text[start - 1]!)) start--;
  let end = offset + length;
  while (end < text.length && end - offset < 200 && pathChar.test(text[end]!)) end++;
  const word = text.slice(start, end);
  if (word.length === length) return false;
  // A rate written after the number (`40paste/s`, `10MB/s`, `100req/min`) is a quantity with its unit, not a path.
  if (start === offset && rateUnit.test(word)) return false;
  return word.includes('://') || word.startsWith('www.') || word.includes('@') || pathLike.test(word);
}

export interface NumberMatch {
  /** Items with no counterpart on the other side, per side. */
  left: NumberItem[];
  right: NumberItem[];
}

/** Multiset matching on canonical keys, then on alternative readings. Linear in the number of items. */
export function matchNumbers(left: readonly NumberItem[], right: readonly NumberItem[]): NumberMatch {
  if (left.length === 0 || right.length === 0) return { left: [...left], right: [...right] };
  const used = new Array<boolean>(right.length).fill(false);
  const byKey = new Map<string, number[]>();
  // Firm numbers pair first, so that a date's month (soft) is what stays over, not its day.
  const order = (items: readonly NumberItem[]) => items.map((_, k) => k).sort((x, y) => Number(items[x]!.soft) - Number(items[y]!.soft));
  for (const j of order(right)) {
    const item = right[j]!;
    const list = byKey.get(item.key);
    if (list) list.push(j);
    else byKey.set(item.key, [j]);
  }
  const take = (key: string | null): boolean => {
    if (key === null) return false;
    const list = byKey.get(key);
    while (list && list.length > 0) {
      const j = list.shift()!;
      if (!used[j]) {
        used[j] = true;
        return true;
      }
    }
    return false;
  };
  const pending: NumberItem[] = [];
  for (const i of order(left)) if (!take(left[i]!.key)) pending.push(left[i]!);
  if (pending.length === 0) return { left: [], right: right.filter((_, j) => !used[j]) };
  // Second pass: alternative readings on either side.
  byKey.clear();
  for (const j of order(right)) {
    const item = right[j]!;
    if (used[j]) continue;
    for (const key of [item.key, item.alt]) {
      if (key === null) continue;
      const list = byKey.get(key);
      if (list) list.push(j);
      else byKey.set(key, [j]);
    }
  }
  const unmatched = pending.filter((item) => !(take(item.key) || take(item.alt)));
  return { left: unmatched, right: right.filter((_, j) => !used[j]) };
}

/**
 * Number words for 0–12 (cardinals, common ordinals and `both`/`twice`), by
 * primary language; lower case. Used only to excuse a small number that has
 * no counterpart written with digits.
 */
const numberWords: Record<string, string[][]> = {
  en: [
    ['zero', 'no', 'none'],
    ['one', 'first', 'once', 'a', 'an', 'single'],
    ['two', 'second', 'twice', 'both', 'pair', 'couple', 'double'],
    ['three', 'third', 'thrice', 'triple'],
    ['four', 'fourth', 'quad'],
    ['five', 'fifth'],
    ['six', 'sixth'],
    ['seven', 'seventh'],
    ['eight', 'eighth'],
    ['nine', 'ninth'],
    ['ten', 'tenth'],
    ['eleven', 'eleventh'],
    ['twelve', 'twelfth', 'dozen'],
  ],
  de: [
    ['null', 'kein', 'keine'],
    ['eins', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'erste', 'ersten', 'erster', 'erstes', 'einmal', 'einzige', 'einzigen'],
    ['zwei', 'zweite', 'zweiten', 'zweiter', 'beide', 'beiden', 'zweimal', 'paar'],
    ['drei', 'dritte', 'dritten', 'dreimal'],
    ['vier', 'vierte', 'vierten'],
    ['fünf', 'fünfte'],
    ['sechs', 'sechste'],
    ['sieben', 'siebte'],
    ['acht', 'achte'],
    ['neun', 'neunte'],
    ['zehn', 'zehnte'],
    ['elf', 'elfte'],
    ['zwölf', 'zwölfte', 'dutzend'],
  ],
  fr: [
    ['zéro', 'aucun', 'aucune'],
    ['un', 'une', 'premier', 'première', 'seul', 'seule'],
    ['deux', 'deuxième', 'second', 'seconde', 'double', 'paire'],
    ['trois', 'troisième'],
    ['quatre', 'quatrième'],
    ['cinq', 'cinquième'],
    ['six', 'sixième'],
    ['sept', 'septième'],
    ['huit', 'huitième'],
    ['neuf', 'neuvième'],
    ['dix', 'dixième'],
    ['onze', 'onzième'],
    ['douze', 'douzième', 'douzaine'],
  ],
  es: [
    ['cero', 'ningún', 'ninguno', 'ninguna'],
    ['uno', 'una', 'un', 'primer', 'primero', 'primera', 'único', 'única', 'solo', 'sola'],
    ['dos', 'segundo', 'segunda', 'ambos', 'ambas', 'doble', 'par'],
    ['tres', 'tercer', 'tercero', 'tercera'],
    ['cuatro', 'cuarto', 'cuarta'],
    ['cinco', 'quinto', 'quinta'],
    ['seis', 'sexto'],
    ['siete', 'séptimo'],
    ['ocho', 'octavo'],
    ['nueve', 'noveno'],
    ['diez', 'décimo'],
    ['once'],
    ['doce', 'docena'],
  ],
  pt: [
    ['zero', 'nenhum', 'nenhuma'],
    ['um', 'uma', 'primeiro', 'primeira', 'único', 'única'],
    ['dois', 'duas', 'segundo', 'segunda', 'ambos', 'ambas'],
    ['três', 'terceiro', 'terceira'],
    ['quatro', 'quarto', 'quarta'],
    ['cinco', 'quinto'],
    ['seis', 'sexto'],
    ['sete', 'sétimo'],
    ['oito', 'oitavo'],
    ['nove', 'nono'],
    ['dez', 'décimo'],
    ['onze'],
    ['doze', 'dúzia'],
  ],
  it: [
    ['zero', 'nessun', 'nessuno'],
    ['uno', 'una', 'un', 'primo', 'prima'],
    ['due', 'secondo', 'seconda', 'entrambi'],
    ['tre', 'terzo'],
    ['quattro', 'quarto'],
    ['cinque', 'quinto'],
    ['sei', 'sesto'],
    ['sette', 'settimo'],
    ['otto', 'ottavo'],
    ['nove', 'nono'],
    ['dieci', 'decimo'],
    ['undici'],
    ['dodici'],
  ],
  nl: [
    ['nul', 'geen'],
    ['een', 'één', 'eerste'],
    ['twee', 'tweede', 'beide'],
    ['drie', 'derde'],
    ['vier', 'vierde'],
    ['vijf', 'vijfde'],
    ['zes', 'zesde'],
    ['zeven', 'zevende'],
    ['acht', 'achtste'],
    ['negen', 'negende'],
    ['tien', 'tiende'],
    ['elf', 'elfde'],
    ['twaalf', 'twaalfde'],
  ],
  pl: [
    ['zero', 'żaden', 'żadna', 'żadnego'],
    ['jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'jednym', 'jedną', 'pierwszy', 'pierwsza', 'pierwsze', 'pierwszego', 'pierwszej', 'raz'],
    ['dwa', 'dwie', 'dwóch', 'dwoma', 'dwu', 'drugi', 'druga', 'drugie', 'drugiego', 'drugiej', 'oba', 'obie', 'obu', 'dwukrotnie'],
    ['trzy', 'trzech', 'trzema', 'trzeci', 'trzecia', 'trzecie'],
    ['cztery', 'czterech', 'czwarty', 'czwarta'],
    ['pięć', 'pięciu', 'piąty', 'piąta'],
    ['sześć', 'sześciu', 'szósty'],
    ['siedem', 'siedmiu', 'siódmy'],
    ['osiem', 'ośmiu', 'ósmy'],
    ['dziewięć', 'dziewięciu', 'dziewiąty'],
    ['dziesięć', 'dziesięciu', 'dziesiąty'],
    ['jedenaście', 'jedenasty'],
    ['dwanaście', 'dwunasty', 'tuzin'],
  ],
  no: [
    ['null', 'ingen', 'ingenting'],
    ['en', 'ett', 'ei', 'et', 'én', 'første', 'eneste'],
    ['to', 'andre', 'annen', 'begge', 'dobbel', 'par'],
    ['tre', 'tredje'],
    ['fire', 'fjerde'],
    ['fem', 'femte'],
    ['seks', 'sjette'],
    ['sju', 'syv', 'sjuende', 'syvende'],
    ['åtte', 'åttende'],
    ['ni', 'niende'],
    ['ti', 'tiende'],
    ['elleve', 'ellevte'],
    ['tolv', 'tolvte', 'dusin'],
  ],
  sv: [
    ['noll', 'ingen', 'inget'],
    ['en', 'ett', 'första', 'enda'],
    ['två', 'andra', 'båda', 'par'],
    ['tre', 'tredje'],
    ['fyra', 'fjärde'],
    ['fem', 'femte'],
    ['sex', 'sjätte'],
    ['sju', 'sjunde'],
    ['åtta', 'åttonde'],
    ['nio', 'nionde'],
    ['tio', 'tionde'],
    ['elva', 'elfte'],
    ['tolv', 'tolfte', 'dussin'],
  ],
  da: [
    ['nul', 'ingen', 'intet'],
    ['en', 'et', 'én', 'første', 'eneste'],
    ['to', 'anden', 'andet', 'begge', 'par'],
    ['tre', 'tredje'],
    ['fire', 'fjerde'],
    ['fem', 'femte'],
    ['seks', 'sjette'],
    ['syv', 'syvende'],
    ['otte', 'ottende'],
    ['ni', 'niende'],
    ['ti', 'tiende'],
    ['elleve', 'ellevte'],
    ['tolv', 'tolvte', 'dusin'],
  ],
  is: [
    ['núll', 'enginn', 'engin', 'ekkert'],
    ['einn', 'ein', 'eitt', 'fyrsti', 'fyrsta', 'eina'],
    ['tveir', 'tvær', 'tvö', 'tveggja', 'annar', 'önnur', 'annað', 'báðir', 'báðar', 'bæði'],
    ['þrír', 'þrjár', 'þrjú', 'þriðji', 'þriðja'],
    ['fjórir', 'fjórar', 'fjögur', 'fjórði'],
    ['fimm', 'fimmti'],
    ['sex', 'sjötti'],
    ['sjö', 'sjöundi'],
    ['átta', 'áttundi'],
    ['níu', 'níundi'],
    ['tíu', 'tíundi'],
    ['ellefu'],
    ['tólf'],
  ],
  ru: [
    ['ноль', 'нуль', 'ни'],
    ['один', 'одна', 'одно', 'одного', 'одной', 'одним', 'первый', 'первая', 'первое', 'первого', 'раз'],
    ['два', 'две', 'двух', 'двумя', 'второй', 'вторая', 'второе', 'второго', 'оба', 'обе', 'дважды'],
    ['три', 'трёх', 'трех', 'тремя', 'третий', 'третья', 'третье'],
    ['четыре', 'четырёх', 'четырех', 'четвёртый', 'четвертый'],
    ['пять', 'пяти', 'пятый'],
    ['шесть', 'шести', 'шестой'],
    ['семь', 'семи', 'седьмой'],
    ['восемь', 'восьми', 'восьмой'],
    ['девять', 'девяти', 'девятый'],
    ['десять', 'десяти', 'десятый'],
    ['одиннадцать'],
    ['двенадцать'],
  ],
  uk: [
    ['нуль'],
    ['один', 'одна', 'одне', 'перший', 'перша'],
    ['два', 'дві', 'двох', 'другий', 'друга', 'обидва'],
    ['три', 'трьох', 'третій'],
    ['чотири', 'четвертий'],
    ['пʼять', "п'ять"],
    ['шість'],
    ['сім'],
    ['вісім'],
    ['девʼять', "дев'ять"],
    ['десять'],
    ['одинадцять'],
    ['дванадцять'],
  ],
  eu: [
    ['zero'],
    ['bat', 'lehen', 'lehenengo', 'lehena'],
    ['bi', 'bigarren', 'biak', 'bien'],
    ['hiru', 'hirugarren'],
    ['lau', 'laugarren'],
    ['bost', 'bosgarren'],
    ['sei', 'seigarren'],
    ['zazpi'],
    ['zortzi'],
    ['bederatzi'],
    ['hamar'],
    ['hamaika'],
    ['hamabi'],
  ],
  ar: [
    ['صفر'],
    ['واحد', 'واحدة', 'أول', 'الأول', 'الأولى', 'مرة'],
    ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'الثاني', 'الثانية', 'كلا', 'كلتا', 'مرتين'],
    ['ثلاثة', 'ثلاث', 'الثالث', 'الثالثة'],
    ['أربعة', 'أربع', 'الرابع'],
    ['خمسة', 'خمس', 'الخامس'],
    ['ستة', 'ست', 'السادس'],
    ['سبعة', 'سبع', 'السابع'],
    ['ثمانية', 'ثماني', 'الثامن'],
    ['تسعة', 'تسع', 'التاسع'],
    ['عشرة', 'عشر', 'العاشر'],
    ['أحد'],
    ['اثني'],
  ],
  he: [
    ['אפס'],
    ['אחד', 'אחת', 'ראשון', 'ראשונה'],
    ['שניים', 'שתיים', 'שני', 'שתי', 'שנייה'],
    ['שלושה', 'שלוש', 'שלישי'],
    ['ארבעה', 'ארבע'],
    ['חמישה', 'חמש'],
    ['שישה', 'שש'],
    ['שבעה', 'שבע'],
    ['שמונה'],
    ['תשעה', 'תשע'],
    ['עשרה', 'עשר'],
    [],
    [],
  ],
  ko: [
    ['영'],
    ['하나', '한', '첫', '첫째'],
    ['둘', '두', '둘째'],
    ['셋', '세', '셋째'],
    ['넷', '네', '넷째'],
    ['다섯'],
    ['여섯'],
    ['일곱'],
    ['여덟'],
    ['아홉'],
    ['열'],
    ['열한', '열하나'],
    ['열두', '열둘'],
  ],
};
numberWords.nb = numberWords.no!;
numberWords.nn = numberWords.no!;

/** Han numerals (Chinese and Japanese): searched as characters. */
const hanNumerals = ['零〇', '一壹', '二两兩貳', '三叁參', '四肆', '五伍', '六陸陆', '七柒', '八捌', '九玖', '十拾', '', ''];

const wordPattern = /[\p{L}\p{M}ʼ']+/gu;

/** Lower-case words of a text, for number-word look-ups (built once per unit and side). */
export function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(wordPattern)) words.add(match[0]);
  return words;
}

/** True when `text` (whose words are `words`) writes the small number `value` as a word in `language` (any known language when null). */
export function writesNumber(value: number, words: ReadonlySet<string>, text: string, language: string | null): boolean {
  if (!Number.isInteger(value) || value < 0 || value > 12) return false;
  const primary = language?.split(/[-_]/)[0]!.toLowerCase() ?? null;
  const han = hanNumerals[value]!;
  if ((primary === null || primary === 'ja' || primary === 'zh' || primary === 'ko') && han) {
    for (const char of han) if (text.includes(char)) return true;
  }
  const lists =
    primary !== null && numberWords[primary]
      ? [numberWords[primary]]
      : primary === null || !['ja', 'zh'].includes(primary)
        ? Object.values(numberWords)
        : [];
  for (const list of lists) {
    for (const word of list[value] ?? []) {
      if (words.has(word)) return true;
      // Korean attaches counters and particles: 세가지, 첫번째, 하나의.
      if (primary === 'ko') for (const written of words) if (written.startsWith(word)) return true;
    }
  }
  return false;
}

const roundPattern = /^10+$/;
const hundredWords = [
  'hundred',
  'hundreds',
  'hundert',
  'hunderte',
  'cent',
  'cents',
  'cien',
  'cientos',
  'centenas',
  'cem',
  'centenas',
  'sto',
  'setki',
  'hundre',
  'hundrevis',
  'hundra',
  'honderd',
  'сто',
  'сотни',
  'مئة',
  'مائة',
  'مئات',
];
/** CJK scale words and the power of ten each stands for, longest first (so `百万` is read before `百`). */
const cjkRoundScales = new Map<string, number>([...cjkScales, ['百', 2], ['백', 2], ['十億', 9], ['十亿', 9], ['십억', 9]]);
/** A scale word alone or after `1`, `10`, `100`…: a round number (`百万`, `100만` = 10^6); `3億` is not round. */
const cjkRoundNumber = new RegExp(
  `(?<![\\d.,二三四五六七八九两十])(?:1(0*)[ \\u00A0]?)?(${[...cjkRoundScales.keys()].sort((x, y) => y.length - x.length).join('|')})`,
  'gu',
);
const milMillonesWord = /\bmil\s+millones\b/i;

/** True when a round number (100, 1000, a million, …) is written with a word on the other side: `a thousand`, `100만`, `cien`. */
export function writesRoundNumber(key: string, words: ReadonlySet<string>, text: string): boolean {
  if (!roundPattern.test(key)) return false;
  const exponent = key.length - 1;
  if (exponent === 2) {
    if (hundredWords.some((word) => words.has(word))) return true;
  } else {
    for (const word of words) {
      if (scaleWords.get(word) === exponent || ((word === 'billion' || word === 'billions') && (exponent === 9 || exponent === 12))) return true;
    }
  }
  if (exponent === 9 && milMillonesWord.test(text)) return true;
  // Read as numbers, not as characters: `1万` is ten thousand (no million), `十个` is ten (no billion).
  for (const match of text.matchAll(cjkRoundNumber)) {
    const scale = cjkRoundScales.get(match[2]!) ?? 0;
    if ((match[1]?.length ?? 0) + scale === exponent) return true;
  }
  return false;
}
