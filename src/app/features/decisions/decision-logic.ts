/**
 * Review decisions in the app, as plain functions over the core's matcher and
 * apply (src/core/decisions.ts): which IndexedDB entry holds a pair's
 * decisions, how new decisions name their pair, and how an imported file is
 * split by pair. The app knows file names, not repository paths; the core's
 * matcher compares paths by their trailing segments, so a decision made in CI
 * for `docs/he/README.md` belongs to the app's `README.md`.
 */
import {
  applyToFindings,
  belongsToPair,
  decide,
  pinBelongsToPair,
  type Decision,
  type DecisionStatus,
  type PairPaths,
  type SavedPin,
} from '../../../core/decisions.js';
import type { Report } from '../../../core/report/types.js';
import type { FindingView } from '../../protocol.js';
import type { DecisionFilterValue } from '../../shared/lib/findings-filter.js';

/**
 * What tells one open pair from another: both file names and both languages.
 * Two `README.md ↔ README.md` pairs (English ↔ Hebrew, English ↔ Japanese)
 * are two pairs, with their own decisions.
 */
export interface PairIdentity {
  left: string;
  right: string;
  leftLanguage: string | null;
  rightLanguage: string | null;
}

function baseName(path: string): string {
  return (path.replace(/\\/g, '/').split('/').pop() ?? path).normalize('NFC');
}

/** The storage key of a pair: names and languages, in order (swapping sides makes another pair, with other fingerprints). */
export function pairKey(pair: PairIdentity): string {
  return JSON.stringify([baseName(pair.left), baseName(pair.right), pair.leftLanguage ?? '', pair.rightLanguage ?? '']);
}

/** The key decisions were stored under before languages were part of it: read once when the new key holds nothing. */
export function legacyPairKey(pair: PairIdentity): string {
  return JSON.stringify([baseName(pair.left), baseName(pair.right)]);
}

const pathsOf = (pair: PairIdentity): PairPaths => ({ left: pair.left, right: pair.right });

/** The paths new decisions of this pair carry: those its decisions already use (say, a repository's paths), else the file names. */
function pairPaths(list: readonly Decision[], pair: PairIdentity): { left: string; right: string } {
  const known = list.find((decision) => decision.left !== undefined && decision.right !== undefined && belongsToPair(decision, pathsOf(pair)));
  return known ? { left: known.left!, right: known.right! } : { left: pair.left, right: pair.right };
}

/** A new decision on a finding, with the pair's paths. */
export function makeDecision(
  report: Report,
  finding: FindingView,
  status: DecisionStatus,
  comment: string,
  list: readonly Decision[],
  pair: PairIdentity,
  now = new Date(),
): Decision {
  const decision = decide(report, finding, status, comment.trim() || undefined, now.toISOString());
  return { ...decision, ...pairPaths(list, pair) };
}

/** An imported file split by pair: the open pair's decisions (and those for any pair), and the others by their paths. */
export function splitByPair(decisions: readonly Decision[], pair: PairIdentity): { mine: Decision[]; others: Map<string, Decision[]> } {
  const mine: Decision[] = [];
  const others = new Map<string, Decision[]>();
  for (const decision of decisions) {
    if (belongsToPair(decision, pathsOf(pair))) mine.push(decision);
    else {
      // Another pair's languages are not known here: its decisions wait under its names, read when that pair opens.
      const key = legacyPairKey({ ...pair, left: decision.left ?? pair.left, right: decision.right ?? pair.right });
      others.set(key, [...(others.get(key) ?? []), decision]);
    }
  }
  return { mine, others };
}

/** An imported file's pins for pairs other than the open one, by the key their pair's decisions wait under (its names). */
export function splitPinsByPair(pins: readonly SavedPin[], pair: PairIdentity): Map<string, SavedPin[]> {
  const others = new Map<string, SavedPin[]>();
  for (const pin of pins) {
    if (pinBelongsToPair(pin, pathsOf(pair))) continue;
    const key = legacyPairKey({ ...pair, left: pin.leftPath ?? pair.left, right: pin.rightPath ?? pair.right });
    others.set(key, [...(others.get(key) ?? []), pin]);
  }
  return others;
}

export interface AppliedView {
  /** The findings with `decision` set from the list (the same objects where nothing changed). */
  findings: FindingView[];
  /** Decisions of the pair whose finding is not in the report. */
  stale: Decision[];
  counts: Record<DecisionFilterValue, number>;
}

/** The core's apply, with the app's pair, and the counts the decision chips show. */
export function applyToView(findings: readonly FindingView[], list: readonly Decision[], pair: PairIdentity | null): AppliedView {
  const applied = pair ? applyToFindings(findings, list, pathsOf(pair)) : { findings: [...findings], stale: [] };
  const counts: Record<DecisionFilterValue, number> = { undecided: 0, accepted: 0, 'to-fix': 0, fixed: 0 };
  for (const finding of applied.findings) counts[finding.decision?.status ?? 'undecided']++;
  return { findings: applied.findings, stale: applied.stale, counts };
}

/**
 * The finding to select after deciding `current`: the next one in the order
 * shown that the filter still shows (the decided one may have left it),
 * wrapping around; null when none is left. `order` is the list before the
 * decision, so "next" is the one that followed it there.
 */
export function nextAfter(visible: readonly FindingView[], current: number, order: readonly FindingView[] = visible): FindingView | null {
  const others = visible.filter((finding) => finding.id !== current);
  if (others.length === 0) return null;
  const shown = new Set(others.map((finding) => finding.id));
  const at = order.findIndex((finding) => finding.id === current);
  if (at < 0) return others.find((finding) => finding.id > current) ?? others[0]!;
  for (let step = 1; step <= order.length; step++) {
    const candidate = order[(at + step) % order.length]!;
    if (shown.has(candidate.id)) return others.find((finding) => finding.id === candidate.id)!;
  }
  return others[0]!;
}
