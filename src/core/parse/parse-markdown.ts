/**
 * Markdown → mdast with GFM and YAML front matter, the one parser setup of the
 * project. Guards run first; a stack overflow inside micromark on a shape the
 * guards did not catch becomes an InputError, never a crash.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { InputError } from '../errors.js';
import { checkLimits, defaultLimits, type Limits } from './limits.js';

const extensions = [gfm(), frontmatter(['yaml'])];
const mdastExtensions = [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])];

/** Drops a UTF-8 byte order mark: micromark would count it in offsets but not in columns. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses Markdown as mdparity reads it everywhere. `text` must already have no BOM. */
export function parseMarkdown(text: string, limits: Limits = defaultLimits): Root {
  checkLimits(text, limits);
  try {
    return fromMarkdown(text, { extensions, mdastExtensions });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError('too-complex', 'document too complex to parse (nesting or repetition too deep)');
    }
    throw error;
  }
}
