/**
 * Heading anchors as sites generate them (GitHub's slugger: lower case,
 * punctuation dropped, spaces to hyphens, repeats numbered), plus explicit
 * ids (`{#id}`, `{/*id*\/}`), so that an in-page link `#voraussetzungen` can
 * be resolved to the heading it points at.
 */
import type { DocumentModel } from './types.js';

function slug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Anchor (without `#`) → index of the heading block it points at. */
export function headingAnchors(document: DocumentModel): Map<string, number> {
  const anchors = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const block of document.blocks) {
    if (!block.heading) continue;
    for (const id of block.features.anchors) if (!anchors.has(id)) anchors.set(id, block.index);
    const base = slug(block.heading.text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const generated = count === 0 ? base : `${base}-${count}`;
    if (!anchors.has(generated)) anchors.set(generated, block.index);
  }
  return anchors;
}
