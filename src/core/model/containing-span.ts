/**
 * Which of a set of possibly nested ranges holds a point: the innermost one.
 * Used to find the row of a place, by text offset (a link in a block) or by
 * line (a finding's related place in the app). Built once, O(log n) a query.
 */
export interface Range<T> {
  start: number;
  /** Inclusive end. */
  end: number;
  value: T;
}

/** How far back a query looks for a range that holds it: the depth of nesting it allows, bounded for the hot path. */
const maxDepth = 32;

export function containingRange<T>(ranges: ReadonlyArray<Range<T>>): (start: number, end?: number) => T | null {
  // By start, the outer of two ranges that start together first: the last range starting at or before a point is the
  // innermost candidate, its containers come before it.
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  return (start, end = start) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start <= start) low = middle + 1;
      else high = middle;
    }
    for (let k = low - 1; k >= 0 && k >= low - maxDepth; k--) if (sorted[k]!.end >= end) return sorted[k]!.value;
    return null;
  };
}
