/**
 * A block's source text with its highlights as <mark> elements. Text goes in
 * as React text children, so whatever the document holds is shown, never run.
 */
import { memo, type ReactNode } from 'react';
import type { BlockView, FindingView } from '../../protocol.js';
import { checkLabel } from '../../shared/lib/labels.js';
import { highlightTree, type RangeNode } from './highlight-tree.js';

interface BlockSourceProps {
  block: BlockView;
  findings: readonly FindingView[];
  selected: number | null;
  /** Marks of the selected finding take Tab focus in the selected row only. */
  focusable: boolean;
}

export const BlockSource = memo(function BlockSource({ block, findings, selected, focusable }: BlockSourceProps) {
  const tree = highlightTree(block);
  const render = (node: RangeNode, key: string): ReactNode => {
    const parts: ReactNode[] = [];
    let at = node.start;
    node.children.forEach((child, i) => {
      if (child.start > at) parts.push(block.text.slice(at, child.start));
      parts.push(render(child, `${key}.${i}`));
      at = child.end;
    });
    if (at < node.end) parts.push(block.text.slice(at, node.end));
    if (node === tree) return parts;
    const active = selected !== null && node.findings.includes(selected);
    const classes = ['hl'];
    if (node.highlight) classes.push(`hl-${node.highlight.kind}`);
    if (node.highlight?.color !== undefined) classes.push(`hl-c${node.highlight.color % 8}`);
    if (node.highlight?.pseudo) classes.push('hl-pseudo');
    if (node.findings.length > 0) classes.push('hl-finding');
    if (active) classes.push('hl-active');
    const tip = [node.highlight?.label, ...node.findings.map((id) => describeFinding(findings[id]))].filter(Boolean).join('\n');
    return (
      <mark
        key={key}
        className={classes.join(' ')}
        data-tip={tip}
        data-finding={node.findings.length > 0 ? node.findings.join(' ') : undefined}
        data-active={active ? 'true' : undefined}
        tabIndex={active && focusable ? 0 : undefined}
      >
        {parts}
      </mark>
    );
  };
  return (
    <>
      {render(tree, 'r')}
      {block.truncated > 0 && <span className="truncated-note"> ({block.truncated} more highlights not shown)</span>}
    </>
  );
});

function describeFinding(finding: FindingView | undefined): string {
  if (!finding) return '';
  return `Finding ${finding.id + 1}: ${checkLabel(finding.check)} (${finding.severity}) — ${finding.message}`;
}
