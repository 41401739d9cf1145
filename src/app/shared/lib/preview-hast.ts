/**
 * A block's rendered preview: mdast → hast → sanitised hast (hast-util-sanitize
 * with its default, GitHub-like schema). Raw HTML is dropped by to-hast (no
 * `allowDangerousHtml`), and the sanitiser removes `javascript:`/`data:` URLs,
 * event handlers and clobbering ids. Runs in the worker; the app turns the
 * result into React elements and decides about remote images.
 */
import type { Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Definition, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { Block, DocumentModel } from '../../../core/model/types.js';

/** Larger blocks are shown as source only: expanding them could take seconds (reference amplification). */
const maxPreviewLength = 100_000;

export function previewHast(block: Block, definitions: Definition[]): HastRoot | null {
  if (block.kind === 'frontmatter') return null;
  if (block.span.end - block.span.start > maxPreviewLength) return null;
  try {
    const root: Root = { type: 'root', children: [...(block.nodes as Root['children']), ...definitions] };
    const hast = toHast(root);
    const clean = sanitize(hast) as HastRoot;
    stripPositions(clean);
    return clean;
  } catch {
    // A block too deep for the tree walkers: the source view still shows it.
    return null;
  }
}

/** Reference definitions as mdast nodes, so each block's reference links resolve on their own. */
export function definitionNodes(model: DocumentModel): Definition[] {
  return [...model.definitions].map(([identifier, url]) => ({ type: 'definition', identifier, label: identifier, url, title: null }));
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
