/**
 * A block's rendered preview: mdast → hast → sanitised hast (hast-util-sanitize
 * with its default, GitHub-like schema). Raw HTML is dropped by to-hast (no
 * `allowDangerousHtml`), and the sanitiser removes `javascript:`/`data:` URLs,
 * event handlers and clobbering ids. MDX and directives show as labelled boxes
 * (preview-mdx.ts), never evaluated. Runs in the worker; the app turns the
 * result into React elements and decides about remote images.
 */
import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Definition, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Block, DocumentModel } from '../../core/model/types.js';
import { mdxHandlers, previewSchema } from './preview-mdx.js';

/** Larger blocks are shown as source only: expanding them could take seconds (reference amplification). */
const maxPreviewLength = 100_000;

/** A finding's range in the document's text (UTF-16 offsets), to mark in the preview. */
export interface PreviewRange {
  finding: number;
  start: number;
  end: number;
}

export function previewHast(block: Block, definitions: Definition[], ranges: readonly PreviewRange[] = []): HastRoot | null {
  if (block.kind === 'frontmatter') return null;
  if (block.span.end - block.span.start > maxPreviewLength) return null;
  if (expandedReferenceLength(block, definitions) > Math.max(block.span.end - block.span.start, maxPreviewLength)) return null;
  try {
    const root: Root = { type: 'root', children: [...(block.nodes as Root['children']), ...definitions] };
    const hast = toHast(root, { handlers: mdxHandlers(block) });
    const clean = sanitize(hast, previewSchema) as HastRoot;
    // After sanitising (which keeps positions and would drop the marks' data attributes): the marks are the app's own.
    if (ranges.length > 0) markFindings(clean, ranges);
    stripPositions(clean);
    return clean;
  } catch {
    // A block too deep for the tree walkers: the source view still shows it.
    return null;
  }
}

/**
 * How many characters of link targets the block's reference links would copy
 * into the preview: `[x] ` × 2,000 with one 50 KB definition is an 8 KB block
 * that renders to 100 MB (docs/hostile-inputs.md #14). Capped as cmark caps
 * it: no more than the block itself, or 100 KB.
 */
function expandedReferenceLength(block: Block, definitions: readonly Definition[]): number {
  const lengths = new Map<string, number>();
  for (const definition of definitions) lengths.set(definition.identifier, definition.url.length + (definition.title?.length ?? 0));
  let total = 0;
  const stack: unknown[] = [...block.nodes];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; identifier?: string; children?: unknown[] };
    if ((node.type === 'linkReference' || node.type === 'imageReference') && node.identifier !== undefined)
      total += lengths.get(node.identifier) ?? 0;
    if (node.children) for (const child of node.children) stack.push(child);
  }
  return total;
}

/** Reference definitions as mdast nodes, so each block's reference links resolve on their own. */
export function definitionNodes(model: DocumentModel): Definition[] {
  return [...model.definitions].map(([identifier, url]) => ({ type: 'definition', identifier, label: identifier, url, title: null }));
}

/**
 * Wraps each text whose source overlaps a finding's range in
 * `<mark class="hl hl-finding" data-finding="ids">`, as the source view marks
 * it, so the preview shows where each finding is.
 */
function markFindings(root: HastRoot, ranges: readonly PreviewRange[]): void {
  const visit = (parent: { children: ElementContent[] | RootContent[] }) => {
    parent.children = (parent.children as ElementContent[]).map((child): ElementContent => {
      if (child.type === 'element') {
        visit(child);
        return child;
      }
      if (child.type !== 'text') return child;
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) return child;
      const ids = ranges.filter((range) => range.start < end && range.end > start).map((range) => range.finding);
      if (ids.length === 0) return child;
      return {
        type: 'element',
        tagName: 'mark',
        properties: { className: ['hl', 'hl-finding'], dataFinding: [...new Set(ids)].join(' ') },
        children: [child],
      };
    });
  };
  visit(root);
}

/** Positions are not needed for display and double the size of the message. */
function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  const stack: Array<{ position?: unknown; children?: unknown[] }> = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    delete current.position;
    if (Array.isArray(current.children)) for (const child of current.children) stack.push(child as typeof node);
  }
}
