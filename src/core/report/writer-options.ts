/** What every report writer takes besides the report. */
import type { Report } from './types.js';

export interface WriterOptions {
  /** Source text of the left document, for formats that show it (CSV excerpts, the HTML side-by-side view). */
  leftText?: string;
  /** Source text of the right document. */
  rightText?: string;
  /**
   * Where the files can be browsed, for line links: `${baseUrl}/${path}#L${line}`
   * (e.g. `https://github.com/org/repo/blob/<sha>`). Only http(s) and relative URLs are used.
   */
  baseUrl?: string;
  /** Terminal width in columns: text messages wrap to it with a hanging indent (the terminal writer only). */
  width?: number;
  /** ANSI color (the terminal writer only). */
  color?: boolean;
  /**
   * The configuration file that applied (null: none, the defaults), for the
   * formats that say so (text). Undefined: not said.
   */
  configPath?: string | null;
  /** The review decisions file that applied, for the formats that say so (text); undefined or null: not said. */
  decisionsPath?: string | null;
  /**
   * HTML: the side-by-side view as an excerpt (a tree's one-file report):
   * only the rows with findings and `contextRows` rows either side of each,
   * the rest folded into one line per run; a block longer than `linesPerBlock`
   * shows its first line and the lines around each finding. Undefined: every row in full.
   */
  excerpt?: { contextRows: number; linesPerBlock: number };
  /** The run's --fail-on: what counts as a failure in formats that count them (JUnit). Default: warning. */
  failOn?: 'error' | 'warning' | 'info' | 'never';
}

/** A report writer: pure, no I/O; returns the whole file as a string. */
export type Writer = (report: Report, options?: WriterOptions) => string;
