/**
 * Stale translations: the right was translated from an older version of the
 * left. Sections the source gained since are missing on the right, sections it
 * dropped since are still there. The summary says so in one line, and each
 * check's findings become one finding with every place instead of one per
 * place: the fix is one retranslation, not thirty edits.
 */
import type { Finding, SectionRow } from './report/types.js';
import { quote } from './vocabulary/phrasing.js';

/** The summary line for a stale translation, or null when the sections do not show that pattern. */
export function staleness(sections: readonly SectionRow[]): string | null {
  let left = 0;
  let right = 0;
  let leftOnly = 0;
  let rightOnly = 0;
  for (const section of sections) {
    if (section.left) left++;
    if (section.right) right++;
    if (section.left && !section.right) leftOnly++;
    if (section.right && !section.left) rightOnly++;
  }
  // Both at once, over a fair share of the document: that pattern (or an alignment gone wrong), not one added section.
  if (leftOnly < 2 || rightOnly < 2 || leftOnly + rightOnly < 0.2 * Math.max(left, right)) return null;
  return `The right looks like a translation of an older version of the left: ${leftOnly} of the left’s ${left} sections have no counterpart on the right, and ${rightOnly} of the right’s ${right} sections none on the left. Retranslate those sections rather than fixing finding by finding.`;
}

const sectionCheck = 'missing-section';

/**
 * In a stale translation, the warnings and errors of one check, one severity
 * and one shape (left only, right only, both sides) as one finding at the
 * first, with the others as related places: on such a page they share one
 * cause and one fix, and thirty findings would bury the summary line. Sections
 * without counterpart are named one by one in the message. Info findings and
 * findings that stand alone pass unchanged, in order.
 */
export function groupStaleFindings(findings: readonly Finding[], sections: readonly SectionRow[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const shape = finding.left ? (finding.right ? 'both' : 'left') : 'right';
    const key = `${finding.check}\u0000${finding.severity}\u0000${shape}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = group;
    replaced.set(first!, first!.check === sectionCheck ? groupedSections(group, sections) : groupedFindings(group));
    for (const finding of rest) replaced.set(finding, null);
  }
  const kept: Finding[] = [];
  for (const finding of findings) {
    const replacement = replaced.get(finding);
    if (replacement === undefined) kept.push(finding);
    else if (replacement) kept.push(replacement);
  }
  return kept;
}

function groupedFindings(group: readonly Finding[]): Finding {
  const first = group[0]!;
  const side = first.left ? 'left' : 'right';
  const related = relatedPlaces(group);
  const lines = related.map((place) => (place[side] ?? place.left ?? place.right)!.line);
  const shown = lines.length > 8 ? `${lines.slice(0, 7).join(', ')}, … ${lines[lines.length - 1]}` : lines.join(', ');
  const more = related.length;
  return {
    ...first,
    message: `${first.message} On this stale page, ${more} more ${first.check} ${more === 1 ? 'place' : 'places'} like this one ${more === 1 ? 'is' : 'are'} grouped with it (${side} ${lines.length === 1 ? 'line' : 'lines'} ${shown}).`,
    related,
  };
}

function groupedSections(group: readonly Finding[], sections: readonly SectionRow[]): Finding {
  const first = group[0]!;
  const side = first.left ? 'left' : 'right';
  const other = side === 'left' ? 'right' : 'left';
  const named = group.map((finding) => {
    const title = sections[finding.section]?.[side]?.title;
    const line = (finding[side] ?? finding.left ?? finding.right)!.line;
    return title === undefined ? `line ${line}` : `${quote(title, 30)} (line ${line})`;
  });
  const shown = named.length > 8 ? `${named.slice(0, 7).join(', ')}, … and ${named.length - 7} more` : named.join(', ');
  const why =
    side === 'left'
      ? first.severity === 'error'
        ? 'none of their links, code or numbers occurs anywhere on the right'
        : 'some of their links, code or numbers occur elsewhere on the right'
      : 'the source no longer has them, or the translator added them';
  return {
    ...first,
    message: `${group.length} sections of the ${side} have no counterpart on the ${other}, as in a translation of an older version (${why}): ${shown}.`,
    related: relatedPlaces(group),
  };
}

/** Every place of a group but the first's own, in document order: the others, and the places each already grouped (repeats, runs). */
function relatedPlaces([first, ...rest]: readonly Finding[]): NonNullable<Finding['related']> {
  const places = [
    ...(first!.related ?? []),
    ...rest.flatMap((finding) => [{ left: finding.left, right: finding.right }, ...(finding.related ?? [])]),
  ];
  const line = (place: (typeof places)[number]) => (place.left ?? place.right)?.line ?? 0;
  return places.sort((a, b) => line(a) - line(b));
}
