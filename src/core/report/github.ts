/**
 * GitHub Actions workflow commands: one `::error`, `::warning` or `::notice`
 * line per finding, which GitHub shows as an annotation on the line of the
 * pull request. Values are escaped as the runner expects (`%`, CR, LF in
 * the message; also `:` and `,` in properties).
 */
import { wellFormed } from './escape.js';
import type { Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { primaryLocation } from './compact.js';

const commands = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(value: string): string {
  return wellFormed(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function writeGithub(report: Report, _options: WriterOptions = {}): string {
  const lines: string[] = [];
  for (const finding of report.findings) {
    if (finding.decision?.status === 'accepted') continue;
    const at = primaryLocation(report, finding);
    const properties = [
      `file=${escapeProperty(at.path)}`,
      `line=${at.line}`,
      `col=${at.column}`,
      `endLine=${at.endLine}`,
      `title=${escapeProperty(`mdparity ${finding.check}`)}`,
    ].join(',');
    lines.push(`::${commands[finding.severity]} ${properties}::${escapeData(finding.message)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
