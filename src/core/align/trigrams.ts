/**
 * Character trigram bags of short texts (headings, list items, short
 * paragraphs): cognates, names and terms shared across related languages
 * (Sykle/Cykla, Installation/Instalación, Facebook) are evidence a length
 * cannot give. Used only as positive evidence, so languages that share
 * nothing lose nothing. Long paragraphs are left out: they have better
 * evidence and would cost too much.
 */

/** What a short text is compared by: its character trigrams, and the stems of its longer words. */
export interface TrigramBag {
  grams: Set<string>;
  /**
   * The first four letters of each word of five letters or more. Dice over all trigrams dilutes one shared word
   * (`Server`/`servidor`, `terminal`/`terminalu`) among the chance overlaps of short words (` de`, `en `); a shared
   * stem is that word whole: a cognate, a name or a term.
   */
  stems: Set<string>;
}

/** Texts longer than this get no trigram bag. */
const maxTrigramText = 200;
const maxTrigrams = 96;

export function trigramBag(text: string): TrigramBag | null {
  if (text.length === 0 || text.length > maxTrigramText) return null;
  const grams = new Set<string>();
  const stems = new Set<string>();
  for (const word of text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length && grams.size < maxTrigrams; i++) grams.add(padded.slice(i, i + 3));
    if (word.length >= 5 && /^\p{L}{4}/u.test(word)) stems.add(word.slice(0, 4));
  }
  return grams.size > 0 ? { grams, stems } : null;
}

/** Dice overlap of two bags, 0..1 (0 when either is missing). */
function trigramDice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Score bonus: nothing below chance-level overlap, up to 0.45 for near-identical text; a shared stem weighs as a little overlap. */
export function trigramBonus(a: TrigramBag | null, b: TrigramBag | null): number {
  if (!a || !b) return 0;
  const dice = trigramDice(a.grams, b.grams);
  let stems = 0;
  for (const stem of a.stems) if (b.stems.has(stem)) stems++;
  return Math.max(dice <= 0.12 ? 0 : 0.5 * (dice - 0.12), Math.min(0.15, stemWeight * stems));
}

/** Bonus per shared stem. */
const stemWeight = 0.06;
