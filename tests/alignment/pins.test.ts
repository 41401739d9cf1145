/**
 * Pins: a reviewer's pairing wins, and the alignment is recomputed around it.
 * Documents: the Hebrew FAQ of the labelled set, where language-independent
 * evidence cannot tell which question is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockFingerprint, compareDocuments, type Pin } from '../../src/core/index.js';
import { buildDocument } from '../../src/core/model/build-document.js';

const english = readFileSync('tests/alignment/pairs/faq-he/left.en.md', 'utf8');
const hebrew = readFileSync('tests/alignment/pairs/faq-he/right.he.md', 'utf8');

const rows = (pins: Pin[] = []) =>
  compareDocuments(english, hebrew, { pins }).report.alignment.map((row) => `${row.left?.line ?? '-'}/${row.right?.line ?? '-'}`);

describe('pins', () => {
  it('without pins, the aligner picks a question by length and marks the pick uncertain', () => {
    const report = compareDocuments(english, hebrew).report;
    // The Hebrew question at line 9: whichever English question the lengths pick for it, the pick is flagged.
    const row = report.alignment.find((candidate) => candidate.right?.line === 9);
    expect(row?.left).not.toBeNull();
    expect(row?.uncertain?.reasons).toContain('no-shared-tokens');
  });

  it('a pin to nothing by line: “Can I have two accounts?” has no counterpart, and the rest realigns around it', () => {
    const pinned = rows([{ left: { line: 9 }, right: null }]);
    expect(pinned).toEqual(expect.arrayContaining(['5/5', '7/7', '9/-', '11/-', '13/9', '15/11', '17/13', '29/25']));
  });

  it('a pinned pair is kept and never uncertain; the blocks of the pinned sections pair inside them', () => {
    // “How do I delete my account?” (line 13) is “איך מוחקים את החשבון?” (line 9).
    const report = compareDocuments(english, hebrew, { pins: [{ left: { line: 13 }, right: { line: 9 } }] }).report;
    const row = report.alignment.find((candidate) => candidate.left?.line === 13);
    expect(row?.right?.line).toBe(9);
    expect(row?.uncertain).toBeUndefined();
    expect(rows([{ left: { line: 13 }, right: { line: 9 } }])).toEqual(expect.arrayContaining(['15/11', '17/13', '29/25']));
  });

  it('a pin by fingerprint survives an edit elsewhere in the file', () => {
    const left = buildDocument(english);
    const right = buildDocument(hebrew);
    const question = left.blocks.find((block) => block.span.line === 13)!;
    const answer = right.blocks.find((block) => block.span.line === 9)!;
    const pin: Pin = { left: { fingerprint: blockFingerprint(left, question) }, right: { fingerprint: blockFingerprint(right, answer) } };
    const edited = english.replace('# Frequently asked questions', '# Frequently asked questions\n\nUpdated in May.');
    const result = compareDocuments(edited, hebrew, { pins: [pin] }).report.alignment.map((row) => `${row.left?.line ?? '-'}/${row.right?.line ?? '-'}`);
    expect(result).toContain('15/9');
    expect(result).toContain('17/11');
  });

  it('ignores a pin naming no block', () => {
    expect(rows([{ left: { line: 999 }, right: { line: 9 } }])).toEqual(rows());
  });
});
