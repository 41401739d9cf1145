/**
 * The CSV report: one row per finding, for spreadsheets and issue trackers.
 *
 * RFC 4180 (CRLF records, fields quoted when they hold a quote, comma or line
 * break, quotes doubled), with a UTF-8 byte order mark so Excel reads
 * Icelandic and Arabic text as UTF-8. Spreadsheet formula injection (OWASP
 * "CSV Injection") is neutralised: a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or carriage return, their full-width forms, or white space followed
 * by any of those, gets a leading apostrophe. Cells are cut to Excel's limit
 * of 32,767 characters.
 *
 * The serialiser is written here rather than taken from csv-stringify: its
 * type declarations reference `@types/node`, which would bring Node's globals
 * into the core's type check, and its `sync` entry reads the `Buffer` global
 * when it loads, which the browser does not have. The test suite checks this
 * output against csv-stringify (`escape_formulas: true`) and parses it back
 * with csv-parse.
 */
import { escapeControls } from './escape.js';
import type { Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { excerpt, fileName, place, sectionTitle, sourceLines } from './writer-support.js';

export const csvColumns = ['check', 'severity', 'section', 'left', 'right', 'left excerpt', 'right excerpt', 'message', 'decision'] as const;

/** Excel's maximum number of characters in a cell. */
export const maxCellLength = 32_767;
export const truncationMarker = '… [truncated]';

// csv-stringify's escape_formulas set, plus LF; the second alternative catches white space in front of one (OWASP).
const formulaStart = /^(?:[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]|\s+[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Prefixes an apostrophe to a cell a spreadsheet could read as a formula. */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Cuts a cell to Excel's limit, ending it with a marker; never splits a surrogate pair. */
export function limitCell(cell: string): string {
  if (cell.length <= maxCellLength) return cell;
  let end = maxCellLength - truncationMarker.length;
  if (/[\uD800-\uDBFF]/.test(cell[end - 1]!)) end--;
  return cell.slice(0, end) + truncationMarker;
}

/** One cell as written: controls visible (one line), formulas neutralised, length limited. */
export function csvCell(value: string): string {
  return limitCell(neutraliseFormula(escapeControls(value)));
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** RFC 4180 records, CRLF-terminated. */
export function toCsv(records: ReadonlyArray<readonly string[]>): string {
  return records.map((record) => `${record.map(quoteField).join(',')}\r\n`).join('');
}

export function writeCsv(report: Report, options: WriterOptions = {}): string {
  const leftName = fileName(report.left, 'left');
  const rightName = fileName(report.right, 'right');
  const leftLines = sourceLines(options.leftText);
  const rightLines = sourceLines(options.rightText);
  const rows = report.findings.map((finding) =>
    [
      finding.check,
      finding.severity,
      sectionTitle(report.sections[finding.section]),
      place(leftName, finding.left),
      place(rightName, finding.right),
      excerpt(leftLines, finding.left?.line),
      excerpt(rightLines, finding.right?.line),
      finding.message,
      finding.decision ? `${finding.decision.status}${finding.decision.comment ? `: ${finding.decision.comment}` : ''}` : '',
    ].map(csvCell),
  );
  return `\uFEFF${toCsv([[...csvColumns], ...rows])}`;
}
