/**
 * The terminal report: findings grouped by section, each with `file:line` for
 * both sides and its fingerprint (to copy into a decision), and a summary
 * line. Color only when asked (the CLI asks on a TTY without NO_COLOR);
 * control characters in document text are escaped.
 */
import { escapeControls } from './escape.js';
import { relatedLines } from './writer-support.js';
import { wrapHanging } from './wrap.js';
import type { Finding, Location, Report, SectionRow } from './types.js';
import { isOpen } from '../decisions.js';
import { describeUncertainty } from '../vocabulary/uncertainty.js';

/** Uncertain rows listed in full in the terminal; the rest are counted. */
const maxUncertainListed = 20;

export interface TextOptions {
  color?: boolean;
  /** The configuration that applied, said on the last line (null: none); undefined: not said. */
  configPath?: string | null;
  /** The review decisions file that applied, said after the configuration; undefined or null: not said. */
  decisionsPath?: string | null;
  /** Terminal width in columns: messages wrap to it under a hanging indent. Undefined: one line per message (a pipe, a file). */
  width?: number;
}

const styles = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39] } as const;
type Style = keyof typeof styles;

export function writeText(report: Report, options: TextOptions = {}): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001B[${styles[style][0]}m${text}\u001B[${styles[style][1]}m` : text);
  const leftName = escapeControls(report.left.path ?? 'left');
  const rightName = escapeControls(report.right.path ?? 'right');
  const language = (tag: string | null) => (tag ? ` (${tag})` : '');
  const lines: string[] = [paint('bold', `${leftName}${language(report.left.language)} ↔ ${rightName}${language(report.right.language)}`), ''];
  if (report.summary.stale) lines.push(paint('yellow', report.summary.stale), '');

  const accepted = report.findings.filter((finding) => finding.decision?.status === 'accepted');
  const open = report.findings.filter(isOpen);
  const bySection = new Map<number, Finding[]>();
  for (const finding of open) {
    const list = bySection.get(finding.section) ?? [];
    list.push(finding);
    bySection.set(finding.section, list);
  }
  // A loop, not Math.max(...spread): a spread of 125,000+ arguments throws a RangeError.
  let width = 0;
  for (const finding of report.findings) width = Math.max(width, finding.check.length);
  // A message sits under the check column's start (2 + 7 + 2 columns); its continuation lines hang there too.
  const messageIndent = 11;
  const indented = (text: string) =>
    options.width === undefined
      ? [`${' '.repeat(messageIndent)}${text}`]
      : wrapHanging(text, options.width, ' '.repeat(messageIndent), messageIndent);
  const decided = (finding: Finding) =>
    finding.decision ? `  [${finding.decision.status}${finding.decision.comment ? `: ${escapeControls(finding.decision.comment)}` : ''}]` : '';
  for (const [section, findings] of [...bySection].sort((a, b) => a[0] - b[0])) {
    lines.push(paint('cyan', sectionTitle(report.sections[section])));
    for (const finding of findings) {
      const severity =
        finding.severity === 'error'
          ? paint('red', 'error  ')
          : finding.severity === 'warning'
            ? paint('yellow', 'warning')
            : paint('dim', 'info   ');
      const where = `${place(leftName, finding.left)}  ${place(rightName, finding.right)}`;
      // The whole fingerprint (16 hex digits): a decision names a finding by it exactly, so a prefix would not do.
      lines.push(`  ${severity}  ${finding.check.padEnd(width)}  ${where}  ${paint('dim', `fingerprint ${finding.fingerprint}`)}${decided(finding)}`);
      lines.push(...indented(escapeControls(finding.message)));
      const also = relatedLines(finding);
      if (also) lines.push(...indented(also));
    }
    lines.push('');
  }
  if (accepted.length > 0) {
    lines.push(paint('cyan', `Accepted as intended (${accepted.length})`));
    for (const finding of accepted) {
      lines.push(
        `  ${paint('dim', finding.severity.padEnd(7))}  ${finding.check.padEnd(width)}  ${place(leftName, finding.left)}  ${place(rightName, finding.right)}${decided(finding)}`,
      );
    }
    lines.push('');
  }
  const stale = report.decisions?.stale ?? [];
  if (stale.length > 0) {
    lines.push(paint('yellow', `Stale decisions (${stale.length}): their findings are gone (fixed, or the lines were edited)`));
    for (const decision of stale)
      lines.push(`  ${decision.status.padEnd(8)} ${decision.check}  ${escapeControls(decision.message ?? decision.fingerprint)}`);
    lines.push('');
  }
  const uncertain = report.alignment.flatMap((row) =>
    row.left && row.right && row.uncertain ? [{ left: row.left, right: row.right, reasons: row.uncertain.reasons }] : [],
  );
  if (uncertain.length > 0) {
    lines.push(paint('cyan', `Uncertain pairings (${uncertain.length}): the aligner is not sure these blocks are translations of each other`));
    for (const row of uncertain.slice(0, maxUncertainListed)) {
      lines.push(
        `  ${place(leftName, { ...row.left, column: 1, endColumn: 1 })}  ${place(rightName, { ...row.right, column: 1, endColumn: 1 })}  ${describeUncertainty(row.reasons)}`,
      );
    }
    if (uncertain.length > maxUncertainListed)
      lines.push(`  … and ${uncertain.length - maxUncertainListed} more (every row is in the JSON and HTML reports)`);
    lines.push('');
  }
  if (open.length === 0)
    lines.push(paint('green', report.findings.length === 0 ? 'No findings: the two versions line up.' : 'No open findings.'), '');

  const { summary } = report;
  const counts = [
    `${summary.error} ${summary.error === 1 ? 'error' : 'errors'}`,
    `${summary.warning} ${summary.warning === 1 ? 'warning' : 'warnings'}`,
    `${summary.info} info`,
  ];
  if (report.decisions) counts.push(`${accepted.length} accepted`);
  const unsure = summary.uncertain > 0 ? `, ${summary.uncertain} uncertain` : '';
  lines.push(
    `${counts.join(', ')} · ${summary.rows} rows (${summary.paired} paired${unsure}, ${summary.leftOnly} left only, ${summary.rightOnly} right only) · parity ${summary.parity.toFixed(3)}`,
  );
  if (options.configPath !== undefined) lines.push(configLine(options.configPath));
  if (options.decisionsPath) lines.push(decisionsLine(options.decisionsPath));
  return `${lines.join('\n')}\n`;
}

function sectionTitle(section: SectionRow | undefined): string {
  if (!section || (!section.left && !section.right)) return '(before the first heading)';
  const side = (s: SectionRow['left']) => (s ? `${'#'.repeat(s.depth)} ${escapeControls(s.title)}` : '—');
  return `${side(section.left)}  ↔  ${side(section.right)}`;
}

function place(file: string, location: Location | null): string {
  if (!location) return `${file}:—`;
  const range = location.endLine > location.line ? `-${location.endLine}` : '';
  return `${file}:${location.line}${range}`;
}

/** Which review decisions file applied (its decisions and pins), for text output. */
export function decisionsLine(path: string): string {
  return `Decisions: ${escapeControls(path)}`;
}

/** Which configuration applied, for the last line of text output. */
export function configLine(path: string | null): string {
  return path === null ? 'Configuration: none found (every check at its default severity)' : `Configuration: ${escapeControls(path)}`;
}
