/**
 * Aligns two documents: sections first (their headings, scored with what the
 * section holds), then the blocks between each pair of aligned headings, then
 * the items of each aligned pair of lists. Aligned headings anchor the block
 * alignment, so a missing section or paragraph never shifts what follows it,
 * and a heading with no counterpart simply joins its neighbours' region.
 */
import { flattenItems } from '../model/build-document.js';
import type { Block, DocumentModel, ListItemModel, Section } from '../model/types.js';
import { blockSimilarity, featureTokens, lengthScore, signatureOf, tokenScore, type ScoreContext, type Signature } from './score.js';
import { alignSequences, type SequencePair } from './sequence.js';
import { trigramBag, trigramBonus } from './trigrams.js';

interface ItemPair {
  /** Indexes into the flattened items (nested lists included, in document order). */
  left: number | null;
  right: number | null;
  confidence: number;
}

interface BlockPair {
  left: number | null;
  right: number | null;
  /** 0..1: how sure the aligner is of this row (a pair, or a block with no counterpart). */
  confidence: number;
  items?: ItemPair[];
  /**
   * For a one-sided paragraph that is the other half of a neighbouring pair's
   * paragraph (the translator split one paragraph in two, or merged two):
   * the index of that neighbouring row.
   */
  joinedTo?: number;
  /** For a one-sided block whose counterpart stands a few rows away as a one-sided block too: that row (set on both). */
  movedTo?: number;
}

export interface DocumentAlignment {
  rows: BlockPair[];
  /** Flattened list items per block index, for both sides (filled for lists only). */
  leftItems: Map<number, ListItemModel[]>;
  rightItems: Map<number, ListItemModel[]>;
}

const blockGap = -0.35;
const headingGap = -0.35;
const itemGap = -0.35;
/** An aligned heading pair anchors the block alignment only when it is at least this similar. */
const anchorScore = 0;

export function alignDocuments(left: DocumentModel, right: DocumentModel): DocumentAlignment {
  const leftSignatures = left.blocks.map(signatureOf);
  const rightSignatures = right.blocks.map(signatureOf);
  let context: ScoreContext = { logRatio: lengthLogRatio(left.blocks, right.blocks) };
  let rows = alignRows(left, right, leftSignatures, rightSignatures, context);
  // The first estimate of the length ratio sees every block, the missing and the extra ones too;
  // the paired blocks tell the true ratio. Align again when it moved.
  const refined = pairedLogRatio(rows, left.blocks, right.blocks);
  if (refined !== null && Math.abs(refined - context.logRatio) > 0.1) {
    context = { logRatio: refined };
    rows = alignRows(left, right, leftSignatures, rightSignatures, context);
  }

  markJoins(rows, left.blocks, right.blocks, context);
  markMoves(rows, leftSignatures, rightSignatures, context);

  const leftItems = new Map<number, ListItemModel[]>();
  const rightItems = new Map<number, ListItemModel[]>();
  for (const row of rows) {
    if (row.left === null || row.right === null) continue;
    const a = left.blocks[row.left]!;
    const b = right.blocks[row.right]!;
    if (!a.list || !b.list) continue;
    const itemsA = flattenItems(a.list);
    const itemsB = flattenItems(b.list);
    leftItems.set(a.index, itemsA);
    rightItems.set(b.index, itemsB);
    row.items = alignItems(itemsA, itemsB, context);
  }
  return { rows, leftItems, rightItems };
}

function alignRows(
  left: DocumentModel,
  right: DocumentModel,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
): BlockPair[] {
  const anchors = headingAnchors(left, right, leftSignatures, rightSignatures, context);
  const rows: BlockPair[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, aj, score] of [...anchors, [left.blocks.length, right.blocks.length, 0] as const]) {
    alignBlocks(i, ai, j, aj, leftSignatures, rightSignatures, context, rows);
    if (ai < left.blocks.length) rows.push({ left: ai, right: aj, confidence: pairConfidence(score) });
    i = ai + 1;
    j = aj + 1;
  }
  return rows;
}

/** The length ratio over confidently paired text blocks, or null when there are too few. */
function pairedLogRatio(rows: readonly BlockPair[], left: readonly Block[], right: readonly Block[]): number | null {
  let a = 0;
  let b = 0;
  let pairs = 0;
  for (const row of rows) {
    if (row.left === null || row.right === null || row.confidence < 0.5) continue;
    const x = left[row.left]!;
    if (x.kind !== 'paragraph' && x.kind !== 'list' && x.kind !== 'blockquote') continue;
    a += x.features.length;
    b += right[row.right]!.features.length;
    pairs++;
  }
  return pairs >= 3 && a > 0 && b > 0 ? Math.log(b / a) : null;
}

/** Heading pairs that anchor the block alignment, plus the front matter pair; in order. */
function headingAnchors(
  left: DocumentModel,
  right: DocumentModel,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
): Array<[number, number, number]> {
  const anchors: Array<[number, number, number]> = [];
  if (left.blocks[0]?.kind === 'frontmatter' && right.blocks[0]?.kind === 'frontmatter') anchors.push([0, 0, 1]);

  const leftSections = left.sections.filter((section) => section.heading);
  const rightSections = right.sections.filter((section) => section.heading);
  const balance = positionWeight(leftSections.length, rightSections.length);
  const leftContent = leftSections.map((section) => sectionContent(section, left.blocks, leftSignatures));
  const rightContent = rightSections.map((section) => sectionContent(section, right.blocks, rightSignatures));
  const score = (i: number, j: number) => {
    const a = leftSections[i]!;
    const b = rightSections[j]!;
    const position = balance * Math.abs((i + 0.5) / leftSections.length - (j + 0.5) / rightSections.length);
    const heading = blockSimilarity(leftSignatures[a.heading!.index]!, rightSignatures[b.heading!.index]!, context, position);
    if (heading <= -1) return -1;
    return 0.5 * heading + 0.5 * contentSimilarity(leftContent[i]!, rightContent[j]!, context);
  };
  const pairs = alignSequences(leftSections.length, rightSections.length, {
    score,
    gap: headingGap,
    keys: {
      left: (i) => leftSignatures[leftSections[i]!.heading!.index]!.keys,
      right: (j) => rightSignatures[rightSections[j]!.heading!.index]!.keys,
    },
  });
  for (const pair of pairs) {
    if (pair.left === null || pair.right === null || pair.score < anchorScore) continue;
    anchors.push([leftSections[pair.left]!.heading!.index, rightSections[pair.right]!.heading!.index, pair.score]);
  }
  return anchors;
}

interface SectionContent {
  length: number;
  blocks: number;
  tokens: string[];
}

/** What a section holds, from the blocks' signatures (their tokens are already collected). */
function sectionContent(section: Section, blocks: readonly Block[], signatures: readonly Signature[]): SectionContent {
  const tokens: string[] = [];
  let length = 0;
  for (const index of section.blocks) {
    length += blocks[index]!.features.length;
    if (tokens.length < 64) tokens.push(...signatures[index]!.tokens);
  }
  return { length, blocks: section.blocks.length, tokens: tokens.sort() };
}

function contentSimilarity(a: SectionContent, b: SectionContent, context: ScoreContext): number {
  const count = 0.25 - 0.1 * Math.min(5, Math.abs(a.blocks - b.blocks));
  const raw = lengthScore(a.length, b.length, context.logRatio) + tokenScore(a.tokens, b.tokens) + count;
  return Math.max(-1, Math.min(1, raw));
}

function alignBlocks(
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
  rows: BlockPair[],
): void {
  const n = i1 - i0;
  const m = j1 - j0;
  const balance = positionWeight(n, m);
  const score = (i: number, j: number) =>
    blockSimilarity(leftSignatures[i0 + i]!, rightSignatures[j0 + j]!, context, balance * Math.abs((i + 0.5) / n - (j + 0.5) / m));
  const pairs = alignSequences(n, m, {
    score,
    gap: blockGap,
    keys: { left: (i) => leftSignatures[i0 + i]!.keys, right: (j) => rightSignatures[j0 + j]!.keys },
  });
  for (const pair of withConfidence(pairs, n, m, score)) {
    rows.push({
      left: pair.left === null ? null : i0 + pair.left,
      right: pair.right === null ? null : j0 + pair.right,
      confidence: pair.confidence,
    });
  }
}

function alignItems(left: ListItemModel[], right: ListItemModel[], context: ScoreContext): ItemPair[] {
  const leftTokens = left.map((item) => featureTokens(item.features).sort());
  const rightTokens = right.map((item) => featureTokens(item.features).sort());
  const leftGrams = left.map((item) => trigramBag(item.features.text));
  const rightGrams = right.map((item) => trigramBag(item.features.text));
  const balance = positionWeight(left.length, right.length);
  const score = (i: number, j: number) => {
    const a = left[i]!;
    const b = right[j]!;
    const position = balance * Math.abs((i + 0.5) / left.length - (j + 0.5) / right.length);
    const nesting = a.sublists.length === b.sublists.length ? 0.1 : -0.1;
    const raw =
      lengthScore(a.features.length, b.features.length, context.logRatio) +
      tokenScore(leftTokens[i]!, rightTokens[j]!) +
      trigramBonus(leftGrams[i]!, rightGrams[j]!) +
      nesting +
      0.15 -
      0.5 * position;
    return Math.max(-1, Math.min(1, raw));
  };
  const pairs = alignSequences(left.length, right.length, { score, gap: itemGap });
  return withConfidence(pairs, left.length, right.length, score);
}

/**
 * A pair's confidence grows with its score; a one-sided row's confidence
 * falls with how well the element would have matched its nearest candidates.
 */
function withConfidence(
  pairs: SequencePair[],
  n: number,
  m: number,
  score: (i: number, j: number) => number,
): Array<{ left: number | null; right: number | null; confidence: number }> {
  return pairs.map((pair, k) => {
    if (pair.left !== null && pair.right !== null) return { left: pair.left, right: pair.right, confidence: pairConfidence(pair.score) };
    // Candidates: the other side's elements next to where the gap sits.
    let best = -1;
    const neighbour = nearestOtherSide(pairs, k, pair.left === null ? 'left' : 'right');
    for (let d = -1; d <= 1; d++) {
      const other = neighbour + d;
      if (pair.left !== null && other >= 0 && other < m) best = Math.max(best, score(pair.left, other));
      if (pair.right !== null && other >= 0 && other < n) best = Math.max(best, score(other, pair.right));
    }
    return { left: pair.left, right: pair.right, confidence: round(Math.max(0, Math.min(1, 0.5 - 0.5 * best))) };
  });
}

/** Index on the other side nearest to row k (the next element there, or the last one). */
function nearestOtherSide(pairs: SequencePair[], k: number, side: 'left' | 'right'): number {
  for (let x = k; x < pairs.length; x++) {
    const value = pairs[x]![side];
    if (value !== null) return value;
  }
  for (let x = k; x >= 0; x--) {
    const value = pairs[x]![side];
    if (value !== null) return value;
  }
  return -10;
}

/**
 * A one-sided paragraph next to a paragraph pair whose other side is about as
 * long as both of this side's paragraphs together is half of a split (or
 * merged) paragraph: it joins that pair instead of being missing.
 */
function markJoins(rows: BlockPair[], leftBlocks: readonly Block[], rightBlocks: readonly Block[], context: ScoreContext): void {
  const ratio = Math.exp(context.logRatio);
  rows.forEach((row, k) => {
    if ((row.left === null) === (row.right === null)) return;
    const side = row.left !== null ? 'left' : 'right';
    const own = side === 'left' ? leftBlocks : rightBlocks;
    const other = side === 'left' ? rightBlocks : leftBlocks;
    const block = own[row[side]!]!;
    if (block.kind !== 'paragraph') return;
    const scale = side === 'left' ? ratio : 1 / ratio;
    let best: { row: number; fit: number } | null = null;
    for (const n of [k - 1, k + 1]) {
      const neighbour = rows[n];
      if (!neighbour || neighbour.left === null || neighbour.right === null || neighbour.joinedTo !== undefined) continue;
      const mine = own[neighbour[side]!]!;
      const theirs = other[neighbour[side === 'left' ? 'right' : 'left']!]!;
      if (mine.kind !== 'paragraph' || theirs.kind !== 'paragraph') continue;
      const fit = (expected: number) => Math.abs(Math.log((theirs.features.length + 12) / (expected * scale + 12)));
      const together = fit(mine.features.length + block.features.length);
      const alone = fit(mine.features.length);
      // A join softens "missing" to "split": it takes a close fit that is clearly better than the pair alone,
      // or the block carrying the links, numbers or code the pair lacks on this side.
      const lengths = together < 0.2 && together + 0.15 < alone;
      const tokens = together < 0.3 && carriesMissingTokens(block, mine, theirs);
      if ((lengths || tokens) && (!best || together < best.fit)) best = { row: n, fit: together };
    }
    if (best) row.joinedTo = best.row;
  });
}

/** How far (in rows) a block may move and still be recognised as moved rather than missing. */
const moveWindow = 8;
/** How similar a moved block and its counterpart must be. */
const moveScore = 0.5;

/**
 * A block the translator moved shows as one left-only and one right-only
 * row near each other. Pair such rows when they are clearly the same block
 * (the best match first), so that one "moved" finding replaces two "missing".
 */
function markMoves(rows: BlockPair[], leftSignatures: Signature[], rightSignatures: Signature[], context: ScoreContext): void {
  const candidates: Array<{ l: number; r: number; score: number }> = [];
  rows.forEach((row, k) => {
    if (row.left === null || row.right !== null || row.joinedTo !== undefined) return;
    for (let x = Math.max(0, k - moveWindow); x <= Math.min(rows.length - 1, k + moveWindow); x++) {
      const other = rows[x]!;
      if (other.right === null || other.left !== null || other.joinedTo !== undefined) continue;
      const score = blockSimilarity(leftSignatures[row.left]!, rightSignatures[other.right]!, context, 0);
      if (score >= moveScore) candidates.push({ l: k, r: x, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  for (const { l, r } of candidates) {
    if (rows[l]!.movedTo !== undefined || rows[r]!.movedTo !== undefined) continue;
    rows[l]!.movedTo = r;
    rows[r]!.movedTo = l;
  }
}

function carriesMissingTokens(block: Block, mine: Block, theirs: Block): boolean {
  const own = new Set(featureTokens(mine.features));
  const missing = new Set(featureTokens(theirs.features).filter((token) => !own.has(token)));
  return featureTokens(block.features).some((token) => missing.has(token));
}

/**
 * Relative position is evidence only when both sides have about as many
 * elements: when one side lacks most of them, where the rest sit says little.
 */
function positionWeight(n: number, m: number): number {
  return n === 0 || m === 0 ? 0 : Math.min(n, m) / Math.max(n, m);
}

function pairConfidence(score: number): number {
  return round(Math.max(0, Math.min(1, (score + 1) / 2)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The document pair's length ratio (right ÷ left, as a logarithm), from the
 * median lengths of text blocks rather than the totals: a translation that
 * lacks half the content has half the total, but blocks of the usual size.
 */
function lengthLogRatio(left: readonly Block[], right: readonly Block[]): number {
  const a = textLengths(left);
  const b = textLengths(right);
  // A median of a handful of blocks says little: small documents use their totals.
  if (a.length < 5 || b.length < 5) return Math.log((sum(b) + 1) / (sum(a) + 1));
  return Math.log((median(b) + 1) / (median(a) + 1));
}

function textLengths(blocks: readonly Block[]): number[] {
  return blocks
    .filter((block) => block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'blockquote')
    .map((block) => block.features.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
