/**
 * The order findings are listed and visited in: the table's sort (a column,
 * ascending or descending; none = document order), optionally grouped by
 * check (the check with most findings first; the same finding repeated sits
 * together in its group). The table, j/k and
 * accept-and-next all follow this one order.
 */
import { severityIndex } from '../../../core/vocabulary/severity.js';
import type { FindingView } from '../../protocol.js';

export const sortColumns = ['check', 'severity', 'decision', 'section', 'left', 'right', 'message'] as const;
export type SortColumn = (typeof sortColumns)[number];

export interface FindingsSort {
  column: SortColumn;
  desc: boolean;
}

const decisionRank = { undecided: 0, 'to-fix': 1, fixed: 2, accepted: 3 } as const;

const keyOf: Record<SortColumn, (finding: FindingView) => number | string> = {
  check: (f) => f.check,
  severity: (f) => severityIndex(f.severity),
  decision: (f) => decisionRank[f.decision?.status ?? 'undecided'],
  section: (f) => f.row ?? -1,
  left: (f) => f.left?.line ?? -1,
  right: (f) => f.right?.line ?? -1,
  message: (f) => f.message,
};

function compareKeys(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

/** The findings in the order shown. Ties keep document order; the input is not changed. */
export function orderFindings(findings: readonly FindingView[], sort: FindingsSort | null, groupByCheck = false): FindingView[] {
  const sorted = [...findings];
  if (sort) {
    const key = keyOf[sort.column];
    const sign = sort.desc ? -1 : 1;
    sorted.sort((a, b) => sign * compareKeys(key(a), key(b)) || a.id - b.id);
  }
  if (!groupByCheck) return sorted;
  const groups = new Map<string, FindingView[]>();
  for (const finding of sorted) {
    const group = groups.get(finding.check);
    if (group) group.push(finding);
    else groups.set(finding.check, [finding]);
  }
  // Within a check, findings that are the same (sameFindingKey) sit together, where the first of them is.
  const clustered = [...groups.values()].map((group) => {
    const same = new Map<string, FindingView[]>();
    for (const finding of group) {
      const key = sameFindingKey(finding);
      const cluster = same.get(key);
      if (cluster) cluster.push(finding);
      else same.set(key, [finding]);
    }
    return [...same.values()].flat();
  });
  return clustered.sort((a, b) => b.length - a.length || a[0]!.check.localeCompare(b[0]!.check)).flat();
}

/** What makes findings “the same”: one check and one message, once the numbers in it (lines, counts) are left out. */
export function sameFindingKey(finding: FindingView): string {
  return `${finding.check}\u0000${finding.message.replace(/\d+/g, '#')}`;
}
