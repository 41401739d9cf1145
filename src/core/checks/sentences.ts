/**
 * Sentences of a block, by Intl.Segmenter in each side's language, and their
 * alignment inside an aligned block pair by sentence length (Gale and Church
 * 1993): one sentence against one, two or three, or against none.
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string | null): Intl.Segmenter {
  const key = language ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language ?? undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

export interface Sentence {
  text: string;
  /** Offset in the text that was segmented. */
  start: number;
  /** Length in code points, spaces left out (what the length model counts). */
  length: number;
  /** Words written the same in every language (names, numbers, identifiers): evidence for aligning sentences. */
  tokens: string[];
}

const invariant =
  /(?<![\p{L}\p{N}])(?:\p{N}+(?:[.,]\p{N}+)*|[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+|[A-Za-z][a-z]*[A-Z][A-Za-z0-9]*)(?![\p{L}\p{N}])/gu;

const lineBreaks = /\s*[\r\n]+\s*/g;
const hasWordCharacter = /[\p{L}\p{N}]/u;

/** The sentences of a text; line breaks inside it are read as spaces (soft breaks are not sentence ends). */
export function sentencesOf(text: string, language: string | null): Sentence[] {
  const flat = text.includes('\n') || text.includes('\r') ? text.replace(lineBreaks, ' ') : text;
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenterFor(language).segment(flat)) {
    if (!hasWordCharacter.test(segment)) {
      // Punctuation or a placeholder alone belongs to the sentence before it.
      const last = sentences[sentences.length - 1];
      if (last) {
        last.text += segment;
        last.length += countLength(segment);
      }
      continue;
    }
    sentences.push({ text: segment, start: index, length: countLength(segment), tokens: segment.match(invariant) ?? [] });
  }
  return sentences;
}

/** Length in visible characters: code points, white space and object replacement characters not counted. */
export function countLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xdc00 && code <= 0xdfff) || code <= 32 || code === 0xfffc) continue;
    count++;
  }
  return count;
}

/** A bead: `left` sentences against `right` sentences (either may be empty). */
export interface Bead {
  left: number[];
  right: number[];
}

/** Bead shapes and their prior probabilities (Gale and Church, with 3–1 added). */
const shapes: Array<[number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.005],
  [0, 1, 0.005],
  [2, 1, 0.0445],
  [1, 2, 0.0445],
  [2, 2, 0.011],
  [3, 1, 0.004],
  [1, 3, 0.004],
];
const shapeCosts = shapes.map(([a, b, prior]) => [a, b, -Math.log(prior)] as const);
/** Cells farther than this from the diagonal are not explored: linear work per block. */
const band = 12;

/**
 * Aligns two sentence lists by length. `ratio` is right length per left
 * character, `variance` the variance per left character on the right's scale.
 */
export function alignSentences(left: Sentence[], right: Sentence[], ratio: number, variance: number): Bead[] {
  const n = left.length;
  const m = right.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  const prefixA = prefix(left);
  const prefixB = prefix(right);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    const from = Math.max(0, Math.floor(centre - band));
    const to = Math.min(m, Math.ceil(centre + band));
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let choice = -1;
      for (let k = 0; k < shapeCosts.length; k++) {
        const [a, b, prior] = shapeCosts[k]!;
        if (a > i || b > j) continue;
        const previous = cost[(i - a) * width + (j - b)]!;
        if (previous === Infinity) continue;
        const lengthA = prefixA[i]! - prefixA[i - a]!;
        const lengthB = prefixB[j]! - prefixB[j - b]!;
        // A sentence with no counterpart costs its prior only: its length is no evidence against the omission.
        // Words both sides write alike (names, numbers, identifiers) pull sentences together.
        const total =
          previous +
          prior +
          (a === 0 || b === 0 ? 0 : lengthCost(lengthA, lengthB, ratio, variance) - anchorBonus * sharedTokens(left, i - a, i, right, j - b, j));
        if (total < best) {
          best = total;
          choice = k;
        }
      }
      cost[i * width + j] = best;
      back[i * width + j] = choice;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[i * width + j]!;
    if (k < 0) {
      // Outside the band: give up on this pair rather than guess.
      return [];
    }
    const [a, b] = shapeCosts[k]!;
    beads.push({ left: range(i - a, i), right: range(j - b, j) });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

/** Cost taken off a bead per token both sides share, at most two. */
const anchorBonus = 1.5;

function sharedTokens(left: Sentence[], i0: number, i1: number, right: Sentence[], j0: number, j1: number): number {
  let shared = 0;
  for (let i = i0; i < i1; i++) {
    for (const token of left[i]!.tokens) {
      for (let j = j0; j < j1; j++) {
        if (right[j]!.tokens.includes(token)) {
          shared++;
          break;
        }
      }
      if (shared >= 2) return shared;
    }
  }
  return shared;
}

function prefix(sentences: Sentence[]): number[] {
  const sums = [0];
  for (const sentence of sentences) sums.push(sums[sums.length - 1]! + sentence.length);
  return sums;
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let x = from; x < to; x++) values.push(x);
  return values;
}

/** −log of the two-sided tail probability of the length deviation δ. */
function lengthCost(a: number, b: number, ratio: number, variance: number): number {
  if (a === 0 && b === 0) return 0;
  const mean = (a + b / ratio) / 2;
  const delta = (b - a * ratio) / Math.sqrt(Math.max(mean, 1) * variance);
  const tail = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(tail, 1e-12));
}

/** Φ by the Abramowitz–Stegun approximation (error below 1e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return 1 - p;
}

export interface LengthModel {
  /** Right length per left character. */
  ratio: number;
  /** Variance of the right length per left character. */
  variance: number;
}

/** Blocks shorter than this on the left say little about the ratio. */
const minModelLength = 40;

/**
 * The document's own length model from aligned block lengths: the median
 * ratio of substantial blocks, and the variance per character from the
 * median squared residual (robust: a few omissions do not move either),
 * floored at half of Gale and Church's 6.8 scaled to the ratio. Null when
 * there is too little text to tell.
 */
export function estimateLengthModel(pairs: ReadonlyArray<readonly [number, number]>): LengthModel | null {
  let totalA = 0;
  let totalB = 0;
  for (const [a, b] of pairs) {
    totalA += a;
    totalB += b;
  }
  if (totalA === 0 || totalB === 0) return null;
  const ratios = pairs.filter(([a, b]) => a >= minModelLength && b >= minModelLength * 0.3).map(([a, b]) => b / a);
  const ratio = ratios.length >= 4 ? median(ratios) : totalB / totalA;
  const residuals = pairs.filter(([a]) => a >= minModelLength).map(([a, b]) => (b - ratio * a) ** 2 / a);
  const estimated = residuals.length >= 6 ? median(residuals) / 0.455 : 0;
  return { ratio, variance: Math.max(estimated, 6.8 * ratio * ratio * 0.5) };
}

/** Gale and Church's δ: how many standard deviations the right length is from what the left predicts. */
export function lengthDeviation(a: number, b: number, model: LengthModel): number {
  return (b - model.ratio * a) / Math.sqrt(Math.max(a, 1) * model.variance);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
