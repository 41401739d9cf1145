/**
 * The document model every later stage works on: a Markdown file read as a
 * flat sequence of blocks (the alignment units) grouped into a section tree.
 *
 * Positions are 1-based lines and columns in the file as written (after a
 * UTF-8 BOM is dropped), offsets are 0-based into the parsed text.
 */
import type { Nodes } from 'mdast';

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
  numbers: NumberToken[];
  marks: MarkCounts;
  /** Explicit heading ids (an MDX comment such as intro in braces, or `{#intro}`): identical across translations. */
  anchors: string[];
}

/** How a heading was written. `atx-no-space` is `##Title`: CommonMark reads it as a paragraph. */
export type HeadingForm = 'atx' | 'setext' | 'atx-no-space';

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
}
