/**
 * bullet-marker: pseudo-bullets (`– item`, `• item`) in the translation → the
 * list marker the source uses for that list (`- item`), so CommonMark reads a list again.
 */
import { isPseudoBullet } from '../vocabulary/pseudo-bullets.js';
import type { Fixer, LineEdit } from './types.js';

const realMarker = /^( {0,3})([-*+])[ \t]/;
const pseudoMarker = /^( {0,3})(\S)[ \t]+/u;

const fixPseudoBullets: Fixer = (finding, left, right) => {
  if (!finding.left || !finding.right) return null;
  // The source's marker: the first real bullet-list marker in its list; without one, no certain fix.
  let marker: string | null = null;
  for (let line = finding.left.line; line <= finding.left.endLine && marker === null; line++)
    marker = realMarker.exec(left[line - 1] ?? '')?.[2] ?? null;
  if (marker === null) return null;
  const edits: LineEdit[] = [];
  for (let line = finding.right.line; line <= finding.right.endLine; line++) {
    const before = right[line - 1];
    const match = before === undefined ? null : pseudoMarker.exec(before);
    if (!match || !isPseudoBullet(match[2]!)) continue;
    edits.push({ line, before: before!, after: `${match[1]}${marker} ${before!.slice(match[0].length)}` });
  }
  return edits.length === 0
    ? null
    : {
        finding,
        description: `start ${edits.length === 1 ? 'the item' : `the ${edits.length} items`} with “${marker}”, the source’s list marker`,
        edits,
      };
};

/** A top-level list item's first line: indent, marker (`-`, `*`, `+`, `1.`, `1)`), then content. */
const itemLine = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+)(?=\S)/;

/** A marker's style: the bullet character, or an ordered list's delimiter (`.` or `)`), with its kind. */
function styleOf(marker: string): { ordered: boolean; style: string } {
  return /^\d/.test(marker) ? { ordered: true, style: marker.slice(-1) } : { ordered: false, style: marker };
}

/** The item lines of the list at lines [line, endLine]: those at the indent of its first item; null when the first line is no item. */
function listItems(lines: readonly string[], line: number, endLine: number): Array<{ line: number; match: RegExpExecArray }> | null {
  const first = itemLine.exec(lines[line - 1] ?? '');
  if (!first) return null;
  const items: Array<{ line: number; match: RegExpExecArray }> = [];
  for (let at = line; at <= endLine; at++) {
    const match = itemLine.exec(lines[at - 1] ?? '');
    if (match && match[1] === first[1]) items.push({ line: at, match });
  }
  return items;
}

/**
 * bullet-marker, “List markers differ”: the translation's list written with
 * another marker style than the source's (`*` against `-`, `1)` against `1.`)
 * → the source's style, numbers kept. Only when each whole list uses one style
 * of the same kind (bullets or numbers): a mixed list is not mechanical.
 */
const fixMarkerStyle: Fixer = (finding, left, right) => {
  if (!finding.left || !finding.right) return null;
  const source = listItems(left, finding.left.line, finding.left.endLine);
  const target = listItems(right, finding.right.line, finding.right.endLine);
  if (!source?.length || !target?.length) return null;
  const single = (items: typeof source) => {
    const styles = items.map((item) => styleOf(item.match[2]!));
    return styles.every((style) => style.ordered === styles[0]!.ordered && style.style === styles[0]!.style) ? styles[0]! : null;
  };
  const wanted = single(source);
  const found = single(target);
  if (!wanted || !found || wanted.ordered !== found.ordered || wanted.style === found.style) return null;
  const edits: LineEdit[] = target.map(({ line, match }) => {
    const before = right[line - 1]!;
    const marker = wanted.ordered ? `${match[2]!.slice(0, -1)}${wanted.style}` : wanted.style;
    return { line, before, after: `${match[1]}${marker}${before.slice(match[1]!.length + match[2]!.length)}` };
  });
  const example = wanted.ordered ? `1${wanted.style}` : wanted.style;
  return {
    finding,
    description: `write ${edits.length === 1 ? 'the item' : `the ${edits.length} items`} with “${example}”, the source’s list marker`,
    edits,
  };
};

/** bullet-marker: pseudo-bullets → the source's marker, else a consistent other marker style → the source's. */
export const fixListMarkers: Fixer = (finding, left, right) => fixPseudoBullets(finding, left, right) ?? fixMarkerStyle(finding, left, right);
