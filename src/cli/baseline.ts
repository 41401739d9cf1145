/**
 * `mdparity baseline`: the decisions that accept every finding a run has
 * today, so that a team can turn the check on at once and fail only on new
 * drift. A finding that already has a decision for its pair keeps it (a
 * reviewer's "to-fix" is never overwritten by a blanket "accepted").
 */
import { decide, decisionKey, decisionsForPair, type Decision } from '../core/decisions.js';
import type { Report } from '../core/index.js';

export interface Baseline {
  /** The existing decisions followed by the new ones. */
  decisions: Decision[];
  /** Findings newly accepted. */
  added: number;
  /** Findings that already had a decision, left as they were. */
  kept: number;
}

const baselineComment = 'baseline';

export function baselineDecisions(reports: readonly Report[], existing: readonly Decision[], decidedAt: string): Baseline {
  const added: Decision[] = [];
  let kept = 0;
  for (const report of reports) {
    const decided = new Set(decisionsForPair(report, existing).map(decisionKey));
    for (const finding of report.findings) {
      if (decided.has(decisionKey(finding))) kept++;
      else added.push(decide(report, finding, 'accepted', baselineComment, decidedAt));
    }
  }
  return { decisions: [...existing, ...added], added: added.length, kept };
}
