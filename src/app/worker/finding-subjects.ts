/**
 * What a content finding is about inside its block: the inline code, numbers,
 * link targets or images that one side has and the other lacks. A code-span
 * finding then marks the two code spans that differ, not the whole paragraph
 * (a reviewer looks for `npm ejecutar build`, not for it somewhere in ten lines).
 */
import type { BlockFeatures } from '../../core/model/types.js';

interface Keyed {
  key: string;
  start: number;
  end: number;
}

/** The features a check compares, each with the key it compares them by; null when the check compares no such list. */
function subjectsOf(check: string, features: BlockFeatures): Keyed[] | null {
  switch (check) {
    case 'code-span':
      return features.codes.map((code) => ({ key: code.value.trim(), start: code.span.start, end: code.span.end }));
    case 'number-mismatch':
      return features.numbers.map((number) => ({ key: number.digits, start: number.span.start, end: number.span.end }));
    case 'link-count':
    case 'link-target':
      return features.links.map((link) => ({ key: link.target, start: link.span.start, end: link.span.end }));
    case 'image':
      return features.images.map((image) => ({ key: image.url, start: image.span.start, end: image.span.end }));
    default:
      return null;
  }
}

/**
 * The document offsets of the features on this side that the other side does not have (as many times), within
 * [from, to): the spans the finding is about. Empty when the check compares no such list or nothing differs there.
 */
export function differingSubjects(
  check: string,
  mine: BlockFeatures,
  other: BlockFeatures | null,
  from: number,
  to: number,
): Array<{ start: number; end: number }> {
  const own = subjectsOf(check, mine);
  if (own === null) return [];
  const remaining = new Map<string, number>();
  for (const { key } of (other && subjectsOf(check, other)) ?? []) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const differing: Array<{ start: number; end: number }> = [];
  for (const subject of own) {
    const left = remaining.get(subject.key) ?? 0;
    if (left > 0) {
      remaining.set(subject.key, left - 1);
      continue;
    }
    if (subject.start >= from && subject.end <= to) differing.push({ start: subject.start, end: subject.end });
  }
  return differing;
}
