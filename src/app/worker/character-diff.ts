/**
 * What differs inside a finding's spans, character by character, as a split
 * diff shows it: a one-letter typo in a 60-character URL, a digit in a
 * number, a changed identifier in inline code. Added as `diff` highlights
 * inside the finding's range on each side. Only for findings about a link
 * target, inline code or a number, and only when the two texts are mostly the
 * same (a translated link text is not a typo).
 */
import { diffChars } from 'diff';
import type { BlockView, FindingRange, Highlight } from '../protocol.js';

const checks = new Set(['link-target', 'code-span', 'number-mismatch', 'image', 'protected-term']);

/** Longer texts are not diffed: the finding's own marks say enough, and the diff is quadratic. */
const maxLength = 400;

export function addCharacterDiff(check: string, finding: number, left: BlockView | null, right: BlockView | null): void {
  if (!checks.has(check) || !left || !right) return;
  const leftRange = firstRange(left, finding);
  const rightRange = firstRange(right, finding);
  if (!leftRange || !rightRange) return;
  const a = comparable(left.text, leftRange);
  const b = comparable(right.text, rightRange);
  if (a.text === b.text || a.text.length > maxLength || b.text.length > maxLength) return;
  const parts = diffChars(a.text, b.text);
  const common = parts.filter((part) => !part.added && !part.removed).reduce((sum, part) => sum + part.value.length, 0);
  if (common < 0.5 * Math.max(a.text.length, b.text.length)) return;
  let at = { left: a.start, right: b.start };
  for (const part of parts) {
    const length = part.value.length;
    if (part.removed) left.highlights.push(diffMark(at.left, at.left + length, 'the right side has something else here'));
    if (part.added) right.highlights.push(diffMark(at.right, at.right + length, 'the left side has something else here'));
    at = { left: at.left + (part.added ? 0 : length), right: at.right + (part.removed ? 0 : length) };
  }
}

function firstRange(block: BlockView, finding: number): FindingRange | undefined {
  return block.findingRanges.find((range) => range.finding === finding && !range.whole);
}

/** The part worth comparing: a link's target (its text is translated), else the whole range. */
function comparable(text: string, range: FindingRange): { text: string; start: number } {
  const slice = text.slice(range.start, range.end);
  const target = /\]\(\s*<?([^)\s>]+)/.exec(slice) ?? /^<([^>\s]+)>$/.exec(slice);
  if (target) return { text: target[1]!, start: range.start + target.index + target[0].length - target[1]!.length };
  return { text: slice, start: range.start };
}

function diffMark(start: number, end: number, label: string): Highlight {
  return { start, end, kind: 'diff', label: `Differs: ${label}` };
}
