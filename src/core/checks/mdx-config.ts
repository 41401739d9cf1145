/**
 * MDX settings the checks read (the `mdx` key of mdparity.config.json), and
 * the documented conventions of the frameworks as presets: which components
 * translators are told to remove, which props must stay identical.
 */
import type { Block, DocumentModel } from '../model/types.js';
import type { CheckConfig, CheckContext } from './types.js';
import type { Side } from '../vocabulary/side.js';

export type MdxPreset = 'starlight' | 'docusaurus';

export interface MdxConfig {
  /** Conventions to apply (see `mdxPresets`). */
  presets?: MdxPreset[];
  /** Components translators may remove: no finding when the translation has no such component (or import). */
  removableComponents?: string[];
  /** Props whose values must be identical on both sides (URLs compared without their language marker). */
  propsMustMatch?: string[];
  /** Components whose content and props quote data (console output, an upstream title): never untranslated prose. */
  verbatimComponents?: string[];
}

export interface PresetConventions {
  /** Where the convention is written down. */
  source: string;
  removableComponents: string[];
  propsMustMatch: string[];
}

export const mdxPresets: Record<MdxPreset, PresetConventions> = {
  // Astro's generated reference pages say so in their front matter: "Translators, please remove this note and
  // the <DontEditWarning/> component." (150 of the English pages in the corpus carry it.)
  starlight: {
    source: 'Astro docs: generated reference pages ask translators to remove the <DontEditWarning/> component',
    removableComponents: ['DontEditWarning'],
    propsMustMatch: ['syncKey', 'icon', 'frameworks', 'pkg'],
  },
  // Docusaurus syncs tab choices across a page and the site by `groupId` and `value` (Markdown features: Tabs):
  // a translated value breaks the sync. Docusaurus documents no component for translators to remove.
  docusaurus: {
    source: 'Docusaurus docs (Markdown features, Tabs): tabs are synced by groupId and value',
    removableComponents: [],
    propsMustMatch: ['groupId', 'value', 'queryString'],
  },
};

/** Props compared on every site: links, sources, code and its language, ids. */
const defaultPropsMustMatch = ['href', 'src', 'code', 'lang', 'id', 'to', 'slug'];

/**
 * Components that quote data verbatim, the same in every language of the sites that use them: react.dev's
 * console output (`<ConsoleBlock level="error">Warning: Each child in a list…`, "must stay as React prints it")
 * and terminal, Astro docs' `<SourcePR number="…" title="…"/>` (the upstream pull request's own title). Their
 * content is not prose a translator translates, so it is never reported as untranslated.
 */
const defaultVerbatimComponents = ['ConsoleBlock', 'ConsoleBlockMulti', 'ConsoleLogLine', 'TerminalBlock', 'SourcePR'];

export function verbatimComponents(config: CheckConfig): Set<string> {
  return new Set([...defaultVerbatimComponents, ...(config.mdx?.verbatimComponents ?? [])]);
}

/**
 * Components translators may remove: configured, from the presets, and the ones a file itself tells
 * translators to remove ("Translators, please remove this note and the <DontEditWarning/> component").
 */
export function removableComponents(context: Pick<CheckContext, 'config' | Side>): Set<string> {
  const config = context.config;
  const names = new Set(config.mdx?.removableComponents ?? []);
  for (const preset of config.mdx?.presets ?? []) for (const name of mdxPresets[preset].removableComponents) names.add(name);
  for (const text of [context.left.text, context.right.text]) {
    if (!/translator/i.test(text)) continue;
    for (const match of text.matchAll(instruction)) for (const tag of match[0].matchAll(/<([A-Za-z][\w.]*)/g)) names.add(tag[1]!);
  }
  return names;
}

// An instruction to translators on one line that names components to remove.
const instruction = /translators?\b[^\n]{0,80}?\bremove\b[^\n]*?<[A-Za-z][\w.]*[^\n]*/gi;

export function propsMustMatch(config: CheckConfig): Set<string> {
  const names = new Set([...defaultPropsMustMatch, ...(config.mdx?.propsMustMatch ?? [])]);
  for (const preset of config.mdx?.presets ?? []) for (const name of mdxPresets[preset].propsMustMatch) names.add(name);
  return names;
}

/** A removable component, or content inside one. */
export function isRemovable(block: Block, blocks: readonly Block[], removable: ReadonlySet<string>): boolean {
  return isWithinComponent(block, blocks, removable);
}

/** The block is one of the named components, or content inside one (at any depth). */
function isWithinComponent(block: Block, blocks: readonly Block[], names: ReadonlySet<string>): boolean {
  for (let current: Block | undefined = block; current; current = current.container === undefined ? undefined : blocks[current.container]) {
    if (current.component?.name && names.has(current.component.name)) return true;
  }
  return false;
}

/**
 * The blocks of a document that are verbatim components or their content. A Markdown file (react.dev writes MDX
 * in `.md` files) reads `<ConsoleBlock level="error">` and `</ConsoleBlock>` as HTML blocks with the quoted
 * paragraphs between them: that region counts too, up to the closing tag or the next heading.
 */
export function verbatimBlocks(document: DocumentModel, names: ReadonlySet<string>): Set<number> {
  const inside = new Set<number>();
  let open: string | null = null;
  for (const block of document.blocks) {
    if (block.kind === 'heading') open = null;
    if (isWithinComponent(block, document.blocks, names)) {
      inside.add(block.index);
      continue;
    }
    if (block.kind === 'html') {
      const html = document.text.slice(block.span.start, block.span.end).trim();
      const name: string | undefined = open === null ? openingTag.exec(html)?.[1] : undefined;
      if (name !== undefined && names.has(name)) {
        inside.add(block.index);
        if (!html.includes(`</${name}>`) && !html.endsWith('/>')) open = name;
        continue;
      }
      if (open !== null && html.includes(`</${open}>`)) {
        inside.add(block.index);
        open = null;
        continue;
      }
    }
    if (open !== null) inside.add(block.index);
  }
  return inside;
}

const openingTag = /^<([A-Z][\w.]*)/;
