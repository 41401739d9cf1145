/**
 * MDX settings the checks read (the `mdx` key of mdparity.config.json), and
 * the documented conventions of the frameworks as presets: which components
 * translators are told to remove, which props must stay identical.
 */
import type { Block } from '../model/types.js';
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
  for (let current: Block | undefined = block; current; current = current.container === undefined ? undefined : blocks[current.container]) {
    if (current.component?.name && removable.has(current.component.name)) return true;
  }
  return false;
}
