/**
 * What identifies a heading across translations besides its words: an
 * explicit id written before it (`<a name="x"></a>`, `<a id="x">`; ids inside
 * the heading, `{#x}` and `{/*x*\/}`, are read by the model into
 * `features.anchors`), and the document's table of contents, a list of links
 * to `#anchors` that translators keep in the order of the headings.
 */
import { flattenItems } from './build-document.js';
import { headingAnchors } from './slug.js';
import type { Block, DocumentModel } from './types.js';

const namedAnchor = /^\s*<a\s+(?:name|id)\s*=\s*["']([^"']+)["'][^>]*>\s*(?:<\/a>)?\s*$/i;

/** The id of an `<a name>` / `<a id>` HTML block standing right before heading `index`, or null. */
export function anchorBefore(blocks: readonly Block[], index: number): string | null {
  const previous = blocks[index - 1];
  if (!previous || !blocks[index]?.heading) return null;
  // `<a name="x"></a>` alone on its line is an HTML block; followed by `</a>` on the same line, a paragraph of inline HTML.
  if (previous.kind !== 'html' && !(previous.kind === 'paragraph' && previous.features.text.trim() === '')) return null;
  let value = '';
  for (const node of previous.nodes) {
    if (node.type === 'html') value += node.value;
    else if (node.type === 'paragraph') for (const child of node.children) value += child.type === 'html' ? child.value : '';
  }
  return namedAnchor.exec(value)?.[1]?.normalize('NFC') ?? null;
}

/** True when `block` is nothing but an `<a name>` anchor for the heading after it. */
export function isHeadingAnchor(blocks: readonly Block[], block: Block): boolean {
  return anchorBefore(blocks, block.index + 1) !== null;
}

/**
 * The headings a table of contents links to, in its order: the first list
 * of at least three items of which most link to an anchor of a heading in the
 * same document. Empty when there is none.
 */
export function tableOfContents(document: DocumentModel): number[] {
  let anchors: Map<string, number> | null = null;
  for (const block of document.blocks) {
    if (!block.list) continue;
    const items = flattenItems(block.list);
    if (items.length < 3) continue;
    const fragments = items.map((item) => item.features.links.find((link) => link.url.startsWith('#'))?.url.slice(1) ?? null);
    if (fragments.filter((fragment) => fragment !== null).length < 0.7 * items.length) continue;
    anchors ??= headingAnchors(document);
    const headings: number[] = [];
    for (const fragment of fragments) {
      if (fragment === null) continue;
      const heading = anchors.get(decodeAnchor(fragment));
      if (heading !== undefined && !headings.includes(heading)) headings.push(heading);
    }
    if (headings.length >= 0.7 * items.length) return headings;
  }
  return [];
}

/** A link's fragment as a heading anchor: percent-decoded, NFC, lower case. */
export function decodeAnchor(fragment: string): string {
  try {
    return decodeURIComponent(fragment).normalize('NFC').toLowerCase();
  } catch {
    return fragment.toLowerCase();
  }
}
