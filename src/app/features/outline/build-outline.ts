/** The report's aligned sections as a tree (by heading depth), with finding counts per subtree. */
import type { SectionRow } from '../../../core/index.js';
import type { FindingView } from '../../protocol.js';

export interface OutlineNode {
  section: number;
  left: string | null;
  right: string | null;
  depth: number;
  /** Findings in this section alone, and in it with its subsections. */
  own: number;
  total: number;
  children: OutlineNode[];
  parent: OutlineNode | null;
}

export function buildOutline(sections: readonly SectionRow[], findings: readonly FindingView[]): OutlineNode[] {
  const own = new Array<number>(sections.length).fill(0);
  for (const finding of findings) own[finding.section] = (own[finding.section] ?? 0) + 1;
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  sections.forEach((section, index) => {
    if (index === 0) return;
    const depth = section.left?.depth ?? section.right?.depth ?? 1;
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    const parent = open[open.length - 1] ?? null;
    const node: OutlineNode = {
      section: index,
      left: section.left?.title ?? null,
      right: section.right?.title ?? null,
      depth,
      own: own[index] ?? 0,
      total: own[index] ?? 0,
      children: [],
      parent,
    };
    (parent ? parent.children : roots).push(node);
    open.push(node);
  });
  const sum = (node: OutlineNode): number => (node.total = node.own + node.children.reduce((total, child) => total + sum(child), 0));
  roots.forEach(sum);
  return roots;
}
