/**
 * Blocks that are nothing but markup: `<br/>` spacers, a component's lone
 * opening or closing tag (`<Note>`, `</LearnMore>` on a line of its own in a
 * file read as Markdown), an empty `<div>`. They render as space or as a box's
 * edge; a reader loses nothing when one is missing or doubled, so no check
 * should report them as lost content, and they prove nothing about a pairing.
 */
import type { Block } from './types.js';

/** Elements that show something even without text. */
const visibleElement = /<(?:img|picture|video|audio|iframe|svg|object|embed|input|button|select|textarea|table|hr)\b/i;

export function isMarkupOnly(block: Block): boolean {
  if (block.kind !== 'html' && block.kind !== 'paragraph') return false;
  const { features } = block;
  if (features.text.trim() !== '' || features.links.length > 0 || features.images.length > 0 || features.codes.length > 0) return false;
  let raw = '';
  for (const node of block.nodes) {
    if (node.type === 'html') raw += node.value;
    else if (node.type === 'paragraph') for (const child of node.children) raw += child.type === 'html' ? child.value : '';
  }
  if (visibleElement.test(raw)) return false;
  // What remains once tags and comments are gone, and entities for white space (`&nbsp;`, `&emsp;`).
  const text = raw
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0);/g, '');
  return text.trim() === '';
}
