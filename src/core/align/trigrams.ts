/**
 * Character trigram bags of short texts (headings, list items, short
 * paragraphs): cognates, names and terms shared across related languages
 * (Sykle/Cykla, Installation/Instalación, Facebook) are evidence a length
 * cannot give. Used only as positive evidence, so languages that share
 * nothing lose nothing. Long paragraphs are left out: they have better
 * evidence and would cost too much.
 */

/** Texts longer than this get no trigram bag. */
const maxTrigramText = 200;
const maxTrigrams = 96;

export function trigramBag(text: string): Set<string> | null {
  if (text.length === 0 || text.length > maxTrigramText) return null;
  const bag = new Set<string>();
  for (const word of text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length && bag.size < maxTrigrams; i++) bag.add(padded.slice(i, i + 3));
  }
  return bag.size > 0 ? bag : null;
}

/** Dice overlap of two bags, 0..1 (0 when either is missing). */
function trigramDice(a: Set<string> | null, b: Set<string> | null): number {
  if (!a || !b) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Score bonus: nothing below chance-level overlap, up to 0.45 for near-identical text. */
export function trigramBonus(a: Set<string> | null, b: Set<string> | null): number {
  const dice = trigramDice(a, b);
  return dice <= 0.12 ? 0 : 0.5 * (dice - 0.12);
}
