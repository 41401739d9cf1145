/** Block kinds in words, for messages and views. */
import type { Block, BlockKind } from '../model/types.js';

export const kindNames: Record<BlockKind, string> = {
  frontmatter: 'front matter',
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  code: 'code block',
  table: 'table',
  blockquote: 'block quote',
  html: 'HTML block',
  thematicBreak: 'thematic break',
  image: 'image',
  definition: 'link definition',
  footnoteDefinition: 'footnote',
  component: 'component',
  esm: 'import block',
  directive: 'directive box',
  other: 'block',
};

/** The block's kind in words; an ordered list is a `numbered list`. */
export function kindName(block: Pick<Block, 'kind' | 'list' | 'component' | 'directive'>): string {
  if (block.kind === 'list' && block.list?.ordered) return 'numbered list';
  if (block.component) return `<${block.component.name ?? ''}> component`;
  if (block.directive) return `:::${block.directive.name} box`;
  return kindNames[block.kind];
}
