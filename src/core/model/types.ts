/**
 * The document model every later stage works on: a Markdown file read as a
 * flat sequence of blocks (the alignment units) grouped into a section tree.
 *
 * Positions are 1-based lines and columns in the file as written (after a
 * UTF-8 BOM is dropped), offsets are 0-based into the parsed text.
 */
import type { Nodes } from 'mdast';
import type { Syntax, SyntaxProblem } from '../parse/flavor.js';

export type BlockKind =
  | 'frontmatter'
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'code'
  | 'table'
  | 'blockquote'
  | 'html'
  | 'thematicBreak'
  | 'image'
  | 'definition'
  | 'footnoteDefinition'
  /** An MDX component (`<Steps>`, `<Tabs>`): its opening tag; its content follows as ordinary blocks. */
  | 'component'
  /** MDX `import`/`export` lines. */
  | 'esm'
  /** A directive box (`:::note`, `::youtube`): its opening line; its content follows as ordinary blocks. */
  | 'directive'
  | 'other';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offset of the first character. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
}

/** A link as the reader sees it: one target, one visible text. */
export interface LinkToken {
  url: string;
  /** The target as compared across languages (see url.ts: language markers dropped, NFC). */
  target: string;
  text: string;
  span: Span;
  /** Where the link text starts and ends inside the block's plain text. */
  textStart: number;
  textEnd: number;
  /** Same target as the previous link, with only white space between them: one link split in two. */
  continuesPrevious: boolean;
}

export interface ImageToken {
  url: string;
  target: string;
  alt: string;
  span: Span;
}

export interface CodeToken {
  value: string;
  span: Span;
}

export interface NumberToken {
  /** The number as written, e.g. `1 000,50`. */
  raw: string;
  /** Digit runs only, locale separators removed: `1 000,50` → `1|000|50`. Evidence for alignment. */
  digits: string;
  span: Span;
}

export interface MarkCounts {
  emphasis: number;
  strong: number;
  delete: number;
  break: number;
}

/** What the checks and the aligner compare: language-independent content of a block. */
export interface BlockFeatures {
  /** Plain text (NFC), inline code included, markup removed. */
  text: string;
  /** Length of `text` in code points. */
  length: number;
  links: LinkToken[];
  images: ImageToken[];
  codes: CodeToken[];
  /** Code blocks read into the text with the rest (a list item's example): code, never prose. */
  codeBlocks: string[];
  numbers: NumberToken[];
  marks: MarkCounts;
  /** Explicit heading ids (an MDX comment such as intro in braces, or `{#intro}`): identical across translations. */
  anchors: string[];
}

/**
 * How a heading was written. `atx-no-space` is `##Title`: CommonMark reads it as a paragraph. `html` is an HTML
 * block that is only a heading element (`<h2 id="x">…</h2>`).
 */
export type HeadingForm = 'atx' | 'setext' | 'atx-no-space' | 'html';

export interface ListItemModel {
  span: Span;
  /** The marker as written: `-`, `*`, `+`, `1.`, `1)`, or a pseudo-bullet such as `–`. */
  marker: string;
  /** The marker is not a CommonMark list marker: the item is a paragraph that reads as a list item. */
  pseudo: boolean;
  features: BlockFeatures;
  /** Nested lists inside the item, in order. */
  sublists: ListModel[];
}

export interface ListModel {
  ordered: boolean;
  items: ListItemModel[];
}

export interface Block {
  /** Position in the document's block sequence. */
  index: number;
  kind: BlockKind;
  span: Span;
  /** The mdast nodes the block was read from (several when pseudo-bullet paragraphs form one list). */
  nodes: Nodes[];
  features: BlockFeatures;
  /** Index of the section that owns the block (headings own their own section). */
  section: number;
  heading?: { depth: number; form: HeadingForm; text: string };
  list?: ListModel;
  code?: { lang: string | null; meta: string | null; value: string };
  table?: { columns: number; rows: number; align: Array<'left' | 'right' | 'center' | null> };
  component?: ComponentModel;
  esm?: EsmModel;
  directive?: DirectiveModel;
  /** Index of the innermost component or directive block whose content this block is, when there is one. */
  container?: number;
}

/**
 * A component prop. `token` props are language-neutral (`href`, `src`, `code`, `lang`, `id`…: identical in
 * every translation), `prose` props are text the reader sees (`title`, `label`, `alt`…), `expression` props
 * are JavaScript (`{…}`), compared as written, never run.
 */
export interface ComponentProp {
  name: string;
  value: string | null;
  kind: 'token' | 'prose' | 'expression';
}

export interface ComponentModel {
  /** `Tabs`, `Card.Header`; null for a fragment (`<>`). */
  name: string | null;
  props: ComponentProp[];
  /** Written `<Name />` or with no content. */
  empty: boolean;
  /** Inside a paragraph (`<Badge />` in running text) rather than on lines of its own. */
  inline: boolean;
}

export interface ImportBinding {
  /** The name the file uses (`Tabs` in `import { Tabs } from '…'`). */
  local: string;
  source: string;
}

export interface EsmModel {
  imports: ImportBinding[];
  /** Names the block exports (`export const meta = …`). */
  exports: string[];
}

export interface DirectiveModel {
  kind: 'container' | 'leaf';
  /** `note`, `caution`, `tip`… */
  name: string;
  /** The label as written (`:::caution[Deprecated]`, `:::tip Title`), prose; empty when there is none. */
  label: string;
  attributes: Record<string, string>;
}

export interface Section {
  index: number;
  /** The heading block, or null for the preamble before the first heading. */
  heading: Block | null;
  depth: number;
  parent: number | null;
  title: string;
  /** Indexes of the blocks in the section, its heading first (nested sections not included). */
  blocks: number[];
}

export interface FrontMatter {
  block: Block;
  /** `yaml` between `---` fences, `toml` between `+++` fences (Hugo, Zola). */
  format: 'yaml' | 'toml';
  /**
   * Null when CommonMark reads it as front matter. Otherwise why it does not
   * (a blank line before the fence, a `----` fence, no closing fence): the
   * block is what the author meant as front matter, but renders as text.
   */
  problem: string | null;
  /** Parsed mapping, or null when the YAML does not parse or is not a mapping. */
  data: Record<string, unknown> | null;
  /** Top-level keys in source order, read even when values fail to parse. */
  keys: string[];
  error: { message: string; line: number; column: number } | null;
}

export interface DocumentModel {
  /** Text as parsed: BOM dropped, nothing else changed. */
  text: string;
  blocks: Block[];
  sections: Section[];
  frontMatter: FrontMatter | null;
  /** Link reference definitions: identifier → url. */
  definitions: Map<string, string>;
  lineCount: number;
  /** The syntax the file was read with (MDX that does not compile is read as Markdown). */
  syntax: Syntax;
  /** The file asked to be MDX (its name, front matter or the configuration) but does not compile as MDX. */
  mdxError: SyntaxProblem | null;
}
