/**
 * Scored sequence alignment (Needleman–Wunsch) that allows one-sided rows.
 * The caller passes the scorer; this module only knows indexes. Large inputs
 * are split at anchors (elements that share a key found exactly once on each
 * side, kept in order by a longest increasing subsequence, as patience diff
 * does) and any region still too large is aligned inside a band around its
 * diagonal, so the cost stays near linear on megabyte documents.
 */

export interface SequenceOptions {
  /** Similarity of left[i] and right[j], in [-1, 1]. Called only inside the band. */
  score: (i: number, j: number) => number;
  /** Score added for an element left without a counterpart (negative). */
  gap: number;
  /** Keys that identify an element across languages (link targets, code, ids); used to anchor large inputs. */
  keys?: { left: (i: number) => readonly string[]; right: (j: number) => readonly string[] };
  /** Regions up to this many cells are aligned exactly. */
  maxCells?: number;
}

export interface SequencePair {
  left: number | null;
  right: number | null;
  /** The scorer's value for a pair, the gap score for a one-sided row. */
  score: number;
  /**
   * For a pair: how far below the best alignment the best one without this
   * pair scores (its two elements paired elsewhere or left one-sided), 0 when
   * another alignment does as well. A pair whose neighbours would fit as well
   * has a small margin even when its own score is high; one that order alone
   * settles has a large margin even when its own score is low.
   */
  margin?: number;
}

const defaultMaxCells = 40_000;

export function alignSequences(leftLength: number, rightLength: number, options: SequenceOptions): SequencePair[] {
  const maxCells = options.maxCells ?? defaultMaxCells;
  const out: SequencePair[] = [];
  const anchors = leftLength * rightLength > maxCells && options.keys ? findAnchors(leftLength, rightLength, options.keys) : [];
  let i = 0;
  let j = 0;
  for (const [ai, aj] of anchors) {
    alignRegion(i, ai, j, aj, options, maxCells, out);
    // An anchor shares a key found once on each side: no other pairing competes with it.
    out.push({ left: ai, right: aj, score: options.score(ai, aj), margin: Infinity });
    i = ai + 1;
    j = aj + 1;
  }
  alignRegion(i, leftLength, j, rightLength, options, maxCells, out);
  return out;
}

/** Aligns left[i0, i1) with right[j0, j1), appending rows to `out`. */
function alignRegion(i0: number, i1: number, j0: number, j1: number, options: SequenceOptions, maxCells: number, out: SequencePair[]): void {
  const n = i1 - i0;
  const m = j1 - j0;
  if (n === 0 || m === 0) {
    for (let i = i0; i < i1; i++) out.push({ left: i, right: null, score: options.gap });
    for (let j = j0; j < j1; j++) out.push({ left: null, right: j, score: options.gap });
    return;
  }
  // Band half-width: the whole matrix when it is small, else as wide as the cell budget allows.
  const halfWidth = n * m <= maxCells ? m + 1 : Math.max(16, Math.ceil(maxCells / (2 * (n + 1))));
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const center = Math.round((i * m) / n);
    lo[i] = Math.max(0, center - halfWidth);
    hi[i] = Math.min(m, center + halfWidth);
    rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);
  }
  // Keep the band connected: each row must reach the previous row's range.
  for (let i = 1; i <= n; i++) {
    if (lo[i]! > hi[i - 1]! + 1) lo[i] = hi[i - 1]! + 1;
  }
  for (let i = 0; i <= n; i++) rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);

  const cells = rowStart[n + 1]!;
  const total = new Float64Array(cells).fill(-Infinity);
  const pairScore = new Float64Array(cells);
  // 1 = diagonal (pair), 2 = up (left only), 3 = left (right only)
  const move = new Uint8Array(cells);
  const at = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? -1 : rowStart[i]! + j - lo[i]!);
  const gap = options.gap;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) {
        total[here] = 0;
        continue;
      }
      let best = -Infinity;
      let bestMove = 0;
      if (i > 0 && j > 0) {
        const diagonal = at(i - 1, j - 1);
        if (diagonal >= 0) {
          const s = options.score(i0 + i - 1, j0 + j - 1);
          pairScore[here] = s;
          if (total[diagonal]! > -Infinity) {
            best = total[diagonal]! + s;
            bestMove = 1;
          }
        }
      }
      if (i > 0) {
        const up = at(i - 1, j);
        if (up >= 0 && total[up]! + gap > best) {
          best = total[up]! + gap;
          bestMove = 2;
        }
      }
      if (j > 0) {
        const left = here - 1;
        if (j - 1 >= lo[i]! && total[left]! + gap > best) {
          best = total[left]! + gap;
          bestMove = 3;
        }
      }
      total[here] = best;
      move[here] = bestMove;
    }
  }

  const rows: SequencePair[] = [];
  let i = n;
  let j = m;
  if (at(i, j) < 0 || total[at(i, j)] === -Infinity) throw new Error('alignment band does not reach the end');
  const margins = pairMargins(n, m, { lo, hi, at, total, pairScore, gap });
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const step = move[here];
    if (step === 1) {
      rows.push({ left: i0 + i - 1, right: j0 + j - 1, score: pairScore[here]!, margin: margins(i - 1, j - 1) });
      i--;
      j--;
    } else if (step === 2) {
      rows.push({ left: i0 + i - 1, right: null, score: gap });
      i--;
    } else {
      rows.push({ left: null, right: j0 + j - 1, score: gap });
      j--;
    }
  }
  for (let k = rows.length - 1; k >= 0; k--) out.push(rows[k]!);
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
  /** Cell index of (i, j), or -1 outside the band. */
  at: (i: number, j: number) => number;
  /** Best score of the prefixes (forward pass). */
  total: Float64Array;
  /** At cell (i, j): the score of pairing element i - 1 with j - 1. */
  pairScore: Float64Array;
  gap: number;
}

/**
 * The margin of each pair of the best path, from a backward pass over the same
 * band: the best alignment through cell (i, j) scores forward(i, j) + backward(i, j),
 * so the best one that does not pair left i with right j is the best over the
 * other ways to pass element i (paired with another j', or one-sided). Linear
 * in the band's cells, like the forward pass.
 */
function pairMargins(n: number, m: number, band: Band): (i: number, j: number) => number {
  const { lo, hi, at, total, pairScore, gap } = band;
  const after = new Float64Array(total.length).fill(-Infinity);
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const here = at(i, j);
      if (i === n && j === m) {
        after[here] = 0;
        continue;
      }
      let best = -Infinity;
      const diagonal = i < n && j < m ? at(i + 1, j + 1) : -1;
      if (diagonal >= 0) best = pairScore[diagonal]! + after[diagonal]!;
      const down = i < n ? at(i + 1, j) : -1;
      if (down >= 0) best = Math.max(best, gap + after[down]!);
      const right = j < m ? at(i, j + 1) : -1;
      if (right >= 0) best = Math.max(best, gap + after[right]!);
      after[here] = best;
    }
  }
  const optimum = total[at(n, m)]!;
  const via = (from: number, step: number, to: number) => (from < 0 || to < 0 ? -Infinity : total[from]! + step + after[to]!);
  return (i, j) => {
    let alternative = -Infinity;
    // Every alignment without this pair passes left element i another way: paired with another right element, or one-sided.
    for (let y = lo[i]!; y <= hi[i]!; y++) {
      const from = at(i, y);
      if (y !== j && y < m) {
        const to = at(i + 1, y + 1);
        if (to >= 0) alternative = Math.max(alternative, via(from, pairScore[to]!, to));
      }
      alternative = Math.max(alternative, via(from, gap, at(i + 1, y)));
    }
    return Math.max(0, optimum - alternative);
  };
}

/** Pairs of elements sharing a key that occurs exactly once on each side, in increasing order on both. */
function findAnchors(leftLength: number, rightLength: number, keys: NonNullable<SequenceOptions['keys']>): Array<[number, number]> {
  const count = (length: number, of: (i: number) => readonly string[]) => {
    const seen = new Map<string, number>();
    for (let i = 0; i < length; i++) {
      for (const key of new Set(of(i))) seen.set(key, seen.has(key) ? -1 : i);
    }
    return seen;
  };
  const left = count(leftLength, keys.left);
  const right = count(rightLength, keys.right);
  const candidates: Array<[number, number]> = [];
  for (const [key, i] of left) {
    const j = right.get(key);
    if (i >= 0 && j !== undefined && j >= 0) candidates.push([i, j]);
  }
  // Equal left indexes sorted by decreasing right index, so the chain takes at most one of them.
  candidates.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return longestIncreasing(candidates);
}

/** Longest chain of pairs strictly increasing on both sides (patience sorting, O(n log n)). */
function longestIncreasing(pairs: Array<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairs[tails[mid]!]![1] < j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  }
  const chain: Array<[number, number]> = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}
