/**
 * The findings filter the table, the counter, the ruler and next/previous all
 * follow: chips per check, per severity and per review decision (none chosen
 * in a group = all pass) and a text search over check, section, excerpts,
 * message and decision comment.
 */
import type { FindingView } from './view-model.js';

export interface FindingsFilter {
  checks: string[];
  severities: string[];
  /** `undecided`, `accepted`, `to-fix`, `fixed`. */
  decisions: string[];
  query: string;
}

export const emptyFilter: FindingsFilter = { checks: [], severities: [], decisions: [], query: '' };

function matchesFilter(finding: FindingView, filter: FindingsFilter): boolean {
  if (filter.checks.length > 0 && !filter.checks.includes(finding.check)) return false;
  if (filter.severities.length > 0 && !filter.severities.includes(finding.severity)) return false;
  if (filter.decisions.length > 0 && !filter.decisions.includes(finding.decision?.status ?? 'undecided')) return false;
  const query = filter.query.trim().toLocaleLowerCase();
  if (!query) return true;
  return searchText(finding).includes(query);
}

function searchText(finding: FindingView): string {
  return [
    finding.check,
    finding.severity,
    finding.sectionTitle,
    finding.leftExcerpt?.text ?? '',
    finding.rightExcerpt?.text ?? '',
    finding.message,
    finding.decision?.comment ?? '',
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/** Findings that pass the filter, in document order (the report's order). */
export function filterFindings(findings: readonly FindingView[], filter: FindingsFilter): FindingView[] {
  return findings.filter((finding) => matchesFilter(finding, filter));
}

export function isFiltering(filter: FindingsFilter): boolean {
  return filter.checks.length > 0 || filter.severities.length > 0 || filter.decisions.length > 0 || filter.query.trim() !== '';
}
