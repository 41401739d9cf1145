/**
 * Aligns two documents: sections first (their headings, scored with what the
 * section holds), then the blocks between each pair of aligned headings, then
 * the items of each aligned pair of lists. Aligned headings anchor the block
 * alignment, so a missing section or paragraph never shifts what follows it,
 * and a heading with no counterpart simply joins its neighbours' region.
 */
import type { UncertainReason } from '../report/types.js';
import { anchorBefore, decodeAnchor, isHeadingAnchor, tableOfContents } from '../model/anchors.js';
import { flattenItems } from '../model/build-document.js';
import { headingAnchors as headingAnchorMap, slug } from '../model/slug.js';
import type { Block, DocumentModel, ListItemModel, Section } from '../model/types.js';
import { blockSimilarity, featureTokens, lengthScore, multisetJaccard, signatureOf, tokenScore, type ScoreContext, type Signature } from './score.js';
import { pinnedPairs, resolvePins, type Pin, type ResolvedPins } from './pins.js';
import { alignSequences, type SequencePair } from './sequence.js';
import { trigramBag, trigramBonus } from './trigrams.js';
import type { Side } from '../vocabulary/side.js';

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
  /** A pair the aligner is unsure of, and why: its findings rest on a pairing a reviewer should check. */
  uncertain?: Uncertainty;
  /** For a pair: how much worse the best alignment without it scores (see SequencePair.margin). */
  margin?: number;
}

/** Why a pair is uncertain: see UncertainReason in the report's types, its one home. */
interface Uncertainty {
  reasons: UncertainReason[];
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
/** Evidence weight of an explicit heading id shared by two headings (content keys weigh 1, other heading keys 2). */
const explicitId = 100;
/** A reviewer's pin outweighs any evidence. */
const pinWeight = 1e6;

export interface AlignOptions {
  /** A reviewer's pairings to honour; the rest is aligned around them. Pins that cross each other keep the first in left order. */
  pins?: readonly Pin[];
}

export function alignDocuments(left: DocumentModel, right: DocumentModel, options: AlignOptions = {}): DocumentAlignment {
  const pins = resolvePins(options.pins ?? [], left, right);
  const [leftSignatures, rightSignatures] = withoutCommonTokens(left.blocks.map(signatureOf), right.blocks.map(signatureOf));
  let context: ScoreContext = { logRatio: lengthLogRatio(left.blocks, right.blocks) };
  const elsewhere = uniquePartners(leftSignatures, rightSignatures);
  let { rows, sections } = alignRows(left, right, leftSignatures, rightSignatures, context, pins, elsewhere);
  // The ratio of the documents' lengths is right when the translator split or merged paragraphs; the ratio of their
  // blocks' mean lengths when one side has paragraphs or sections the other has not. When they disagree, each is
  // tried and the alignment that fits its own ratio better is kept (the ratio is a parameter of the model).
  const perBlock = meanLogRatio(left.blocks, right.blocks);
  if (perBlock !== null && Math.abs(perBlock - context.logRatio) > 0.05) {
    const other: ScoreContext = { logRatio: perBlock };
    const alternative = alignRows(left, right, leftSignatures, rightSignatures, other, pins, elsewhere);
    const fitOf = (candidate: readonly BlockPair[], ratio: ScoreContext) =>
      fit(candidate, left.blocks, right.blocks, leftSignatures, rightSignatures, ratio);
    if (fitOf(alternative.rows, other) > fitOf(rows, context)) {
      context = other;
      ({ rows, sections } = alternative);
    }
  }
  // The first estimate of the length ratio sees every block, the missing and the extra ones too;
  // the paired blocks tell the true ratio. Align again when it moved.
  const refined = pairedLogRatio(rows, left.blocks, right.blocks);
  if (refined !== null && Math.abs(refined - context.logRatio) > 0.1) {
    context = { logRatio: refined };
    ({ rows, sections } = alignRows(left, right, leftSignatures, rightSignatures, context, pins, elsewhere));
  }

  markJoins(rows, left.blocks, right.blocks, context);
  const sharesEvidence = distinctiveSharing(leftSignatures, rightSignatures);
  markUncertain(rows, left, right, leftSignatures, rightSignatures, context, sections, sharesEvidence);
  for (const row of rows)
    if ((row.left !== null && pins.left.has(row.left)) || (row.right !== null && pins.right.has(row.right))) delete row.uncertain;
  markMovedSections(rows, sections.moved, left, right, leftSignatures, rightSignatures, context);
  markMoves(rows, leftSignatures, rightSignatures, context, (a, b) => {
    const x = left.blocks[a]!;
    const y = right.blocks[b]!;
    // Sections judged not to be counterparts hold no moved blocks of each other; a heading moves only with evidence.
    if (!sections.compatible(x.section, y.section)) return false;
    return !x.heading || sharesEvidence(a, b);
  });

  const leftItems = new Map<number, ListItemModel[]>();
  const rightItems = new Map<number, ListItemModel[]>();
  // Links to `#anchors` (a table of contents) pair as the headings they point at were paired.
  let anchorTokens: { left: (link: string) => string | null; right: (link: string) => string | null } | undefined;
  const anchorsOf = () => {
    if (anchorTokens) return anchorTokens;
    const leftAnchors = headingAnchorMap(left);
    const rightAnchors = headingAnchorMap(right);
    const counterpart = new Map<number, number>();
    for (const row of rows) if (row.left !== null && row.right !== null && right.blocks[row.right]!.heading) counterpart.set(row.right, row.left);
    const resolve = (anchors: Map<string, number>, link: string) => anchors.get(decodeAnchor(link.slice(1)));
    anchorTokens = {
      left: (link) => {
        const heading = resolve(leftAnchors, link);
        return heading === undefined ? null : `T:${heading}`;
      },
      right: (link) => {
        const heading = resolve(rightAnchors, link);
        const paired = heading === undefined ? undefined : counterpart.get(heading);
        return paired === undefined ? null : `T:${paired}`;
      },
    };
    return anchorTokens;
  };
  for (const row of rows) {
    if (row.left === null || row.right === null) continue;
    const a = left.blocks[row.left]!;
    const b = right.blocks[row.right]!;
    if (!a.list || !b.list) continue;
    const itemsA = flattenItems(a.list);
    const itemsB = flattenItems(b.list);
    leftItems.set(a.index, itemsA);
    rightItems.set(b.index, itemsB);
    row.items = alignItems(itemsA, itemsB, context, itemsA.some(linksToAnchor) && itemsB.some(linksToAnchor) ? anchorsOf() : undefined);
  }
  return { rows, leftItems, rightItems };
}

function alignRows(
  left: DocumentModel,
  right: DocumentModel,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
  pins: ResolvedPins,
  /** Whether a pair goes against a key found once on each side (uniquePartners); made once per comparison. */
  elsewhere: (left: number, right: number) => boolean,
): { rows: BlockPair[]; sections: SectionPairing } {
  const sections = pairSections(left, right, leftSignatures, rightSignatures, context, pins);
  // Pinned pairs anchor the alignment too; a section anchor that crosses one gives way.
  const pinned = pinnedPairs(pins);
  const anchors: Array<[number, number, number, number]> = sections.anchors.filter(
    ([a, b]) => !pinned.some(([x, y]) => (a <= x && b >= y) || (a >= x && b <= y)) && !pins.left.has(a) && !pins.right.has(b),
  );
  for (const [x, y] of pinned) anchors.push([x, y, 1, Infinity]);
  anchors.sort((p, q) => p[0] - q[0]);
  const rows: BlockPair[] = [];
  let i = 0;
  let j = 0;
  const blocks = { left: left.blocks, right: right.blocks };
  for (const [ai, aj, score, margin] of [...anchors, [left.blocks.length, right.blocks.length, 0, 0] as const]) {
    alignBlocks(i, ai, j, aj, leftSignatures, rightSignatures, context, rows, blocks, sections, pins, elsewhere);
    if (ai < left.blocks.length) rows.push({ left: ai, right: aj, confidence: pairConfidence(score), margin });
    i = ai + 1;
    j = aj + 1;
  }
  return { rows, sections };
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

/** How the sections of the two documents pair, by their index in `DocumentModel.sections`. */
interface SectionPairing {
  /** Heading pairs that anchor the block alignment, plus the front matter pair; in order on both sides: [left, right, score, margin]. */
  anchors: Array<[number, number, number, number]>;
  /** Section pairs, the anchors and the moved ones (and the two preambles). */
  leftToRight: Map<number, number>;
  rightToLeft: Map<number, number>;
  /** Sections the translator moved: paired by strong evidence, out of order with the others. */
  moved: Array<[number, number]>;
  /**
   * Per section (by index): its parent when it has no counterpart and the parent has one, else itself.
   * A subsection with no counterpart (an English `### 📝 #updated` badge a stale translation lacks) holds content
   * the translation keeps in the parent section.
   */
  home: { left: number[]; right: number[] };
  /** False when two sections (by index) are clearly not counterparts: their blocks never pair. */
  compatible: (left: number, right: number) => boolean;
  /** Similarity of two headed sections (by index), or null when either has no heading. */
  score: (left: number, right: number) => number | null;
  /** Section pairs backed by strong evidence (ids, unique links or code, the table of contents). */
  evidenced: (left: number, right: number) => boolean;
}

/**
 * Strong evidence that two sections are counterparts: keys that occur in one
 * section only on each side (an explicit heading id, the heading's code or
 * link, a URL, code span or image of the section's content), and the table of
 * contents. Heading keys weigh twice. Only the best match of both sections counts.
 */
function strongSectionPairs(
  left: DocumentModel,
  right: DocumentModel,
  leftSections: readonly Section[],
  rightSections: readonly Section[],
  leftSignatures: readonly Signature[],
  rightSignatures: readonly Signature[],
): { weights: Map<number, Map<number, number>>; fromHeadings: Set<string> } {
  const keysOf = (document: DocumentModel, sections: readonly Section[], signatures: readonly Signature[]) =>
    sections.map((section) => {
      const keys = new Map<string, number>();
      const heading = section.heading!;
      // Numbers in a heading are often its section number, which a stale translation may have renumbered: weak.
      // An explicit heading id outweighs everything else.
      for (const key of signatures[heading.index]!.keys) keys.set(key, key.startsWith('N:') ? 0.5 : key.startsWith('A:') ? explicitId : 2);
      const named = anchorBefore(document.blocks, heading.index);
      if (named !== null) keys.set(`A:${named}`, explicitId);
      // What an in-page link to the heading uses: its slug (an untranslated title), or a link in it to `#anchor`.
      keys.set(`S:${slug(heading.heading!.text)}`, 2);
      for (const link of heading.features.links) if (link.url.startsWith('#')) keys.set(`S:${link.url.slice(1).toLowerCase()}`, 2);
      // An explicit id is what links use too: a translation often keeps the source's generated slug as its id
      // (`<h1 id="4-testing-and-overall-quality-practices">` over a Chinese title).
      for (const id of named === null ? heading.features.anchors : [...heading.features.anchors, named]) keys.set(`S:${decodeAnchor(id)}`, 2);
      for (const index of section.blocks) {
        if (index === heading.index || isHeadingAnchor(document.blocks, document.blocks[index]!)) continue;
        for (const key of signatures[index]!.keys) if (!keys.has(key)) keys.set(key, 1);
      }
      return keys;
    });
  const leftKeys = keysOf(left, leftSections, leftSignatures);
  const rightKeys = keysOf(right, rightSections, rightSignatures);
  const owners = (all: Array<Map<string, number>>) => {
    const owner = new Map<string, number>();
    all.forEach((keys, i) => {
      for (const key of keys.keys()) owner.set(key, owner.has(key) ? -1 : i);
    });
    return owner;
  };
  const rightOwner = owners(rightKeys);
  const leftOwner = owners(leftKeys);
  // weight[i] → j → evidence
  const weights = new Map<number, Map<number, number>>();
  // Pairs whose evidence includes a key of both headings (anything but a content key, which weighs 1).
  const fromHeadings = new Set<string>();
  const add = (i: number, j: number, weight: number) => {
    const row = weights.get(i) ?? new Map<number, number>();
    row.set(j, (row.get(j) ?? 0) + weight);
    weights.set(i, row);
  };
  leftKeys.forEach((keys, i) => {
    for (const [key, weight] of keys) {
      if (leftOwner.get(key) !== i) continue;
      const j = rightOwner.get(key);
      if (j === undefined || j < 0) continue;
      const shared = Math.max(weight, rightKeys[j]!.get(key)!);
      add(i, j, shared);
      if (weight !== 1 && rightKeys[j]!.get(key) !== 1) fromHeadings.add(`${i}/${j}`);
    }
  });
  // A table of contents on both sides with as many entries: its entries pair the headings they resolve to.
  const leftToc = tableOfContents(left);
  const rightToc = tableOfContents(right);
  if (leftToc.length >= 3 && leftToc.length === rightToc.length) {
    const leftSection = new Map(leftSections.map((section, i) => [section.heading!.index, i]));
    const rightSection = new Map(rightSections.map((section, j) => [section.heading!.index, j]));
    leftToc.forEach((heading, k) => {
      const i = leftSection.get(heading);
      const j = rightSection.get(rightToc[k]!);
      if (i !== undefined && j !== undefined) {
        add(i, j, 2);
        fromHeadings.add(`${i}/${j}`);
      }
    });
  }
  return { weights, fromHeadings };
}

/** Sections paired first by strong evidence (kept in order, the rest moved), then by a scored alignment between those. */
function pairSections(
  left: DocumentModel,
  right: DocumentModel,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
  pins: ResolvedPins,
): SectionPairing {
  const anchors: Array<[number, number, number, number]> = [];
  const leftToRight = new Map<number, number>();
  const rightToLeft = new Map<number, number>();
  const moved: Array<[number, number]> = [];
  if (left.blocks[0]?.kind === 'frontmatter' && right.blocks[0]?.kind === 'frontmatter') anchors.push([0, 0, 1, Infinity]);
  if (left.sections[0] && right.sections[0] && !left.sections[0].heading && !right.sections[0].heading) {
    leftToRight.set(0, 0);
    rightToLeft.set(0, 0);
  }

  const leftSections = left.sections.filter((section) => section.heading);
  const rightSections = right.sections.filter((section) => section.heading);
  const balance = positionWeight(leftSections.length, rightSections.length);
  const leftContent = leftSections.map((section) => sectionContent(section, left.blocks, leftSignatures));
  const rightContent = rightSections.map((section) => sectionContent(section, right.blocks, rightSignatures));
  const { weights: evidence, fromHeadings } = strongSectionPairs(left, right, leftSections, rightSections, leftSignatures, rightSignatures);
  const evidenceOf = (i: number, j: number) => evidence.get(i)?.get(j) ?? 0;

  const score = (i: number, j: number) => {
    const a = leftSections[i]!;
    const b = rightSections[j]!;
    const position = balance * Math.abs((i + 0.5) / leftSections.length - (j + 0.5) / rightSections.length);
    const heading = blockSimilarity(leftSignatures[a.heading!.index]!, rightSignatures[b.heading!.index]!, context, position);
    if (heading <= -1) return -1;
    // Both sections carry links, code or numbers, and share none of it, nor anything in their headings: different sections.
    // Acronyms are sometimes translated (EU, UE), in-page anchors always: they do not count against a pair.
    const x = leftContent[i]!.tokens.filter(isStableToken);
    const y = rightContent[j]!.tokens.filter(isStableToken);
    if (
      // Two tokens each at least: a section whose one link changed is still the same section (link-target says so).
      x.length >= 2 &&
      y.length >= 2 &&
      multisetJaccard(x, y) === 0 &&
      !x.some((t) => y.some((u) => nearlyEqual(t, u))) &&
      multisetJaccard(leftSignatures[a.heading!.index]!.tokens, rightSignatures[b.heading!.index]!.tokens) === 0 &&
      evidenceOf(i, j) === 0
    )
      return -1;
    return 0.5 * heading + 0.5 * contentSimilarity(leftContent[i]!, rightContent[j]!, context) + (evidenceOf(i, j) > 0 ? 0.3 : 0);
  };

  // Strong pairs: each section's best match by evidence, when it is the other's best too and clearly ahead.
  const best = (weights: Map<number, number> | undefined): number | null => {
    if (!weights) return null;
    let top = -1;
    let topWeight = 0;
    let second = 0;
    for (const [j, weight] of weights) {
      if (weight > topWeight) {
        second = topWeight;
        topWeight = weight;
        top = j;
      } else if (weight > second) second = weight;
    }
    return top >= 0 && topWeight >= 2 * second ? top : null;
  };
  const reverse = new Map<number, Map<number, number>>();
  for (const [i, row] of evidence) {
    for (const [j, weight] of row) {
      const column = reverse.get(j) ?? new Map<number, number>();
      column.set(i, weight);
      reverse.set(j, column);
    }
  }
  const strong: Array<[number, number, number]> = [];
  for (const i of evidence.keys()) {
    const j = best(evidence.get(i));
    // A shared section number alone (weight 0.5) is not strong: stale translations renumber.
    // Scored only once a badge subsection has given way to its parent (below): the badge's heading pairs with nothing.
    if (j !== null && evidenceOf(i, j) >= 1 && best(reverse.get(j)) === i) strong.push([i, j, evidenceOf(i, j)]);
  }
  // Evidence found in a subsection (a badge such as `### 📝 updated` holding the section's links) pairs its
  // parent when the parent is at the other side's depth and has no pair of its own.
  const leftOf = new Map(leftSections.map((section, i) => [section.index, i]));
  const rightOf = new Map(rightSections.map((section, j) => [section.index, j]));
  const byLeft = new Map(strong.map((pair) => [pair[0], pair]));
  const byRight = new Map(strong.map((pair) => [pair[1], pair]));
  const dropped = new Set<[number, number, number]>();
  for (const pair of strong) {
    if (dropped.has(pair)) continue;
    const [i, j, weight] = pair;
    // Only evidence from content alone: shared heading keys say the headings themselves are counterparts.
    if (fromHeadings.has(`${i}/${j}`)) continue;
    const a = leftSections[i]!;
    const b = rightSections[j]!;
    const side = a.depth > b.depth ? 'left' : b.depth > a.depth ? 'right' : null;
    const parentSection = side === 'left' ? a.parent : side === 'right' ? b.parent : null;
    if (parentSection === null) continue;
    const parent = (side === 'left' ? leftOf : rightOf).get(parentSection);
    const parentModel = parent === undefined ? undefined : (side === 'left' ? leftSections : rightSections)[parent]!;
    // A badge: the parent holds nothing but its heading, the subsection all its content.
    if (parent === undefined || parentModel === undefined || parentModel.depth !== (side === 'left' ? b : a).depth || parentModel.blocks.length > 1)
      continue;
    // The parent's own pair, if any, must be weaker (a renumbered section number, say).
    const own = (side === 'left' ? byLeft : byRight).get(parent);
    if (own && own[2] >= weight) continue;
    if (own) dropped.add(own);
    if (side === 'left') pair[0] = parent;
    else pair[1] = parent;
  }
  for (const pair of dropped) strong.splice(strong.indexOf(pair), 1);
  for (let k = strong.length - 1; k >= 0; k--) if (score(strong[k]![0], strong[k]![1]) <= -1) strong.splice(k, 1);
  // Pinned headings: a pin to another heading is the strongest evidence; a pin to nothing, or to a block
  // that is no heading, takes the section out of the heading alignment.
  const headingSection = (document: DocumentModel, block: number | null) =>
    block === null || !document.blocks[block]!.heading ? null : document.blocks[block]!.section;
  const pinnedLeft = new Set<number>();
  const pinnedRight = new Set<number>();
  for (const [a, b] of pins.left) {
    const i = leftOf.get(headingSection(left, a) ?? -1);
    if (i === undefined) continue;
    pinnedLeft.add(i);
    const j = rightOf.get(headingSection(right, b) ?? -1);
    if (j !== undefined) pinnedRight.add(j);
  }
  for (const [b] of pins.right) {
    const j = rightOf.get(headingSection(right, b) ?? -1);
    if (j !== undefined) pinnedRight.add(j);
  }
  for (let k = strong.length - 1; k >= 0; k--) if (pinnedLeft.has(strong[k]![0]) || pinnedRight.has(strong[k]![1])) strong.splice(k, 1);
  for (const [a, b] of pins.left) {
    const i = leftOf.get(headingSection(left, a) ?? -1);
    const j = rightOf.get(headingSection(right, b) ?? -1);
    if (i !== undefined && j !== undefined) strong.push([i, j, pinWeight]);
  }
  strong.sort((a, b) => a[0] - b[0]);
  const chain = heaviestChain(strong);
  const inChain = new Set(chain.map(([i]) => i));
  // Strong pairs as kept, a badge subsection's evidence moved to its parent included.
  const strongPairs = new Set(strong.map(([i, j]) => `${i}/${j}`));
  const leftTaken = new Set<number>(pinnedLeft);
  const rightTaken = new Set<number>(pinnedRight);
  for (const [i, j, weight] of strong) {
    // Out of order, one shared link is too little to call a section moved (a framework's site linked from two
    // different practices): such a pair is left to the ordered alignment.
    if (!inChain.has(i) && weight < 2) continue;
    leftTaken.add(i);
    rightTaken.add(j);
    if (!inChain.has(i)) moved.push([leftSections[i]!.index, rightSections[j]!.index]);
  }

  // Between the strong pairs kept in order, align the remaining sections by score.
  const pairs: Array<[number, number, number, number]> = [];
  let i0 = 0;
  let j0 = 0;
  for (const [ci, cj] of [...chain, [leftSections.length, rightSections.length, 0] as const]) {
    const lefts: number[] = [];
    const rights: number[] = [];
    for (let i = i0; i < ci; i++) if (!leftTaken.has(i)) lefts.push(i);
    for (let j = j0; j < cj; j++) if (!rightTaken.has(j)) rights.push(j);
    const region = alignSequences(lefts.length, rights.length, {
      score: (x, y) => {
        const i = lefts[x]!;
        const j = rights[y]!;
        // A section whose content points elsewhere does not pair here on its heading alone.
        const elsewhere = (evidence.get(i)?.size ?? 0) > 0 || (reverse.get(j)?.size ?? 0) > 0;
        return Math.max(-1, score(i, j) - (elsewhere ? 0.3 : 0));
      },
      gap: headingGap,
      keys: {
        left: (x) => leftSignatures[leftSections[lefts[x]!]!.heading!.index]!.keys,
        right: (y) => rightSignatures[rightSections[rights[y]!]!.heading!.index]!.keys,
      },
    });
    for (const pair of region) {
      if (pair.left !== null && pair.right !== null && pair.score >= anchorScore)
        pairs.push([lefts[pair.left]!, rights[pair.right]!, pair.score, pair.margin ?? 0]);
    }
    // A pair of the chain rests on strong evidence: no margin to weigh.
    if (ci < leftSections.length) pairs.push([ci, cj, Math.max(score(ci, cj), 0.5), Infinity]);
    i0 = ci + 1;
    j0 = cj + 1;
  }
  for (const [i, j, pairScore, margin] of pairs) {
    anchors.push([leftSections[i]!.heading!.index, rightSections[j]!.heading!.index, pairScore, margin]);
    leftToRight.set(leftSections[i]!.index, rightSections[j]!.index);
    rightToLeft.set(rightSections[j]!.index, leftSections[i]!.index);
  }
  for (const [a, b] of moved) {
    leftToRight.set(a, b);
    rightToLeft.set(b, a);
  }
  const leftOfSection = new Map(leftSections.map((section, i) => [section.index, i]));
  const rightOfSection = new Map(rightSections.map((section, j) => [section.index, j]));
  const compatible = (a: number, b: number) => {
    const i = leftOfSection.get(a);
    const j = rightOfSection.get(b);
    return i === undefined || j === undefined || score(i, j) > -1;
  };
  const sectionScore = (a: number, b: number) => {
    const i = leftOfSection.get(a);
    const j = rightOfSection.get(b);
    return i === undefined || j === undefined ? null : score(i, j);
  };
  const evidenced = (a: number, b: number) => {
    const i = leftOfSection.get(a);
    const j = rightOfSection.get(b);
    // A shared section number alone (0.5) is not enough: stale translations renumber.
    if (i === undefined || j === undefined) return false;
    if (evidenceOf(i, j) >= 1 || strongPairs.has(`${i}/${j}`)) return true;
    // The content's own tokens, without the headings' (their section numbers), and without those most sections
    // hold (`TL;DR` in every practice of a README): they tell no section apart.
    leftCommon ??= commonTokens(leftContent);
    rightCommon ??= commonTokens(rightContent);
    const own = (content: SectionContent, heading: Block, common: Set<string>) => {
      const skip = new Set(featureTokens(heading.features));
      return content.tokens.filter((token) => !skip.has(token) && !common.has(token));
    };
    return (
      multisetJaccard(own(leftContent[i]!, leftSections[i]!.heading!, leftCommon), own(rightContent[j]!, rightSections[j]!.heading!, rightCommon)) > 0
    );
  };
  let leftCommon: Set<string> | null = null;
  let rightCommon: Set<string> | null = null;
  const homes = (document: DocumentModel, paired: Map<number, number>) =>
    document.sections.map((section) =>
      !paired.has(section.index) && section.parent !== null && paired.has(section.parent) ? section.parent : section.index,
    );
  const home = { left: homes(left, leftToRight), right: homes(right, rightToLeft) };
  return { anchors, leftToRight, rightToLeft, moved, home, compatible, score: sectionScore, evidenced };
}

/** Tokens held by more than a few sections (see distinctiveBlocks). */
function commonTokens(contents: readonly SectionContent[]): Set<string> {
  const holders = new Map<string, number>();
  for (const content of contents) for (const token of new Set(content.tokens)) holders.set(token, (holders.get(token) ?? 0) + 1);
  return new Set([...holders].filter(([, count]) => count > distinctiveBlocks).map(([token]) => token));
}

function isStableToken(token: string): boolean {
  return !token.startsWith('W:') && !token.startsWith('L:#');
}

/** The chain of pairs increasing on both sides with the most weight (pairs sorted by left index). */
function heaviestChain(pairs: ReadonlyArray<[number, number, number]>): Array<[number, number, number]> {
  const total = pairs.map(([, , weight]) => weight);
  const previous = pairs.map(() => -1);
  for (let k = 0; k < pairs.length; k++) {
    for (let q = 0; q < k; q++) {
      if (pairs[q]![0] < pairs[k]![0] && pairs[q]![1] < pairs[k]![1] && total[q]! + pairs[k]![2] > total[k]!) {
        total[k] = total[q]! + pairs[k]![2];
        previous[k] = q;
      }
    }
  }
  let end = -1;
  for (let k = 0; k < pairs.length; k++) if (end < 0 || total[k]! > total[end]!) end = k;
  const chain: Array<[number, number, number]> = [];
  for (let k = end; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
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
    if (tokens.length < 64) tokens.push(...signatures[index]!.tokens.map(withoutFragment));
  }
  return { length, blocks: section.blocks.length, tokens: tokens.sort() };
}

/**
 * A link to another page without its `#fragment`: a translation links the same page at its translated heading
 * (`/en/guides/typescript/#type-imports`, `/fr/guides/typescript/#importations-de-types`). Sections are compared by
 * the pages they link to; in-page links (`#anchor`) stay as they are.
 */
function withoutFragment(token: string): string {
  if (!token.startsWith('L:') || token.startsWith('L:#')) return token;
  const hash = token.indexOf('#');
  return hash < 0 ? token : token.slice(0, hash);
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
  blocks: { left: readonly Block[]; right: readonly Block[] },
  sections: SectionPairing,
  pins: ResolvedPins,
  elsewhere: (left: number, right: number) => boolean,
): void {
  const n = i1 - i0;
  const m = j1 - j0;
  const balance = positionWeight(n, m);
  const leftAnchor = (i: number) => anchorBefore(blocks.left, i0 + i + 1);
  const rightAnchor = (j: number) => anchorBefore(blocks.right, j0 + j + 1);
  const score = (i: number, j: number) => {
    // A pinned block pairs only as pinned.
    const pinA = pins.left.get(i0 + i);
    if (pinA !== undefined) return pinA === j0 + j ? 1 : -1;
    const pinB = pins.right.get(j0 + j);
    if (pinB !== undefined) return pinB === i0 + i ? 1 : -1;
    // An `<a name>` before a heading pairs only with the same anchor.
    const anchorA = leftAnchor(i);
    const anchorB = rightAnchor(j);
    if (anchorA !== null || anchorB !== null) return anchorA === anchorB ? 1 : -1;
    // Never across a section boundary when both sections have a counterpart. A subsection with none belongs to
    // its parent's counterpart (see SectionPairing.home).
    const a = blocks.left[i0 + i]!.section;
    const b = blocks.right[j0 + j]!.section;
    const counterpartOfA = sections.leftToRight.get(a);
    if (counterpartOfA !== undefined && counterpartOfA !== b && sections.home.right[b] !== counterpartOfA) return -1;
    const counterpartOfB = sections.rightToLeft.get(b);
    if (counterpartOfB !== undefined && counterpartOfB !== a && sections.home.left[a] !== counterpartOfB) return -1;
    if (counterpartOfA === undefined && counterpartOfB === undefined && !sections.compatible(a, b)) return -1;
    const similarity = blockSimilarity(leftSignatures[i0 + i]!, rightSignatures[j0 + j]!, context, balance * Math.abs((i + 0.5) / n - (j + 0.5) / m));
    return elsewhere(i0 + i, j0 + j) ? similarity - elsewherePenalty : similarity;
  };
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
      ...(pair.margin === undefined ? {} : { margin: pair.margin }),
    });
  }
}

const linksToAnchor = (item: ListItemModel) => item.features.links.some((link) => link.url.startsWith('#'));

function alignItems(
  left: ListItemModel[],
  right: ListItemModel[],
  context: ScoreContext,
  anchors?: { left: (link: string) => string | null; right: (link: string) => string | null },
): ItemPair[] {
  const tokensOf = (item: ListItemModel, resolve: ((link: string) => string | null) | undefined) => {
    const tokens = featureTokens(item.features);
    if (resolve) {
      for (const link of item.features.links) {
        const token = link.url.startsWith('#') ? resolve(link.url) : null;
        if (token !== null) tokens.push(token);
      }
    }
    return tokens.sort();
  };
  const leftTokens = left.map((item) => tokensOf(item, anchors?.left));
  const rightTokens = right.map((item) => tokensOf(item, anchors?.right));
  const leftGrams = left.map((item) => trigramBag(item.features.text));
  const rightGrams = right.map((item) => trigramBag(item.features.text));
  const balance = positionWeight(left.length, right.length);
  const score = (i: number, j: number, usePosition = true) => {
    const a = left[i]!;
    const b = right[j]!;
    const position = usePosition ? balance * Math.abs((i + 0.5) / left.length - (j + 0.5) / right.length) : 0;
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

  // Items sharing a token found in no other item of either list (a URL, code, an image) are counterparts
  // wherever they stand: a reordered or re-sorted list keeps its links.
  const strong = uniqueTokenPairs(leftTokens, rightTokens);
  const pairedLeft = new Map(strong.map(([i, j]) => [i, j]));
  const pairedRight = new Set(strong.map(([, j]) => j));
  const lefts = left.map((_, i) => i).filter((i) => !pairedLeft.has(i));
  const rights = right.map((_, j) => j).filter((j) => !pairedRight.has(j));
  // In a list whose items its tokens identify, two items with tokens and none in common pair only in the same
  // gap between identified items (a link that changed: `/query/` against `/query/latest`); elsewhere they are
  // different entries of a reordered list. A token only mistyped (`/blog` against `/blgo`) pairs anywhere.
  const slot = (index: number, side: 0 | 1) => strong.filter((pair) => pair[side] < index).length;
  const restScore = (x: number, y: number) => {
    const a = leftTokens[lefts[x]!]!;
    const b = rightTokens[rights[y]!]!;
    if (
      strong.length > 0 &&
      a.length > 0 &&
      b.length > 0 &&
      multisetJaccard(a, b) === 0 &&
      slot(lefts[x]!, 0) !== slot(rights[y]!, 1) &&
      !a.some((t) => b.some((u) => nearlyEqual(t, u)))
    )
      return -1;
    return score(lefts[x]!, rights[y]!);
  };
  const rest = withConfidence(
    alignSequences(lefts.length, rights.length, { score: restScore, gap: itemGap }),
    lefts.length,
    rights.length,
    restScore,
  ).map((pair) => ({
    left: pair.left === null ? null : lefts[pair.left]!,
    right: pair.right === null ? null : rights[pair.right]!,
    confidence: pair.confidence,
  }));
  if (strong.length === 0) return rest;

  // Rows in left order; an item only on the right follows the row holding the right item before it.
  const rows: ItemPair[] = [];
  const restByLeft = new Map(rest.filter((pair) => pair.left !== null).map((pair) => [pair.left!, pair]));
  for (let i = 0; i < left.length; i++) {
    const j = pairedLeft.get(i);
    rows.push(j !== undefined ? { left: i, right: j, confidence: pairConfidence(Math.max(0.5, score(i, j, false))) } : restByLeft.get(i)!);
  }
  for (const pair of rest) {
    if (pair.left !== null) continue;
    let at = 0;
    for (let k = rows.length - 1; k >= 0; k--) {
      if (rows[k]!.right !== null && rows[k]!.right! < pair.right!) {
        at = k + 1;
        break;
      }
    }
    rows.splice(at, 0, pair);
  }
  return rows;
}

/** Same kind of token, at most two edits apart (Levenshtein; `/blgo` is two) and each at least five characters: a typo, not another token. */
function nearlyEqual(a: string, b: string): boolean {
  if (!b.startsWith(a.slice(0, 1)) || Math.abs(a.length - b.length) > 2 || a.length < 5 || b.length < 5) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
      best = Math.min(best, current[j]!);
    }
    if (best > 2) return false;
    previous = current;
  }
  return previous[b.length]! <= 2;
}

/**
 * Tokens held by exactly one element on each side, as links between those elements: for each left element, the right
 * elements it shares such a token with, and the reverse. Patience diff's unique lines, for tokens.
 */
function uniqueTokenLinks(
  leftTokens: ReadonlyArray<readonly string[]>,
  rightTokens: ReadonlyArray<readonly string[]>,
): { forward: Map<number, Set<number>>; backward: Map<number, Set<number>> } {
  const owners = (all: ReadonlyArray<readonly string[]>) => {
    const owner = new Map<string, number>();
    all.forEach((tokens, i) => {
      for (const token of new Set(tokens)) owner.set(token, owner.has(token) ? -1 : i);
    });
    return owner;
  };
  const leftOwner = owners(leftTokens);
  const rightOwner = owners(rightTokens);
  const forward = new Map<number, Set<number>>();
  const backward = new Map<number, Set<number>>();
  for (const [token, i] of leftOwner) {
    const j = rightOwner.get(token);
    if (i < 0 || j === undefined || j < 0) continue;
    forward.set(i, (forward.get(i) ?? new Set()).add(j));
    backward.set(j, (backward.get(j) ?? new Set()).add(i));
  }
  return { forward, backward };
}

/** Pairs (i, j) sharing a token that occurs in item i only on the left and item j only on the right, and no conflicting one. */
function uniqueTokenPairs(leftTokens: readonly string[][], rightTokens: readonly string[][]): Array<[number, number]> {
  const { forward, backward } = uniqueTokenLinks(leftTokens, rightTokens);
  const pairs: Array<[number, number]> = [];
  for (const [i, js] of forward) {
    if (js.size !== 1) continue;
    const j = [...js][0]!;
    if (backward.get(j)!.size === 1) pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
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
): Array<{ left: number | null; right: number | null; confidence: number; margin?: number }> {
  return pairs.map((pair, k) => {
    if (pair.left !== null && pair.right !== null)
      return {
        left: pair.left,
        right: pair.right,
        confidence: pairConfidence(pair.score),
        ...(pair.margin === undefined ? {} : { margin: pair.margin }),
      };
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
function nearestOtherSide(pairs: SequencePair[], k: number, side: Side): number {
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
  // Splits beyond two: a run of one-sided paragraphs next to a paragraph pair whose other side is about as long
  // as the pair's paragraph and the whole run together (one paragraph translated as three, or three merged).
  rows.forEach((row, k) => {
    if (row.left === null || row.right === null || row.joinedTo !== undefined) return;
    if (leftBlocks[row.left]!.kind !== 'paragraph' || rightBlocks[row.right]!.kind !== 'paragraph') return;
    for (const side of ['left', 'right'] as const) {
      const own = side === 'left' ? leftBlocks : rightBlocks;
      const theirs = (side === 'left' ? rightBlocks : leftBlocks)[row[side === 'left' ? 'right' : 'left']!]!;
      const scale = side === 'left' ? Math.exp(context.logRatio) : Math.exp(-context.logRatio);
      const fit = (expected: number) => Math.abs(Math.log((theirs.features.length + 12) / (expected * scale + 12)));
      const alone = fit(own[row[side]!]!.features.length);
      for (const direction of [1, -1]) {
        const run: number[] = [];
        for (let n = k + direction; run.length < 4; n += direction) {
          const candidate = rows[n];
          const other = side === 'left' ? 'right' : 'left';
          if (!candidate || candidate[side] === null || candidate[other] !== null || candidate.joinedTo !== undefined) break;
          if (own[candidate[side]]!.kind !== 'paragraph') break;
          run.push(n);
        }
        let length = own[row[side]!]!.features.length;
        let take = 0;
        run.forEach((n, t) => {
          length += own[rows[n]![side]!]!.features.length;
          if (t >= 1 && fit(length) < 0.2 && fit(length) + 0.15 < alone) take = t + 1;
        });
        for (const n of run.slice(0, take)) rows[n]!.joinedTo = k;
      }
    }
  });
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

/**
 * A pair without shared evidence is uncertain when the best alignment without
 * it scores within this much of the best one (see SequencePair.margin): a
 * neighbour would fit about as well. Tuned on tests/alignment: the wrong pairs
 * of prose without evidence have margins below 0.1, correct pairs that order
 * settles (a section missing between translated ones) 0.2 and more.
 */
const uncertainMargin = 0.15;
/** The margin a pair needs when its blocks' tokens all differ (several on each side). */
const contradictedMargin = 0.4;
/** A length score below this (about one standard deviation off the document's ratio) fits poorly. */
const poorFit = 0.1;

/**
 * Marks the pairs a reviewer should not take on trust (see UncertainReason).
 * A pair that shares evidence (a token, or strong section evidence) is never
 * uncertain. Otherwise it is uncertain when another pairing scores about as
 * well (no-shared-tokens), when it is a heading pair whose sections' lengths
 * disagree and whose content has no pair that fits (length-disagrees), or a
 * heading next to a moved section (order-broken). A block pair whose lengths
 * disagree is not uncertain for that alone: that is drift the checks report.
 */
function markUncertain(
  rows: BlockPair[],
  left: DocumentModel,
  right: DocumentModel,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
  sections: SectionPairing,
  sharesEvidence: (left: number, right: number, heading?: boolean) => boolean,
): void {
  // Sections standing next to a moved one: there, order is no evidence.
  const movedNear = new Set<number>();
  for (const [a] of sections.moved) for (const d of [-1, 1]) movedNear.add(a + d);
  const shares = (a: Block, b: Block) => sharesEvidence(a.index, b.index);
  // The pair's own differing tokens weigh in its margin as they do in the alternatives': a link changed in one
  // paragraph of an ordered run still leaves a wide margin (any other pairing leaves blocks unpaired), while two
  // member cards of different people, whose links all differ, barely beat leaving both unpaired.
  const margin = (row: BlockPair) => row.margin ?? 0;
  // Without shared evidence, a pair is doubtful when a neighbour would fit about as well. When both blocks carry
  // several tokens and all differ (two member cards of different people), the evidence speaks against the pair and
  // order must hold it by a wider margin. One token changed on each side (a mistyped link, swapped digits) is what
  // the checks report, not a doubt about the pairing.
  const doubtful = (row: BlockPair, a: Block, b: Block) => {
    if (margin(row) < uncertainMargin) return true;
    const x = new Set(leftSignatures[a.index]!.tokens);
    const y = new Set(rightSignatures[b.index]!.tokens);
    const disagree = [...x].filter((token) => !y.has(token)).length >= 2 && [...y].filter((token) => !x.has(token)).length >= 2;
    return disagree && margin(row) < contradictedMargin;
  };
  // Section pairs whose content has a pair that fits: shared evidence, or well-fitting lengths and a clear margin.
  const supported = new Set<string>();
  for (const row of rows) {
    if (row.left === null || row.right === null) continue;
    const a = left.blocks[row.left]!;
    const b = right.blocks[row.right]!;
    if (a.heading || b.heading) continue;
    const fits = lengthScore(a.features.length, b.features.length, context.logRatio) >= poorFit && margin(row) >= uncertainMargin;
    if (shares(a, b) || fits) supported.add(`${sections.home.left[a.section]}/${sections.home.right[b.section]}`);
  }
  const headedLeft = left.sections.filter((section) => section.heading).map((section) => section.index);
  const headedRight = right.sections.filter((section) => section.heading).map((section) => section.index);
  const leftPosition = new Map(headedLeft.map((index, k) => [index, k]));
  const rightPosition = new Map(headedRight.map((index, k) => [index, k]));
  const neighbourScoresAsWell = (i: number, j: number) => {
    const own = sections.score(i, j) ?? -1;
    const p = leftPosition.get(i)!;
    const q = rightPosition.get(j)!;
    let alternative = -1;
    for (const other of [headedRight[q - 1], headedRight[q + 1]])
      if (other !== undefined) alternative = Math.max(alternative, sections.score(i, other) ?? -1);
    for (const other of [headedLeft[p - 1], headedLeft[p + 1]])
      if (other !== undefined) alternative = Math.max(alternative, sections.score(other, j) ?? -1);
    return alternative >= own - 0.1;
  };
  // What each section holds that tells sections apart, its badge subsections' content included (see SectionPairing.home):
  // links, code, images and long numbers, without the headings' own tokens.
  const homeTokens = (document: DocumentModel, signatures: readonly Signature[], home: readonly number[]) => {
    const tokens = new Map<number, Set<string>>();
    for (const block of document.blocks) {
      if (block.heading) continue;
      const owner = home[block.section]!;
      const own = tokens.get(owner) ?? new Set<string>();
      for (const token of signatures[block.index]!.tokens) if (isStableToken(token) && !/^N:\d{1,2}$/.test(token)) own.add(withoutFragment(token));
      tokens.set(owner, own);
    }
    return tokens;
  };
  let leftHomeTokens: Map<number, Set<string>> | null = null;
  let rightHomeTokens: Map<number, Set<string>> | null = null;
  // Both sections' content carries such tokens, three at least together, and none is shared: the content speaks
  // against the pair (a stale translation's old practice against a new one at the same number). One link changed on
  // each side is what the checks report; this takes more.
  const contentContradicts = (i: number, j: number) => {
    leftHomeTokens ??= homeTokens(left, leftSignatures, sections.home.left);
    rightHomeTokens ??= homeTokens(right, rightSignatures, sections.home.right);
    const x = [...(leftHomeTokens.get(i) ?? [])];
    const y = rightHomeTokens.get(j) ?? new Set<string>();
    if (x.length === 0 || y.size === 0 || x.length + y.size < 3) return false;
    return !x.some((token) => y.has(token) || [...y].some((other) => nearlyEqual(token, other)));
  };
  const uncertainSections = new Map<string, Uncertainty>();
  for (const row of rows) {
    if (row.left === null || row.right === null) continue;
    const a = left.blocks[row.left]!;
    const b = right.blocks[row.right]!;
    const reasons: UncertainReason[] = [];
    if (a.heading && b.heading) {
      const i = a.section;
      const j = b.section;
      if (sections.evidenced(i, j) || sharesEvidence(a.index, b.index, true)) continue;
      if (sections.score(i, j) === null) continue;
      if (doubtful(row, a, b) || contentContradicts(i, j)) reasons.push('no-shared-tokens');
      // Lengths that fit poorly (beyond about one standard deviation), no content pair that fits, and a neighbouring
      // section that would score as well out of order: only position holds the pair (a stale translation often
      // replaced a section by another at the same place).
      const contentA = sectionLength(left, i);
      const contentB = sectionLength(right, j);
      const lengths = contentA + contentB > 0 ? lengthScore(contentA, contentB, context.logRatio) : null;
      if (lengths !== null && !supported.has(`${i}/${j}`) && (lengths < 0 || (lengths < poorFit && neighbourScoresAsWell(i, j))))
        reasons.push('length-disagrees');
      if (movedNear.has(i)) reasons.push('order-broken');
    } else {
      // Front matter pairs with front matter; markup-only blocks (`<br/>`) carry nothing a finding could rest on.
      if (a.kind === 'frontmatter' || leftSignatures[a.index]!.spacer || rightSignatures[b.index]!.spacer) continue;
      // Code and HTML are evidence themselves: a pair sharing a line is certain (a `<details>` block paired with an
      // `<h1 id>` one shares none).
      if ((a.kind === 'code' || a.kind === 'html') && multisetJaccard(leftSignatures[a.index]!.codeLines, rightSignatures[b.index]!.codeLines) > 0)
        continue;
      if (shares(a, b)) continue;
      if (doubtful(row, a, b)) {
        reasons.push('no-shared-tokens');
        if (lengthScore(a.features.length, b.features.length, context.logRatio) < 0) reasons.push('length-disagrees');
      }
    }
    if (reasons.length > 0) row.uncertain = { reasons };
    if (a.heading && row.uncertain) uncertainSections.set(`${a.section}/${b.section}`, row.uncertain);
  }
  // The blocks of an uncertain section pair, with no evidence of their own, are as uncertain as its headings.
  for (const row of rows) {
    if (row.left === null || row.right === null || row.uncertain) continue;
    const a = left.blocks[row.left]!;
    const b = right.blocks[row.right]!;
    const inherited = uncertainSections.get(`${a.section}/${b.section}`);
    if (inherited && !a.heading && !shares(a, b)) row.uncertain = { reasons: [...inherited.reasons] };
  }
}

/**
 * Tokens that many blocks hold on both sides (a `✔` badge on every heading, the Twitter icon of every member
 * card, `TL;DR`) tell no block apart: kept, two cards of different people would look alike. They are dropped
 * from the tokens blocks are scored on (the keys, unique by definition, are untouched).
 */
function withoutCommonTokens(left: Signature[], right: Signature[]): [Signature[], Signature[]] {
  const holders = (signatures: readonly Signature[]) => {
    const count = new Map<string, number>();
    for (const signature of signatures) for (const token of new Set(signature.tokens)) count.set(token, (count.get(token) ?? 0) + 1);
    return count;
  };
  const leftHolders = holders(left);
  const rightHolders = holders(right);
  const common = new Set<string>();
  for (const [token, count] of leftHolders) if (count > distinctiveBlocks && (rightHolders.get(token) ?? 0) > distinctiveBlocks) common.add(token);
  if (common.size === 0) return [left, right];
  const strip = (signature: Signature): Signature =>
    signature.tokens.some((token) => common.has(token))
      ? { ...signature, tokens: signature.tokens.filter((token) => !common.has(token)) }
      : signature;
  return [left.map(strip), right.map(strip)];
}

/** What a pair loses when one of its blocks shares a key, found once on each side, with another block. */
const elsewherePenalty = 0.6;

/**
 * Whether pairing left block `a` with right block `b` goes against a key found exactly once on each side (a link, a
 * code span, an image) that ties one of them to another block: the example `choco list {{[-i|--include-programs]}}`
 * of a stale tldr page sits four lines further down in the translation, and pairing it with the example at its old
 * position compares two different commands. Patience diff's rule, used as evidence at every size (the sequence
 * aligner anchors on such keys only in large inputs). A pair that shares a token of its own is not held against.
 */
function uniquePartners(left: readonly Signature[], right: readonly Signature[]): (a: number, b: number) => boolean {
  const { forward, backward } = uniqueTokenLinks(
    left.map((signature) => signature.keys),
    right.map((signature) => signature.keys),
  );
  return (a, b) => {
    const ofA = forward.get(a);
    const ofB = backward.get(b);
    if ((!ofA || ofA.has(b)) && (!ofB || ofB.has(a))) return false;
    return multisetJaccard(left[a]!.tokens, right[b]!.tokens) === 0;
  };
}

/** How many blocks of one side may hold a token for it to still tell blocks apart (a `✔` badge on every heading does not). */
const distinctiveBlocks = 3;

/**
 * Whether two blocks share a token that tells blocks apart: one held by a few
 * blocks on each side at most. Section numbers of headings do not count when
 * `heading` is set: stale translations renumber.
 */
function distinctiveSharing(
  leftSignatures: readonly Signature[],
  rightSignatures: readonly Signature[],
): (left: number, right: number, heading?: boolean) => boolean {
  const holders = (signatures: readonly Signature[]) => {
    const count = new Map<string, number>();
    for (const signature of signatures) for (const token of new Set(signature.tokens)) count.set(token, (count.get(token) ?? 0) + 1);
    return count;
  };
  let leftHolders: Map<string, number> | null = null;
  let rightHolders: Map<string, number> | null = null;
  return (a, b, heading = false) => {
    const x = leftSignatures[a]!.tokens;
    const y = rightSignatures[b]!.tokens;
    if (multisetJaccard(x, y) === 0) return false;
    leftHolders ??= holders(leftSignatures);
    rightHolders ??= holders(rightSignatures);
    const theirs = new Set(y);
    return x.some(
      (token) =>
        theirs.has(token) &&
        !(heading && token.startsWith('N:')) &&
        leftHolders!.get(token)! <= distinctiveBlocks &&
        rightHolders!.get(token)! <= distinctiveBlocks,
    );
  };
}

function sectionLength(document: DocumentModel, section: number): number {
  let length = 0;
  for (const index of document.sections[section]!.blocks) if (!document.blocks[index]!.heading) length += document.blocks[index]!.features.length;
  return length;
}

/**
 * Sections paired by strong evidence out of order: their heading rows point
 * at each other as moved, and so do the blocks of their content that pair.
 */
function markMovedSections(
  rows: BlockPair[],
  moved: ReadonlyArray<[number, number]>,
  left: DocumentModel,
  right: DocumentModel,
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
): void {
  if (moved.length === 0) return;
  const leftRow = new Map<number, number>();
  const rightRow = new Map<number, number>();
  rows.forEach((row, k) => {
    if (row.left !== null && row.right === null) leftRow.set(row.left, k);
    if (row.right !== null && row.left === null) rightRow.set(row.right, k);
  });
  const link = (a: number, b: number) => {
    const x = leftRow.get(a);
    const y = rightRow.get(b);
    if (x === undefined || y === undefined || rows[x]!.movedTo !== undefined || rows[y]!.movedTo !== undefined) return;
    rows[x]!.movedTo = y;
    rows[y]!.movedTo = x;
  };
  for (const [a, b] of moved) {
    const lefts = left.sections[a]!.blocks;
    const rights = right.sections[b]!.blocks;
    if (anchorBefore(left.blocks, lefts[0]!) !== null && anchorBefore(right.blocks, rights[0]!) !== null) link(lefts[0]! - 1, rights[0]! - 1);
    const pairs = alignSequences(lefts.length, rights.length, {
      score: (i, j) => blockSimilarity(leftSignatures[lefts[i]!]!, rightSignatures[rights[j]!]!, context, 0),
      gap: blockGap,
    });
    for (const pair of pairs) {
      if (pair.left !== null && pair.right !== null && (pair.left === 0 || pair.score >= 0)) link(lefts[pair.left]!, rights[pair.right]!);
    }
  }
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
function markMoves(
  rows: BlockPair[],
  leftSignatures: Signature[],
  rightSignatures: Signature[],
  context: ScoreContext,
  allowed: (left: number, right: number) => boolean,
): void {
  const candidates: Array<{ l: number; r: number; score: number }> = [];
  rows.forEach((row, k) => {
    if (row.left === null || row.right !== null || row.joinedTo !== undefined) return;
    for (let x = Math.max(0, k - moveWindow); x <= Math.min(rows.length - 1, k + moveWindow); x++) {
      const other = rows[x]!;
      if (other.right === null || other.left !== null || other.joinedTo !== undefined) continue;
      if (!allowed(row.left, other.right)) continue;
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

/** ln of the ratio of the mean text-block lengths, or null when a side has no text block. */
function meanLogRatio(left: readonly Block[], right: readonly Block[]): number | null {
  const a = textLengths(left);
  const b = textLengths(right);
  if (a.length === 0 || b.length === 0) return null;
  return Math.log((sum(b) / b.length + 1) / (sum(a) / a.length + 1));
}

/**
 * How well an alignment fits the length ratio it was made with: its pairs' similarity and its one-sided rows' gap
 * cost, once paragraphs split or merged are read as one group (as markJoins will read them), so that a merge does not
 * count as a missing paragraph under the ratio that explains it.
 */
function fit(
  rows: readonly BlockPair[],
  leftBlocks: readonly Block[],
  rightBlocks: readonly Block[],
  left: readonly Signature[],
  right: readonly Signature[],
  context: ScoreContext,
): number {
  const grouped = rows.map((row) => ({ ...row }));
  markJoins(grouped, leftBlocks, rightBlocks, context);
  const extra = grouped.map(() => ({ left: 0, right: 0 }));
  for (const row of grouped) {
    if (row.joinedTo === undefined) continue;
    if (row.left !== null) extra[row.joinedTo]!.left += left[row.left]!.length;
    if (row.right !== null) extra[row.joinedTo]!.right += right[row.right]!.length;
  }
  let total = 0;
  grouped.forEach((row, k) => {
    if (row.joinedTo !== undefined) return;
    if (row.left === null || row.right === null) {
      total += blockGap;
      return;
    }
    const a = left[row.left]!;
    const b = right[row.right]!;
    const more = extra[k]!;
    total += blockSimilarity(
      more.left > 0 ? { ...a, length: a.length + more.left } : a,
      more.right > 0 ? { ...b, length: b.length + more.right } : b,
      context,
      0,
    );
  });
  return total;
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
