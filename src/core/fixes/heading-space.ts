/** heading-format: `##Title` in the translation → `## Title` (CommonMark needs the space to read a heading). */
import type { Fixer } from './types.js';

const noSpace = /^( {0,3}#{1,6})(?=[^#\s])/;

export const fixHeadingSpace: Fixer = (finding, _left, right) => {
  const line = finding.right?.line;
  if (line === undefined) return null;
  const before = right[line - 1];
  if (before === undefined || !noSpace.test(before)) return null;
  const after = before.replace(noSpace, '$1 ');
  return { finding, description: `add the space after the hashes: “${after.trim()}”`, edits: [{ line, before, after }] };
};
