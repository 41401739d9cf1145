/**
 * GitLab Code Quality report (a JSON array of issues, the CodeClimate
 * subset GitLab reads): description, check_name, fingerprint (unique per
 * issue), severity and location (path and line range). Accepted findings are
 * left out: they are intended.
 */
import { escapeInvisibleJson } from './json.js';
import { wellFormed } from './escape.js';
import type { Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { primaryLocation } from './compact.js';

const severities = { error: 'major', warning: 'minor', info: 'info' } as const;

export function writeGitlab(report: Report, _options: WriterOptions = {}): string {
  const seen = new Map<string, number>();
  const issues = [];
  for (const finding of report.findings) {
    if (finding.decision?.status === 'accepted') continue;
    const at = primaryLocation(report, finding);
    // Fingerprints name a finding by its text; two identical findings in one file still need two GitLab fingerprints.
    const base = `${finding.check}:${finding.fingerprint}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    issues.push({
      description: wellFormed(finding.message),
      check_name: finding.check,
      fingerprint: count === 0 ? base : `${base}:${count}`,
      severity: severities[finding.severity],
      location: { path: wellFormed(at.path.replace(/^\.\//, '')), lines: { begin: at.line, end: at.endLine } },
    });
  }
  return `${escapeInvisibleJson(JSON.stringify(issues, null, 2))}\n`;
}
