/**
 * The scored sequence aligner (src/core/align/sequence.ts) against a
 * brute-force oracle: on small inputs (up to 5 elements a side) every
 * monotone alignment with one-sided rows is enumerated, and the aligner's
 * total score must equal the best of them. Its rows must be a valid
 * alignment: every index of each side exactly once, in order, each row's
 * score the scorer's value (or the gap). Which of several optimal alignments
 * it returns is not part of the contract and is not tested, except where the
 * oracle finds the optimum unique.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, type SequenceOptions, type SequencePair } from '../../src/core/align/sequence.js';

type Row = [number | null, number | null];

/**
 * Brute force: walks every monotone alignment of n against m (pairs and one-sided rows), returning the best
 * total score, how many alignments reach it and one of them.
 */
function oracle(n: number, m: number, score: (i: number, j: number) => number, gap: number): { best: number; count: number; rows: Row[] } {
  let best = -Infinity;
  let count = 0;
  let rows: Row[] = [];
  const path: Row[] = [];
  const walk = (i: number, j: number, total: number): void => {
    if (i === n && j === m) {
      if (total > best + 1e-9) {
        best = total;
        count = 1;
        rows = [...path];
      } else if (Math.abs(total - best) <= 1e-9) count++;
      return;
    }
    const step = (row: Row, ni: number, nj: number, value: number) => {
      path.push(row);
      walk(ni, nj, total + value);
      path.pop();
    };
    if (i < n && j < m) step([i, j], i + 1, j + 1, score(i, j));
    if (i < n) step([i, null], i + 1, j, gap);
    if (j < m) step([null, j], i, j + 1, gap);
  };
  walk(0, 0, 0);
  return { best, count, rows };
}

/** What makes `rows` not a valid alignment of n against m whose row scores are the scorer's (empty when valid), and its total. */
function check(
  rows: readonly SequencePair[],
  n: number,
  m: number,
  options: Pick<SequenceOptions, 'score' | 'gap'>,
): { problems: string[]; total: number } {
  const problems: string[] = [];
  let total = 0;
  let nextLeft = 0;
  let nextRight = 0;
  for (const [k, row] of rows.entries()) {
    if (row.left === null && row.right === null) problems.push(`row ${k} is empty`);
    // Every index once and in order on both sides at once: a row never skips or goes back.
    if (row.left !== null && row.left !== nextLeft++) problems.push(`row ${k}: left ${row.left}, expected ${nextLeft - 1}`);
    if (row.right !== null && row.right !== nextRight++) problems.push(`row ${k}: right ${row.right}, expected ${nextRight - 1}`);
    const expected = row.left !== null && row.right !== null ? options.score(row.left, row.right) : options.gap;
    if (row.score !== expected) problems.push(`row ${k}: score ${row.score}, expected ${expected}`);
    total += row.score;
  }
  if (nextLeft !== n) problems.push(`${nextLeft} of ${n} left indexes`);
  if (nextRight !== m) problems.push(`${nextRight} of ${m} right indexes`);
  return { problems, total };
}

/** Asserts that `rows` is a valid alignment and returns its total score. */
function validTotal(rows: readonly SequencePair[], n: number, m: number, options: Pick<SequenceOptions, 'score' | 'gap'>): number {
  const { problems, total } = check(rows, n, m, options);
  expect(problems).toEqual([]);
  return total;
}

const pairsOf = (rows: readonly SequencePair[]) => rows.map((row) => [row.left, row.right]);

describe('alignSequences against a brute-force oracle', () => {
  // Scores are multiples of 1/8, so sums are exact and ties are real ties.
  const eighth = fc.integer({ min: -8, max: 8 }).map((k) => k / 8);
  const input = fc
    .record({ n: fc.integer({ min: 0, max: 5 }), m: fc.integer({ min: 0, max: 5 }), gap: fc.integer({ min: -8, max: -1 }).map((k) => k / 8) })
    .chain(({ n, m, gap }) =>
      fc.record({ n: fc.constant(n), m: fc.constant(m), gap: fc.constant(gap), matrix: fc.array(eighth, { minLength: n * m, maxLength: n * m }) }),
    );

  it('reaches the optimal total score with a valid alignment (seeded, 600 random inputs up to 5×5)', () => {
    fc.assert(
      fc.property(input, ({ n, m, gap, matrix }) => {
        const score = (i: number, j: number) => matrix[i * m + j]!;
        const outside: Array<[number, number]> = [];
        const rows = alignSequences(n, m, {
          score: (i, j) => {
            if (i < 0 || i >= n || j < 0 || j >= m) outside.push([i, j]);
            return score(i, j);
          },
          gap,
        });
        expect(outside).toEqual([]);
        const total = validTotal(rows, n, m, { score, gap });
        expect(total).toBeCloseTo(oracle(n, m, score, gap).best, 9);
      }),
      { seed: 20261207, numRuns: 600 },
    );
  });

  it('returns the optimum itself when the oracle finds it unique (seeded, 600 random inputs)', () => {
    let unique = 0;
    fc.assert(
      fc.property(input, ({ n, m, gap, matrix }) => {
        const score = (i: number, j: number) => matrix[i * m + j]!;
        const best = oracle(n, m, score, gap);
        if (best.count !== 1) return;
        unique++;
        expect(pairsOf(alignSequences(n, m, { score, gap }))).toEqual(best.rows);
      }),
      { seed: 7, numRuns: 600 },
    );
    // The property must not pass vacuously.
    expect(unique).toBeGreaterThan(100);
  });

  it('gives each pair the margin by which the best alignment without it falls short (seeded, 600 random inputs)', () => {
    let compared = 0;
    fc.assert(
      fc.property(input, ({ n, m, gap, matrix }) => {
        const score = (i: number, j: number) => matrix[i * m + j]!;
        const best = oracle(n, m, score, gap).best;
        for (const row of alignSequences(n, m, { score, gap })) {
          if (row.left === null || row.right === null) continue;
          // The best alignment that does not pair these two: the pair scores -Infinity, so no best path takes it.
          const without = oracle(n, m, (i, j) => (i === row.left && j === row.right ? -Infinity : score(i, j)), gap).best;
          expect(row.margin).toBeCloseTo(best - without, 9);
          compared++;
        }
      }),
      { seed: 11, numRuns: 600 },
    );
    expect(compared).toBeGreaterThan(300);
  });

  // Blocks of a translated document, by identity: the same id is the same block translated (score 1),
  // the same kind with another id is a weak match (0.2), other kinds are unlikely (-1); a one-sided row costs 0.4.
  const blockScore = (left: string[], right: string[]) => (i: number, j: number) => {
    const a = left[i]!;
    const b = right[j]!;
    if (a === b) return 1;
    // The kind is the id's letter: H heading, P paragraph, L list, C code.
    return b.startsWith(a.charAt(0)) ? 0.2 : -1;
  };
  it.each([
    [
      'identical sequences pair one to one',
      ['H1', 'P1', 'P2', 'L1'],
      ['H1', 'P1', 'P2', 'L1'],
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    ],
    [
      'a paragraph missing on the right',
      ['H1', 'P1', 'P2', 'L1'],
      ['H1', 'P1', 'L1'],
      [
        [0, 0],
        [1, 1],
        [2, null],
        [3, 2],
      ],
    ],
    [
      'a paragraph added on the right',
      ['H1', 'P1', 'L1'],
      ['H1', 'P1', 'P9', 'L1'],
      [
        [0, 0],
        [1, 1],
        [null, 2],
        [2, 3],
      ],
    ],
    [
      'a missing section does not shift what follows',
      ['H1', 'P1', 'H2', 'P2', 'H3', 'P3'],
      ['H1', 'P1', 'H3', 'P3'],
      [
        [0, 0],
        [1, 1],
        [2, null],
        [3, null],
        [4, 2],
        [5, 3],
      ],
    ],
    [
      'a rewritten paragraph still pairs by kind',
      ['H1', 'P1', 'C1'],
      ['H1', 'P7', 'C1'],
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    ],
    [
      'nothing on the right',
      ['H1', 'P1'],
      [],
      [
        [0, null],
        [1, null],
      ],
    ],
    ['nothing on the left', [], ['H1'], [[null, 0]]],
    ['nothing on either side', [], [], []],
  ])('%s', (_name, left, right, expected) => {
    const score = blockScore(left, right);
    const rows = alignSequences(left.length, right.length, { score, gap: -0.4 });
    const best = oracle(left.length, right.length, score, -0.4);
    expect(best.count).toBe(1);
    expect(pairsOf(rows)).toEqual(expected);
    expect(validTotal(rows, left.length, right.length, { score, gap: -0.4 })).toBeCloseTo(best.best, 9);
  });

  it.each([
    // Two swapped paragraphs: pairing both weakly (0.2 + 0.2) beats one strong pair and two one-sided rows (1 - 0.4 - 0.4).
    ['two swapped paragraphs', ['P1', 'P2'], ['P2', 'P1'], -0.4, 0.4],
    // With cheap gaps the strong pair wins: 1 - 0.1 - 0.1.
    ['two swapped paragraphs, cheap gaps', ['P1', 'P2'], ['P2', 'P1'], -0.1, 0.8],
    // A heading against a list never pairs (-1): two one-sided rows.
    ['different kinds', ['H1'], ['L1'], -0.4, -0.8],
  ])('%s: total %s', (_name, left, right, gap, expected) => {
    const score = blockScore(left, right);
    const rows = alignSequences(left.length, right.length, { score, gap });
    expect(oracle(left.length, right.length, score, gap).best).toBeCloseTo(expected, 9);
    expect(validTotal(rows, left.length, right.length, { score, gap })).toBeCloseTo(expected, 9);
  });
});

describe('alignSequences on large inputs (anchors and band)', () => {
  // Banded and anchored alignment is a heuristic: it need not be optimal, but it must stay a valid alignment.
  it('returns a valid alignment with anchors and a narrow band (seeded, 200 random inputs up to 120×120)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 240, maxLength: 240 }),
        fc.integer({ min: 40, max: 2000 }),
        (n, m, labels, maxCells) => {
          const leftLabel = (i: number) => labels[i % 120]!;
          const rightLabel = (j: number) => labels[120 + (j % 120)]!;
          const score = (i: number, j: number) => (leftLabel(i) === rightLabel(j) ? 1 : -0.5);
          const options: SequenceOptions = {
            score,
            gap: -0.3,
            maxCells,
            keys: { left: (i) => [`k${leftLabel(i)}`], right: (j) => [`k${rightLabel(j)}`] },
          };
          validTotal(alignSequences(n, m, options), n, m, options);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('keeps a long translated document in step: unique shared keys pair, a dropped block is one-sided', () => {
    // 400 blocks, each with a unique key; the right drops block 123 and adds one after block 300.
    const left = Array.from({ length: 400 }, (_, i) => `B${i}`);
    const right = [...left.slice(0, 123), ...left.slice(124, 301), 'NEW', ...left.slice(301)];
    const score = (i: number, j: number) => (left[i] === right[j] ? 1 : -1);
    const options: SequenceOptions = { score, gap: -0.5, maxCells: 10_000, keys: { left: (i) => [left[i]!], right: (j) => [right[j]!] } };
    const rows = alignSequences(left.length, right.length, options);
    validTotal(rows, left.length, right.length, options);
    expect(
      rows
        .filter((row) => row.left === null || row.right === null)
        .map((row) => [row.left === null ? null : left[row.left], row.right === null ? null : right[row.right]]),
    ).toEqual([
      ['B123', null],
      [null, 'NEW'],
    ]);
  });
});
