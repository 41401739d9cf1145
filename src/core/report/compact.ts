/**
 * The compact report: one line per finding, `path:line:column: severity check
 * message`, the shape compilers and linters print, which editors and CI
 * problem matchers read. Located in the right file (the translation) when
 * the finding has a place there, else in the left file. Control characters
 * are escaped, so a line is always one finding.
 */
import { escapeControls } from './escape.js';
import type { Finding, Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { fileName } from './writer-support.js';

/** Where a one-location format puts a finding: the right file when it has a place there, else the left, else the right file as a whole. */
export function primaryLocation(
  report: Report,
  finding: Finding,
): { path: string; line: number; column: number; endLine: number; endColumn: number } {
  const side = finding.right ? 'right' : finding.left ? 'left' : 'right';
  const at = finding[side];
  return {
    path: fileName(report[side], side),
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    endLine: Math.max(at?.line ?? 1, at?.endLine ?? 1),
    endColumn: at?.endColumn ?? 1,
  };
}

export function writeCompact(report: Report, _options: WriterOptions = {}): string {
  const lines: string[] = [];
  for (const finding of report.findings) {
    const at = primaryLocation(report, finding);
    const accepted = finding.decision?.status === 'accepted' ? ' (accepted)' : '';
    lines.push(
      `${escapeControls(at.path)}:${at.line}:${at.column}: ${finding.severity} ${finding.check} ${escapeControls(finding.message)}${accepted}`,
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
