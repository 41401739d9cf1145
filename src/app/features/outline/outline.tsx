/**
 * The outline: the aligned section tree (both titles per entry) with finding
 * counts, as an ARIA tree. Arrow keys move and fold, Enter goes to the section.
 */
import { useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SectionRow } from '../../../core/index.js';
import type { FindingView } from '../../protocol.js';
import { useSplitter } from '../../shared/hooks/use-splitter.js';
import { buildOutline, type OutlineNode } from './build-outline.js';

interface OutlineProps {
  sections: readonly SectionRow[];
  findings: readonly FindingView[];
  current: number;
  onSelectSection: (section: number) => void;
  treeRef: RefObject<HTMLUListElement | null>;
}

/** The tree is not virtualised: past this many entries it stops, to keep the page light. */
const maxItems = 400;

const minWidth = 160;

function parentsOf(node: OutlineNode): number[] {
  return node.children.length === 0 ? [] : [node.section, ...node.children.flatMap(parentsOf)];
}

export function Outline({ sections, findings, current, onSelectSection, treeRef }: OutlineProps) {
  const roots = useMemo(() => buildOutline(sections, findings), [sections, findings]);
  // A document with hundreds of sections opens with its subsections folded.
  const [folded, setFolded] = useState<ReadonlySet<number>>(() => (sections.length > maxItems ? new Set(roots.flatMap(parentsOf)) : new Set()));
  const [focused, setFocused] = useState<number | null>(null);
  const visible = useMemo(() => {
    const list: OutlineNode[] = [];
    const walk = (nodes: OutlineNode[]) => {
      for (const node of nodes) {
        list.push(node);
        if (!folded.has(node.section)) walk(node.children);
      }
    };
    walk(roots);
    return list;
  }, [roots, folded]);
  // Widened by its right edge: long titles need more room than the default.
  const { size: width, handle } = useSplitter({
    storageKey: 'mdparity:outline-width',
    dimension: 'width',
    min: minWidth,
    max: () => Math.max(minWidth, Math.round(window.innerWidth / 2)),
    step: 40,
    label: 'Outline width (arrow keys; Home, End; Enter restores it)',
    controls: 'outline',
    className: 'outline-resize',
    testId: 'outline-resize',
  });
  const focusTarget = focused ?? visible.find((node) => node.section === current)?.section ?? visible[0]?.section ?? null;
  const itemRefs = useRef(new Map<number, HTMLLIElement>());

  const move = (section: number) => {
    setFocused(section);
    itemRefs.current.get(section)?.focus();
  };
  const toggle = (section: number, fold: boolean) =>
    setFolded((previous) => {
      const next = new Set(previous);
      if (fold) next.add(section);
      else next.delete(section);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent, node: OutlineNode) => {
    const index = visible.indexOf(node);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (visible[index + 1]) move(visible[index + 1]!.section);
        break;
      case 'ArrowUp':
        if (visible[index - 1]) move(visible[index - 1]!.section);
        break;
      case 'Home':
        if (visible[0]) move(visible[0].section);
        break;
      case 'End':
        if (visible.length > 0) move(visible[visible.length - 1]!.section);
        break;
      case 'ArrowRight':
        if (node.children.length > 0 && folded.has(node.section)) toggle(node.section, false);
        else if (node.children[0]) move(node.children[0].section);
        break;
      case 'ArrowLeft':
        if (node.children.length > 0 && !folded.has(node.section)) toggle(node.section, true);
        else if (node.parent) move(node.parent.section);
        break;
      case 'Enter':
      case ' ':
        onSelectSection(node.section);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  let rendered = 0;
  const renderNode = (node: OutlineNode) => {
    if (rendered >= maxItems) return null;
    rendered++;
    const expanded = node.children.length > 0 ? !folded.has(node.section) : undefined;
    const titles =
      node.left === node.right || !node.right ? (node.left ?? node.right ?? '') : node.left ? `${node.left} / ${node.right}` : node.right;
    return (
      <li
        key={node.section}
        ref={(element) => {
          if (element) itemRefs.current.set(node.section, element);
          else itemRefs.current.delete(node.section);
        }}
        role="treeitem"
        aria-level={node.depth}
        aria-expanded={expanded}
        aria-selected={node.section === current}
        aria-label={`${titles}${node.total > 0 ? `, ${node.total} finding${node.total === 1 ? '' : 's'}` : ''}${!node.left ? ', right only' : !node.right ? ', left only' : ''}`}
        tabIndex={node.section === focusTarget ? 0 : -1}
        className={`tree-item${node.section === current ? ' tree-current' : ''}`}
        onKeyDown={(event) => onKeyDown(event, node)}
        onFocus={(event) => {
          if (event.target === event.currentTarget) setFocused(node.section);
        }}
      >
        <div
          className="tree-line"
          style={{ paddingInlineStart: `${(node.depth - 1) * 0.9 + 0.3}rem` }}
          onClick={(event) => {
            event.stopPropagation();
            onSelectSection(node.section);
          }}
        >
          <span
            className="tree-toggle"
            aria-hidden="true"
            onClick={(event) => {
              if (node.children.length === 0) return;
              event.stopPropagation();
              toggle(node.section, expanded === true);
            }}
          >
            {expanded === undefined ? '' : expanded ? '▾' : '▸'}
          </span>
          <span className="tree-titles" title={`${node.left ?? '(missing on the left)'}\n${node.right ?? '(missing on the right)'}`}>
            <span className={node.left ? 'tree-title' : 'tree-title tree-missing'}>{node.left ?? 'missing on the left'}</span>
            <span className={node.right ? 'tree-title tree-title-right' : 'tree-title tree-title-right tree-missing'}>
              {node.right ?? 'missing on the right'}
            </span>
          </span>
          {node.total > 0 && (
            <span className="count-badge" aria-hidden="true">
              {node.total}
            </span>
          )}
        </div>
        {expanded && (
          <ul role="group" className="tree-group">
            {node.children.map(renderNode)}
          </ul>
        )}
      </li>
    );
  };

  return (
    <nav id="outline" className="outline" aria-labelledby="outline-title" style={width === null ? undefined : { width }}>
      <div className="outline-scroll">
        <h2 id="outline-title" className="panel-title">
          Outline
        </h2>
        {roots.length === 0 ? (
          <p className="muted outline-empty">No headings.</p>
        ) : (
          <>
            <ul role="tree" aria-labelledby="outline-title" className="tree" ref={treeRef}>
              {roots.map(renderNode)}
            </ul>
            {visible.length > maxItems && (
              <p className="muted outline-empty">…and {visible.length - maxItems} more sections: scroll the aligned view to reach them.</p>
            )}
          </>
        )}
      </div>
      {handle}
    </nav>
  );
}
