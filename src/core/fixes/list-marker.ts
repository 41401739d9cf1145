/**
 * bullet-marker: pseudo-bullets (`– item`, `• item`) in the translation → the
 * list marker the source uses for that list (`- item`), so CommonMark reads a list again.
 */
import { isPseudoBullet } from '../vocabulary/pseudo-bullets.js';
import type { Fixer, LineEdit } from './types.js';

const realMarker = /^( {0,3})([-*+])[ \t]/;
const pseudoMarker = /^( {0,3})(\S)[ \t]+/u;

export const fixPseudoBullets: Fixer = (finding, left, right) => {
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
