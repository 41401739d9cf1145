/**
 * The report: the one data model every output format is written from. Its
 * JSON form is specified by docs/report.schema.json (schemaVersion below).
 */
import type { Severity } from '../checks/types.js';

export const schemaVersion = '1.0';

export interface Location {
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  endLine: number;
  /** 1-based column just past the end, in UTF-16 code units. */
  endColumn: number;
}

export interface Finding {
  /** Stable id of this finding across edits elsewhere in either file: the check plus the text of the lines it points at. */
  fingerprint: string;
  check: string;
  severity: Severity;
  message: string;
  left: Location | null;
  right: Location | null;
  /** Index into `alignment`, or null for findings about the file as a whole. */
  row: number | null;
  /** Index into `sections`. */
  section: number;
  /** The same finding's other places when one defect repeats in the file (absent for most findings). */
  related?: Array<{ left: Location | null; right: Location | null }>;
  /** A reviewer's decision on this finding, when decisions were applied. */
  decision?: { status: 'accepted' | 'to-fix' | 'fixed'; comment?: string };
}

export interface RowSide {
  line: number;
  endLine: number;
  kind: string;
}

export interface AlignmentRow {
  left: RowSide | null;
  right: RowSide | null;
  /** 0..1. */
  confidence: number;
  /** Index into `sections`. */
  section: number;
  /** Aligned list items, for rows where both sides are lists. */
  items?: Array<{ left: RowSide | null; right: RowSide | null; confidence: number }>;
  /**
   * Present on a pair the aligner is unsure of: show it as an uncertain pairing, never as a match.
   * `no-shared-tokens`: no shared link, code, number, id or acronym and a neighbouring candidate about as good;
   * `length-disagrees`: the lengths (a heading's: its section's) disagree with the document's ratio;
   * `order-broken`: sections next to it were moved.
   */
  uncertain?: { reasons: UncertainReason[] };
}

export type UncertainReason = 'no-shared-tokens' | 'length-disagrees' | 'order-broken';

interface SectionSide {
  line: number;
  title: string;
  depth: number;
}

export interface SectionRow {
  /** Null on a side where the section has no counterpart; both null for the preamble before the first heading. */
  left: SectionSide | null;
  right: SectionSide | null;
}

export interface FileInfo {
  path: string | null;
  /** BCP 47 tag when known (from the file name or the front matter), else null. */
  language: string | null;
  lines: number;
  blocks: number;
  /** How the file was read: `markdown` (CommonMark with GFM) or `mdx`. */
  flavor?: 'markdown' | 'mdx';
  /** Why the file was not read as asked, e.g. an MDX file that does not compile and was read as Markdown. */
  notice?: string;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  findings: number;
  rows: number;
  /** Rows with both sides. */
  paired: number;
  leftOnly: number;
  rightOnly: number;
  /** Share of rows that have both sides and no warning or error, 0..1: 1 is full structural parity. */
  parity: number;
  /** Paired rows the aligner is unsure of (`uncertain` on the row): uncertain pairings, not matches. */
  uncertain: number;
  /** Findings per check id. */
  checks: Record<string, number>;
  /** Findings silenced by inline `<!-- mdparity-disable … -->` comments (left out of the counts above); absent when none. */
  suppressed?: number;
  /** Findings a review decision accepted (included in the counts above); present when decisions were applied. */
  accepted?: number;
  /** Present when the right looks like a translation of an older version of the left (sections missing and others extra): one line saying so. */
  stale?: string;
}

export interface Report {
  schemaVersion: typeof schemaVersion;
  tool: { name: 'mdparity'; version: string };
  left: FileInfo;
  right: FileInfo;
  summary: Summary;
  findings: Finding[];
  alignment: AlignmentRow[];
  sections: SectionRow[];
  /** Present when review decisions were applied: how many matched, and those whose finding is gone. */
  decisions?: {
    applied: number;
    stale: Array<{
      fingerprint: string;
      check: string;
      status: 'accepted' | 'to-fix' | 'fixed';
      comment?: string;
      left?: string;
      right?: string;
      message?: string;
      decidedAt?: string;
    }>;
  };
}
