/**
 * Mechanical fixes for the translation (the right file), and their proof: a
 * fix is offered only where it is certain (fixers return null otherwise), is
 * applied to the right text only, and the result is compared again: the
 * answered findings must be gone and no new finding may appear, or nothing
 * is fixed at all.
 */
import { compare, type CompareOptions } from '../compare.js';
import { applyDecisions, isOpen, type Decision } from '../decisions.js';
import { splitLines } from '../fingerprint.js';
import type { Finding, Report } from '../report/types.js';
import { fixHeadingSpace } from './heading-space.js';
import { fixHeadingId } from './heading-id.js';
import { fixListMarkers } from './list-marker.js';
import { fixKey, type Fix, type Fixer, type LineEdit } from './types.js';

export { fixKey, type Fix, type LineEdit } from './types.js';

/** The fixers, by the check whose findings they answer. */
const fixers: Readonly<Record<string, Fixer>> = {
  'heading-format': fixHeadingSpace,
  'bullet-marker': fixListMarkers,
  'heading-id': fixHeadingId,
};

/** The fixes for a report's findings (never two edits of one line). */
export function computeFixes(findings: readonly Finding[], leftText: string, rightText: string): Fix[] {
  const left = splitLines(leftText);
  const right = splitLines(rightText);
  const edited = new Set<number>();
  const fixes: Fix[] = [];
  for (const finding of findings) {
    const fix = fixers[finding.check]?.(finding, left, right);
    if (!fix || fix.edits.some((edit) => edited.has(edit.line))) continue;
    for (const edit of fix.edits) edited.add(edit.line);
    fixes.push(fix);
  }
  return fixes;
}

/** The right text with the edits applied; line endings kept as they were. */
export function applyEdits(rightText: string, edits: readonly LineEdit[]): string {
  const parts = rightText.split(/(\r\n|\r|\n)/);
  for (const edit of edits) {
    const index = (edit.line - 1) * 2;
    if (parts[index] !== edit.before) throw new Error(`line ${edit.line} is not what the fix expected`);
    parts[index] = edit.after;
  }
  return parts.join('');
}

export interface FixResult {
  /** The comparison before the fixes. */
  report: Report;
  fixes: Fix[];
  /** The fixed right text (the input when there is nothing to fix). */
  text: string;
  /** Null when the fixed text compares as promised; else why the fixes were not applied. */
  problem: string | null;
}

const count = (findings: readonly Finding[]) => {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
  return counts;
};

/**
 * Why a fixed text does not compare as promised, or null when it does: every
 * answered finding is gone from `after` and no check has more findings than
 * `before` had besides the answered ones. One proof for the CLI and the app.
 */
export function fixProblem(before: readonly Finding[], fixes: readonly Fix[], after: readonly Finding[]): string | null {
  const answered = new Set(fixes.map((fix) => fixKey(fix.finding)));
  const remaining = after.filter((finding) => answered.has(fixKey(finding)));
  if (remaining.length > 0) return `the fix did not remove: ${remaining.map((finding) => finding.message).join('; ')}`;
  const expected = count(before.filter((finding) => !answered.has(fixKey(finding))));
  for (const [check, n] of count(after)) {
    if (n > (expected.get(check) ?? 0))
      return `the fixed text has a new ${check} finding: ${after.find((finding) => finding.check === check)!.message}`;
  }
  return null;
}

/**
 * Compares, fixes the right text and compares again (see the module comment).
 * `decisions`: a reviewer's decisions; a finding accepted as intended is not fixed.
 */
export function fixTranslation(leftText: string, rightText: string, options: CompareOptions = {}, decisions: readonly Decision[] = []): FixResult {
  const report = compare(leftText, rightText, options);
  const before = report.findings;
  const open = decisions.length > 0 ? applyDecisions(report, decisions).report.findings.filter(isOpen) : before;
  const fixes = computeFixes(open, leftText, rightText);
  if (fixes.length === 0) return { report, fixes, text: rightText, problem: null };
  const text = applyEdits(
    rightText,
    fixes.flatMap((fix) => fix.edits),
  );
  const problem = fixProblem(before, fixes, compare(leftText, text, options).findings);
  return problem === null ? { report, fixes, text, problem } : { report, fixes, text: rightText, problem };
}
