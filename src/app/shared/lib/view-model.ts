/**
 * The view model the compare worker posts back: the core's report plus what
 * the views need and cannot rebuild without the document models (each
 * block's source text and its inline highlight ranges). Plain data only,
 * so it survives structured cloning.
 */
import type { Finding, Report } from '../../../core/index.js';

export type Side = 'left' | 'right';

type HighlightKind = 'link' | 'image' | 'code' | 'number' | 'heading-marker' | 'bullet-marker';

/** An inline range inside a block's source text (UTF-16 offsets into `BlockView.text`). */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** What it is, in words (tooltips and screen readers). */
  label: string;
  /** Link colour slot: links to the same target share it on both sides. */
  colour?: number;
  /** A pseudo-bullet (`–`) rather than a CommonMark list marker. */
  pseudo?: boolean;
  /** A link that continues the previous link to the same target (one link split in two). */
  continues?: boolean;
}

/** Where a finding points inside one block; `whole` when it is about the block as a whole. */
export interface FindingRange {
  finding: number;
  start: number;
  end: number;
  whole: boolean;
}

export interface BlockView {
  line: number;
  endLine: number;
  kind: string;
  /** The block's source, from the start of its first line to the end of its last. */
  text: string;
  highlights: Highlight[];
  findingRanges: FindingRange[];
  /** Highlights dropped because the block has too many to show. */
  truncated: number;
}

export type RowSeverity = 'error' | 'warning' | 'info' | null;

export interface RowView {
  index: number;
  section: number;
  confidence: number;
  left: BlockView | null;
  right: BlockView | null;
  /** Ids (indexes into `findings`) of the findings on this row. */
  findings: number[];
  /** Worst severity among the row's findings. */
  severity: RowSeverity;
}

export interface SideExcerpt {
  line: number;
  text: string;
}

export interface FindingView extends Finding {
  id: number;
  /** Section title as "left / right" (or the one side that has it). */
  sectionTitle: string;
  leftExcerpt: SideExcerpt | null;
  rightExcerpt: SideExcerpt | null;
}

export type LanguageSource = 'front matter' | 'file name' | 'detected' | 'unknown';

export interface SideInfo {
  name: string;
  language: string | null;
  languageSource: LanguageSource;
  dir: 'ltr' | 'rtl' | 'auto';
  lines: number;
  blocks: number;
}

export interface ViewModel {
  /** Changes with every comparison; preview requests name it. */
  id: number;
  report: Report;
  left: SideInfo;
  right: SideInfo;
  rows: RowView[];
  findings: FindingView[];
  /** Link targets in order of first appearance; a highlight's `colour` indexes this modulo the palette. */
  linkTargets: string[];
  /** Milliseconds the worker spent. */
  elapsed: number;
  /** The configuration the comparison ran with, or null for the defaults. */
  config: ConfigSummary | null;
  /**
   * Set while the view holds only the first rows of a large pair: the heads
   * of both documents compared while the whole pair is. Such a view has no
   * findings (they depend on the whole documents) and is replaced by the
   * complete one.
   */
  partial?: PartialInfo;
}

interface PartialInfo {
  /** The last line of either document the rows shown reach. */
  leftLine: number;
  rightLine: number;
  /** Lines in each whole document. */
  leftLines: number;
  rightLines: number;
}

/** What an active configuration changes, in words, for the toolbar. */
export interface ConfigSummary {
  name: string;
  /** Check ids the configuration turns off. */
  off: string[];
  /** One line per setting, e.g. “link-span: off”, “2 protected terms”. */
  lines: string[];
}
