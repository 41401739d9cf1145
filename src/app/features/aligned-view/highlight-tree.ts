/**
 * Highlights and finding ranges of a block as a tree of nested ranges, for
 * rendering source text with marks. Ranges that come from the parser nest
 * properly; one that would cross its parent's end is clipped to it.
 */
import type { BlockView, Highlight } from '../../protocol.js';

export interface RangeNode {
  start: number;
  end: number;
  highlight: Highlight | null;
  /** Findings pointing at exactly this range. */
  findings: number[];
  children: RangeNode[];
}

export function highlightTree(block: BlockView): RangeNode {
  // Highlights of one kind over one range are one mark: nested, hundreds of them would be hundreds of inline boxes on
  // every line they cover, and Chromium's layout of such a row takes seconds.
  const byKind = new Map<string, RangeNode>();
  for (const highlight of block.highlights) {
    const key = `${highlight.kind}:${highlight.start}:${highlight.end}`;
    if (!byKind.has(key)) byKind.set(key, { start: highlight.start, end: highlight.end, highlight, findings: [], children: [] });
  }
  const nodes = [...byKind.values()];
  const byRange = new Map(nodes.map((node) => [`${node.start}:${node.end}`, node]));
  for (const range of block.findingRanges) {
    if (range.whole) continue;
    const existing = byRange.get(`${range.start}:${range.end}`);
    if (existing) existing.findings.push(range.finding);
    else {
      const node: RangeNode = { start: range.start, end: range.end, highlight: null, findings: [range.finding], children: [] };
      byRange.set(`${range.start}:${range.end}`, node);
      nodes.push(node);
    }
  }
  // Outer ranges first; at equal ranges a finding-only node wraps the highlight.
  nodes.sort((a, b) => a.start - b.start || b.end - a.end || (a.highlight ? 1 : 0) - (b.highlight ? 1 : 0));
  const root: RangeNode = { start: 0, end: block.text.length, highlight: null, findings: [], children: [] };
  const stack: RangeNode[] = [root];
  for (const node of nodes) {
    while (stack.length > 1 && node.start >= stack[stack.length - 1]!.end) stack.pop();
    const parent = stack[stack.length - 1]!;
    node.end = Math.min(node.end, parent.end);
    if (node.end <= node.start) continue;
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}
