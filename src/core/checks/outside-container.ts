/**
 * Content that fell out of its container: the same paragraphs and lists, but
 * outside the quote or list they belong to on the other side. A translator who
 * drops the `>` of a quote's last lines, or indents a list item's continuation
 * by one space too few, leaves the quote or the list shorter and the rest as
 * blocks of their own, which the aligner cannot pair with anything. They are
 * not missing: the structure around them is broken, once.
 *
 * The test is the shape of the content, read from the parse tree: the
 * container on the other side holds, after what its counterpart holds, exactly
 * the leaf blocks (paragraphs, code, …) of the run of blocks with no
 * counterpart that follows it, and every link, code span and image of the run
 * occurs in that container too.
 */
import type { Nodes } from 'mdast';
import { featureTokens } from '../align/score.js';
import type { Block } from '../model/types.js';
import type { Side } from '../vocabulary/side.js';
import type { RowPair } from './rows.js';

export interface OutsideContainer {
  /** Rows of the blocks that fell out (consecutive, on `side` only), before or after the shortened container. */
  rows: number[];
  /** The row of the shortened container and its counterpart. */
  row: number;
  side: Side;
  /** The block the run belongs with on its side: the container left short (or the part of a split list). */
  shortened: Block;
  /** Its counterpart: the container holding all of them. */
  container: Block;
}

const cache = new WeakMap<readonly RowPair[], OutsideContainer[]>();

/**
 * The runs of one-sided blocks that, with the block they stand next to, are one container on the other side:
 * the container's leaf blocks are theirs in order (after it: a quote's or an item's last lines that lost their
 * `>` or indent; before it: a list split by an item that lost its marker).
 */
export function outsideContainers(pairs: readonly RowPair[]): OutsideContainer[] {
  const cached = cache.get(pairs);
  if (cached) return cached;
  const found: OutsideContainer[] = [];
  const claimed = new Set<number>();
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k]!;
    if (!pair.left || !pair.right) continue;
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? 'right' : 'left';
      const container = pair[other]!;
      if (container.kind !== 'list' && container.kind !== 'blockquote') continue;
      const oneSided = (x: number) => pairs[x]?.[side] && !pairs[x][other] && !claimed.has(x);
      const before: number[] = [];
      for (let x = k - 1; oneSided(x); x--) before.unshift(x);
      const after: number[] = [];
      for (let x = k + 1; oneSided(x); x++) after.push(x);
      const held = leafKinds(container.nodes);
      const own = leafKinds(pair[side]!.nodes);
      const containerTokens = new Set(featureTokens(container.features));
      const fits = (rows: number[], ahead: number) => {
        const run = rows.map((x) => pairs[x]![side]!);
        if (run.length === 0 || run.some((block) => block.heading !== undefined || block.kind === 'frontmatter')) return false;
        const leaves = [...rows.slice(0, ahead), k, ...rows.slice(ahead)].flatMap((x) => leafKinds(pairs[x]![side]!.nodes));
        if (leaves.join() !== held.join() || own.length === held.length) return false;
        // Every link, code span and image of the run is the container's too (numbers may be list markers).
        return run.every((block) => featureTokens(block.features).every((token) => token.startsWith('N:') || containerTokens.has(token)));
      };
      const candidates: Array<[number[], number]> = [
        [after, 0],
        [before, before.length],
        [[...before, ...after], before.length],
      ];
      const match = candidates.find(([rows, ahead]) => fits(rows, ahead));
      if (!match) continue;
      for (const x of match[0]) claimed.add(x);
      found.push({ rows: match[0], row: k, side, shortened: pair[side]!, container });
    }
  }
  cache.set(pairs, found);
  return found;
}

/** The leaf blocks of a piece of the tree in order, through quotes, lists and items: `paragraph`, `code`, … */
function leafKinds(nodes: readonly Nodes[]): string[] {
  const kinds: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem') for (const child of node.children) walk(child);
    else kinds.push(node.type);
  };
  for (const node of nodes) walk(node);
  return kinds;
}
