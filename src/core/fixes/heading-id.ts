/**
 * heading-id: a translated heading that lost the source's explicit id
 * (`## Installing {#install}` → `## インストール`) gets the source's id back,
 * written as the source writes it (`{#id}`, or react.dev’s comment form), so links to the
 * section land on it in every language.
 */
import { headingIdPattern } from '../model/build-document.js';
import type { Fixer } from './types.js';

/** An ATX heading with text and without a closing sequence of hashes (an id goes before those, which is not certain). */
const atxHeading = /^ {0,3}#{1,6}[ \t]+\S/;
const closingHashes = /[ \t]#+[ \t]*$/;

export const fixHeadingId: Fixer = (finding, left, right) => {
  if (!finding.left || !finding.right) return null;
  const source = left[finding.left.line - 1] ?? '';
  const before = right[finding.right.line - 1];
  const ids = [...source.matchAll(headingIdPattern)].map((match) => match[0]);
  // One id in the source heading, none in the translation's (a changed id is the reviewer's to choose), both on one line.
  if (ids.length !== 1 || before === undefined || finding.right.endLine !== finding.right.line) return null;
  if (!atxHeading.test(before) || closingHashes.test(before) || [...before.matchAll(headingIdPattern)].length > 0) return null;
  const after = `${before.trimEnd()} ${ids[0]}`;
  return { finding, description: `restore the source’s heading id ${ids[0]}`, edits: [{ line: finding.right.line, before, after }] };
};
