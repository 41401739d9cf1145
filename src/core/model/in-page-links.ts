/**
 * In-page links (`[x](#section)`) resolved against their own file. Each side
 * of a pair is resolved on its own, since translated headings generate
 * translated anchors. Generous on purpose: a heading slug by GitHub's rules or
 * by a looser rule that keeps only letters and digits (other generators, case
 * and accents), an id written anywhere in the raw text (HTML `id`/`name`,
 * `{#id}`, even in code), `#top` and GitHub's `user-content-` prefix all
 * resolve, because a false "broken link" costs the reviewer's trust.
 */
import { decodeAnchor } from './anchors.js';
import { headingAnchors, slug } from './slug.js';
import type { DocumentModel, LinkToken } from './types.js';

/** Ids written in the file's HTML or MDX (`id="x"`, `name="x"`) and explicit `{#x}` ids anywhere. */
const writtenId = /\b(?:id|name)\s*=\s*\{?\s*["']([^"'\s]+)["']|\{#([^\s{}]+)\}/g;

/** What a fragment names: the index of a heading, `'id'` for another element of the page, or null for nothing. */
type FragmentTarget = number | 'id' | null;

export interface FragmentResolver {
  resolve(fragment: string): FragmentTarget;
  /** False for a file without headings: a fragment (an include) whose anchors live in the page around it. */
  judgeable: boolean;
}

const resolvers = new WeakMap<DocumentModel, FragmentResolver>();

export function fragmentResolver(document: DocumentModel): FragmentResolver {
  let resolver = resolvers.get(document);
  if (resolver) return resolver;
  const exact = new Map<string, FragmentTarget>();
  const loose = new Map<string, FragmentTarget>();
  const add = (id: string, target: FragmentTarget) => {
    const decoded = decodeAnchor(id);
    if (!exact.has(decoded)) exact.set(decoded, target);
    const folded = looseAnchor(decoded);
    if (!loose.has(folded)) loose.set(folded, target);
  };
  const anchors = headingAnchors(document);
  for (const [id, heading] of anchors) add(id, heading);
  for (const block of document.blocks) if (block.heading) add(slug(block.heading.text), block.index);
  for (const match of document.text.matchAll(writtenId)) add(match[1] ?? match[2]!, 'id');
  resolver = {
    judgeable: anchors.size > 0,
    resolve(fragment) {
      const decoded = decodeAnchor(fragment).replace(/^user-content-/, '');
      if (decoded === 'top' || decoded === '') return 'id';
      return exact.get(decoded) ?? loose.get(looseAnchor(decoded)) ?? null;
    },
  };
  resolvers.set(document, resolver);
  return resolver;
}

/** The document's in-page links whose fragment names nothing in it (none for a file without headings). */
export function brokenInPageLinks(document: DocumentModel): LinkToken[] {
  const resolver = fragmentResolver(document);
  if (!resolver.judgeable) return [];
  const broken: LinkToken[] = [];
  for (const block of document.blocks) {
    for (const link of block.features.links) {
      if (link.url.startsWith('#') && resolver.resolve(link.url.slice(1)) === null) broken.push(link);
    }
  }
  return broken;
}

/** Letters and digits only, accents and case folded: what every slug rule keeps of a heading (`İlk` → `ilk`). */
function looseAnchor(anchor: string): string {
  return anchor
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}
