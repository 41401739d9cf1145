/**
 * The findings filter the table, the counter, the ruler, the aligned view and
 * next/previous all follow: chips per check, per severity and per review
 * decision (none chosen in a group = all pass), checks and severities hidden
 * in one action, and a text search over check, section, excerpts, message and
 * decision comment.
 */
import type { DecisionStatus } from '../../../core/decisions.js';
import type { FindingView } from '../../protocol.js';

export type DecisionFilterValue = DecisionStatus | 'undecided';
export const decisionFilterValues: readonly DecisionFilterValue[] = ['undecided', 'accepted', 'to-fix', 'fixed'];

export interface FindingsFilter {
  checks: string[];
  severities: string[];
  /** `undecided`, `accepted`, `to-fix`, `fixed`. */
  decisions: string[];
  /** Checks and severities left out (“hide this check”), whatever else is chosen. */
  hiddenChecks: string[];
  hiddenSeverities: string[];
  query: string;
}

export const emptyFilter: FindingsFilter = { checks: [], severities: [], decisions: [], hiddenChecks: [], hiddenSeverities: [], query: '' };

function matchesFilter(finding: FindingView, filter: FindingsFilter): boolean {
  if (filter.hiddenChecks.includes(finding.check) || filter.hiddenSeverities.includes(finding.severity)) return false;
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
  return (
    filter.checks.length > 0 ||
    filter.severities.length > 0 ||
    filter.decisions.length > 0 ||
    filter.hiddenChecks.length > 0 ||
    filter.hiddenSeverities.length > 0 ||
    filter.query.trim() !== ''
  );
}
