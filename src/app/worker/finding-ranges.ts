/**
 * Where a finding points inside a block. The report gives a start line and
 * column and an end line; the finding's check says what kind of thing sits
 * there (a link run, a heading marker, list markers), so the range is the
 * matching highlights; a content check marks the features that differ
 * (`subjects`, from finding-subjects.ts); else the finding's own range, or the
 * whole block when the finding is about it all.
 */
import type { Location } from '../../core/index.js';
import type { Block } from '../../core/model/types.js';
import type { LineIndex } from './line-index.js';
import type { FindingRange, Highlight } from '../protocol.js';

export function findingRanges(
  finding: number,
  check: string,
  location: Location,
  block: Block,
  lines: LineIndex,
  base: number,
  textLength: number,
  highlights: readonly Highlight[],
  /** Document offsets of what the finding is about (the code, numbers or links only this side has), when known. */
  subjects: ReadonlyArray<{ start: number; end: number }> = [],
): FindingRange[] {
  const offset = lines.offset(location.line, location.column) - base;
  const from = lines.lineStart(location.line) - base;
  const to = lines.lineEnd(location.endLine) - base;
  const end = lines.offset(location.endLine, location.endColumn) - base;
  const onLines = (h: Highlight) => h.start >= from && h.end <= to;
  const pick = (hs: Highlight[]): FindingRange[] => hs.map((h) => ({ finding, start: h.start, end: h.end, whole: false }));
  const coversBlock = location.line <= block.span.line && location.endLine >= block.span.endLine && offset <= block.span.column - 1;

  if (check !== 'link-target' && subjects.length > 0)
    return subjects.map((subject) => ({ finding, start: subject.start - base, end: subject.end - base, whole: false }));
  if (check.startsWith('link-')) {
    const links = highlights.filter((h) => h.kind === 'link');
    const first = links.findIndex((h) => h.start === offset);
    if (first >= 0) {
      // A split link: the run of adjacent links to the same target that starts here.
      const run = [links[first]!];
      for (let i = first + 1; i < links.length && links[i]!.continues; i++) run.push(links[i]!);
      return pick(run);
    }
    const inside = links.filter(onLines);
    if (inside.length > 0) return pick(inside);
  }
  if (check.startsWith('heading-')) {
    const markers = highlights.filter((h) => h.kind === 'heading-marker');
    if (markers.length > 0) return pick(markers);
  }
  if (check === 'bullet-marker' || check === 'list-items') {
    const markers = highlights.filter((h) => h.kind === 'bullet-marker' && onLines(h));
    const pseudo = markers.filter((h) => h.pseudo);
    if (check === 'bullet-marker' && pseudo.length > 0) return pick(pseudo);
    if (markers.length > 0) return pick(markers);
  }
  if (coversBlock || to <= offset) return [{ finding, start: 0, end: textLength, whole: true }];
  // Its own range (one item of a list, one code span), to the end of its last line when the end column says nothing.
  return [{ finding, start: Math.max(0, offset), end: Math.min(textLength, end > offset ? end : to), whole: false }];
}
