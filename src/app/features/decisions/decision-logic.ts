/**
 * Review decisions in the app, as plain functions: which decisions belong to
 * the open pair, how they mark its findings, which are stale, and how an
 * imported file merges in. The app knows file names, not repository paths,
 * so a pair is named by the base names of its two files; a decision that
 * came with longer paths (imported from a repository's decisions file)
 * keeps them, and new decisions for that pair reuse them.
 */
import { decide, type Decision, type DecisionStatus } from '../../../core/decisions.js';
import type { Report } from '../../../core/report/types.js';
import type { FindingView } from '../../shared/lib/view-model.js';

export type DecisionFilterValue = DecisionStatus | 'undecided';
export const decisionFilterValues: readonly DecisionFilterValue[] = ['undecided', 'accepted', 'to-fix', 'fixed'];

export const decisionKey = (decision: { check: string; fingerprint: string }) => `${decision.check} ${decision.fingerprint}`;

function baseName(path: string): string {
  return (path.replace(/\\/g, '/').split('/').pop() ?? path).normalize('NFC');
}

/** The storage key of a pair: both base names, in order (swapping sides makes another pair, with other fingerprints). */
export function pairKey(left: string, right: string): string {
  return JSON.stringify([baseName(left), baseName(right)]);
}

/** A decision without paths applies to any pair; one with paths to the pair with those base names. */
export function belongsTo(decision: Decision, left: string, right: string): boolean {
  return (
    (decision.left === undefined || baseName(decision.left) === baseName(left)) &&
    (decision.right === undefined || baseName(decision.right) === baseName(right))
  );
}

/** The paths new decisions of this pair carry: those its decisions already use (say, a repository's paths), else the file names. */
function pairPaths(list: readonly Decision[], left: string, right: string): { left: string; right: string } {
  const known = list.find((decision) => decision.left !== undefined && decision.right !== undefined && belongsTo(decision, left, right));
  return known ? { left: known.left!, right: known.right! } : { left, right };
}

/** A new decision on a finding, with the pair's paths. */
export function makeDecision(
  report: Report,
  finding: FindingView,
  status: DecisionStatus,
  comment: string,
  list: readonly Decision[],
  now = new Date(),
): Decision {
  const decision = decide(report, finding, status, comment.trim() || undefined, now.toISOString());
  if (decision.left === undefined || decision.right === undefined) return decision;
  return { ...decision, ...pairPaths(list, decision.left, decision.right) };
}

/** The list with this decision added, or replacing the one for the same finding. */
export function withDecision(list: readonly Decision[], decision: Decision): Decision[] {
  const key = decisionKey(decision);
  const at = list.findIndex((entry) => decisionKey(entry) === key);
  if (at < 0) return [...list, decision];
  const next = [...list];
  next[at] = decision;
  return next;
}

export function withoutDecision(list: readonly Decision[], key: string): Decision[] {
  return list.filter((entry) => decisionKey(entry) !== key);
}

export interface Merged {
  list: Decision[];
  added: number;
  replaced: number;
}

/** Imported decisions merged into a list: a decision for the same finding is replaced by the imported one. */
export function mergeDecisions(list: readonly Decision[], incoming: readonly Decision[]): Merged {
  let next = [...list];
  let added = 0;
  let replaced = 0;
  for (const decision of incoming) {
    const exists = next.some((entry) => decisionKey(entry) === decisionKey(decision));
    next = withDecision(next, decision);
    if (exists) replaced++;
    else added++;
  }
  return { list: next, added, replaced };
}

/** An imported file split by pair: the open pair's decisions (and those for any pair), and the others by pair key. */
export function splitByPair(decisions: readonly Decision[], left: string, right: string): { mine: Decision[]; others: Map<string, Decision[]> } {
  const mine: Decision[] = [];
  const others = new Map<string, Decision[]>();
  for (const decision of decisions) {
    if (belongsTo(decision, left, right)) mine.push(decision);
    else {
      const key = pairKey(decision.left ?? left, decision.right ?? right);
      others.set(key, [...(others.get(key) ?? []), decision]);
    }
  }
  return { mine, others };
}

export interface AppliedView {
  /** The findings with `decision` set from the list (the same objects where nothing changed). */
  findings: FindingView[];
  /** Decisions of the pair whose finding is not in the report. */
  stale: Decision[];
  counts: Record<DecisionFilterValue, number>;
}

export function applyToFindings(findings: readonly FindingView[], list: readonly Decision[]): AppliedView {
  const byKey = new Map(list.map((decision) => [decisionKey(decision), decision]));
  const used = new Set<string>();
  const counts: Record<DecisionFilterValue, number> = { undecided: 0, accepted: 0, 'to-fix': 0, fixed: 0 };
  const marked = findings.map((finding) => {
    const key = decisionKey(finding);
    const decision = byKey.get(key);
    if (!decision) {
      counts.undecided++;
      if (!finding.decision) return finding;
      const plain = { ...finding };
      delete plain.decision;
      return plain;
    }
    used.add(key);
    counts[decision.status]++;
    if (finding.decision?.status === decision.status && finding.decision.comment === decision.comment) return finding;
    return { ...finding, decision: decision.comment ? { status: decision.status, comment: decision.comment } : { status: decision.status } };
  });
  return { findings: marked, stale: list.filter((decision) => !used.has(decisionKey(decision))), counts };
}

/**
 * The finding to select after deciding `current`: the next one in document
 * order that the filter still shows (the decided one may have left it), wrapping
 * around; null when none is left.
 */
export function nextAfter(visible: readonly FindingView[], current: number): FindingView | null {
  const others = visible.filter((finding) => finding.id !== current);
  if (others.length === 0) return null;
  return others.find((finding) => finding.id > current) ?? others[0]!;
}
