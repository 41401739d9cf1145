/**
 * Shapes the realistic generator rarely produces but real documents do, for
 * `npm run bench -- --stress`: each at two sizes 4× apart, so a quadratic
 * stage shows as a ~16× growth where the parse grows ~4×.
 *
 * - brace-free numbers: prose paragraphs full of numbers and no `{` anywhere
 *   (most Markdown outside MDX sites), left and right in two vocabularies;
 * - one long list: a single bullet list of thousands of items with links.
 */
import { prng } from './generate.js';

export interface StressShape {
  name: string;
  /** Pairs at the small and the large size (the large one 4× the small). */
  pairs: Array<{ label: string; left: string; right: string }>;
}

const leftWords = ['the', 'value', 'server', 'returns', 'each', 'request', 'within', 'limit', 'after', 'seconds', 'and', 'retries'];
const rightWords = ['der', 'wert', 'dienst', 'liefert', 'jede', 'anfrage', 'innerhalb', 'grenze', 'nach', 'sekunden', 'und', 'wiederholt'];

function numbersProse(paragraphs: number, words: readonly string[], seed: number): string {
  const random = prng(seed);
  const word = () => words[Math.floor(random() * words.length)]!;
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const parts: string[] = [];
    for (let k = 0; k < 24; k++) parts.push(k % 6 === 3 ? String(((p * 31 + k * 7) % 5000) + 1) : word());
    out.push(`${parts.join(' ')}.`);
  }
  return `${out.join('\n\n')}\n`;
}

function longList(items: number, words: readonly string[], seed: number): string {
  const random = prng(seed);
  const word = () => words[Math.floor(random() * words.length)]!;
  const out: string[] = [];
  for (let i = 0; i < items; i++) out.push(`- ${word()} ${word()} [${word()} ${word()}](/docs/page-${i}) ${word()} ${word()} ${word()}`);
  return `${out.join('\n')}\n`;
}

export function stressShapes(scale = 1): StressShape[] {
  const paragraphs = Math.round(600 * scale);
  const items = Math.round(1500 * scale);
  return [
    {
      name: 'brace-free numbers',
      pairs: [paragraphs, paragraphs * 4].map((n) => ({
        label: `${n} paragraphs`,
        left: numbersProse(n, leftWords, 1),
        right: numbersProse(n, rightWords, 1),
      })),
    },
    {
      name: 'one long list',
      pairs: [items, items * 4].map((n) => ({
        label: `${n} items`,
        left: longList(n, leftWords, 2),
        right: longList(n, rightWords, 2),
      })),
    },
  ];
}
