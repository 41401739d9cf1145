/**
 * The protocol between the main thread and the compare worker (worker/): the
 * messages each side posts, and the view model the worker builds from a
 * comparison. The view model is the core's report plus what the views need
 * and cannot rebuild without the document models (each block's source text
 * and its inline highlight ranges). Plain data only, so it survives
 * structured cloning. Both sides import this module and nothing else of
 * each other.
 */
import type { Root as HastRoot } from 'hast';
import type { Pin } from '../core/align/pins.js';
import type { Decision } from '../core/decisions.js';
import type { LineEdit } from '../core/fixes/types.js';
import type { Finding, Report, UncertainReason } from '../core/report/types.js';
import type { FormatName } from '../core/report/writers.js';
import type { Side } from '../core/vocabulary/side.js';

export interface DocumentInput {
  name: string;
  text: string;
  /** How the file was encoded, when not plain UTF-8: a fixed file is downloaded the same way. */
  encoding?: FileEncoding;
}

/** A file's encoding as read: UTF-8 with a byte order mark, or UTF-16 (which always has one). */
export type FileEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** A configuration file as the user gave it: validated by the worker, next to the checks it names. */
export interface ConfigInput {
  name: string;
  text: string;
}

/** Why a request failed: bad input (a document), a configuration the core refused, a fix that did not prove certain, or a bug. */
export type ErrorKind = 'input' | 'config' | 'fix' | 'internal';

export type WorkerRequest =
  /** `pins`: the reviewer's pairings the alignment honours (by block fingerprint). */
  | { type: 'compare'; id: number; left: DocumentInput; right: DocumentInput; config: ConfigInput | null; pins: Pin[] }
  /**
   * Applies the mechanical fixes of these findings (`check fingerprint` keys) to the right text and compares again
   * (view `from` is the comparison they came from); answered with `fixed`, or an error of kind `fix` when the fixed text
   * does not compare as promised (then nothing changes).
   */
  | { type: 'fix'; id: number; from: number; left: DocumentInput; right: DocumentInput; config: ConfigInput | null; pins: Pin[]; findings: string[] }
  | { type: 'preview'; id: number }
  | { type: 'export'; id: number; format: FormatName; report: Report; decisions: Decision[]; leftText: string; rightText: string };

export type WorkerResponse =
  /** The rows of the heads of a large pair, shown until the result replaces them (`view.partial` is set). */
  | { type: 'partial'; id: number; view: ViewModel }
  | { type: 'result'; id: number; view: ViewModel }
  /** The fixed right text, how many fixes it has, and its comparison. */
  | { type: 'fixed'; id: number; view: ViewModel; text: string; fixes: number }
  | { type: 'error'; id: number; side: Side | null; kind: ErrorKind; message: string }
  | { type: 'preview'; id: number; left: Array<HastRoot | null>; right: Array<HastRoot | null> }
  | { type: 'exported'; id: number; text: string };

export type { Side };

/** `diff`: the characters that differ inside a finding's spans on the two sides. */
type HighlightKind = 'link' | 'image' | 'code' | 'number' | 'heading-marker' | 'bullet-marker' | 'diff';

/** An inline range inside a block's source text (UTF-16 offsets into `BlockView.text`). */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  /** What it is, in words (tooltips and screen readers). */
  label: string;
  /** Link color slot: links to the same target share it on both sides. */
  color?: number;
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
  /** Why the aligner is unsure the two blocks belong together; absent on a pairing it trusts (and on one-sided rows). */
  uncertain?: UncertainReason[];
  /** A reviewer's pin placed this row's pairing (or its lack of a counterpart). */
  pinned?: true;
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
  /** The core's mechanical fix of the translation (the right file), when one is certain. */
  fix?: FindingFix;
}

export interface FindingFix {
  /** What it does, in words (“add the space after the hashes: …”). */
  description: string;
  /** Whole lines of the right file, before and after. */
  edits: FixLine[];
}

/** A line the fix changes, and where: `before[start, beforeEnd)` becomes `after[start, afterEnd)` (the rest is kept). */
export interface FixLine extends LineEdit {
  start: number;
  beforeEnd: number;
  afterEnd: number;
}

/** Where a side's language came from: `script` when only its writing system told (say, Hebrew letters); `chosen` by the reviewer. */
export type LanguageSource = 'front matter' | 'file name' | 'detected' | 'script' | 'chosen' | 'unknown';

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
  /** Link targets in order of first appearance; a highlight's `color` indexes this modulo the palette. */
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
