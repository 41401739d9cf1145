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
  /** Rows of the blocks that fell out (consecutive, on `side` only). */
  rows: number[];
  side: Side;
  /** The block before them on their side: the container left short. */
  shortened: Block;
  /** Its counterpart: the container holding them. */
  container: Block;
}

/** The runs of one-sided blocks that are the tail of the container before them on the other side. */
export function outsideContainers(pairs: readonly RowPair[]): OutsideContainer[] {
  const found: OutsideContainer[] = [];
  for (let k = 0; k + 1 < pairs.length; k++) {
    const pair = pairs[k]!;
    if (!pair.left || !pair.right) continue;
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? 'right' : 'left';
      const container = pair[other]!;
      if (container.kind !== 'list' && container.kind !== 'blockquote') continue;
      const rows: number[] = [];
      for (let x = k + 1; x < pairs.length && pairs[x]![side] && !pairs[x]![other]; x++) rows.push(x);
      if (rows.length === 0) continue;
      const run = rows.map((x) => pairs[x]![side]!);
      if (run.some((block) => block.heading !== undefined || block.kind === 'frontmatter')) continue;
      const own = leafKinds(pair[side]!.nodes);
      const held = leafKinds(container.nodes);
      const tail = run.flatMap((block) => leafKinds(block.nodes));
      if (held.length !== own.length + tail.length || held.slice(own.length).join() !== tail.join()) continue;
      const containerTokens = new Set(featureTokens(container.features));
      if (!run.every((block) => featureTokens(block.features).every((token) => token.startsWith('N:') || containerTokens.has(token)))) continue;
      found.push({ rows, side, shortened: pair[side]!, container });
    }
  }
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
