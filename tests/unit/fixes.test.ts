/**
 * Mechanical fixes (src/core/fixes): applied to the translation only, each proven by comparing again
 * (the answered finding is gone, no new finding appears). Realistic pairs: the seed (is ↔ no),
 * a Korean heading written without its space, a German list whose source uses `*`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, computeFixes, fixTranslation } from '../../src/core/fixes/compute-fixes.js';
import { compare } from '../../src/core/index.js';

const is = readFileSync('seeds/smo.is.md', 'utf8');
const no = readFileSync('seeds/smo.no.md', 'utf8');
const checksOf = (left: string, right: string) =>
  compare(left, right)
    .findings.map((finding) => `${finding.severity} ${finding.check}`)
    .sort();

describe('mechanical fixes', () => {
  it('each side once as the translation: only the link-span warning and the shared typo are left (issue 12)', () => {
    const norwegian = fixTranslation(is, no);
    expect(norwegian.problem).toBeNull();
    expect(norwegian.fixes.map((fix) => fix.finding.check)).toEqual(['bullet-marker']);
    const icelandic = fixTranslation(norwegian.text, is);
    expect(icelandic.problem).toBeNull();
    expect(icelandic.fixes.map((fix) => fix.finding.check)).toEqual(['heading-format']);
    expect(checksOf(icelandic.text, norwegian.text)).toEqual(['info punctuation', 'warning link-span']);
    // Only the fixed lines changed.
    expect(norwegian.text.split('\n').filter((line, index) => line !== no.split('\n')[index])).toEqual([
      expect.stringMatching(/^- Optimalisering av sosiale medier/),
      expect.stringMatching(/^- Det kan øke bevisstheten/),
    ]);
  });

  it('never fixes the source: a flaw on the left side has no fix', () => {
    expect(computeFixes(compare(is, no).findings, is, no).map((fix) => fix.finding.check)).toEqual(['bullet-marker']);
  });

  it('adds the space to a Korean heading and keeps CRLF line endings', () => {
    const en = '# Installation\r\n\r\n## Requirements\r\n\r\nReact needs Node.js 18 or later.\r\n';
    const ko = '# 설치\r\n\r\n##요구 사항\r\n\r\nReact는 Node.js 18 이상이 필요합니다.\r\n';
    const result = fixTranslation(en, ko);
    expect(result.problem).toBeNull();
    expect(result.text).toBe('# 설치\r\n\r\n## 요구 사항\r\n\r\nReact는 Node.js 18 이상이 필요합니다.\r\n');
    expect(checksOf(en, result.text)).toEqual([]);
  });

  it('uses the source’s marker (`*`) for a German list written with bullet characters', () => {
    const en = '## Features\n\n* Fast builds.\n* Small bundles.\n* Type checking.\n';
    const de = '## Funktionen\n\n• Schnelle Builds.\n• Kleine Bundles.\n• Typprüfung.\n';
    const result = fixTranslation(en, de);
    expect(result.problem).toBeNull();
    expect(result.text).toBe('## Funktionen\n\n* Schnelle Builds.\n* Kleine Bundles.\n* Typprüfung.\n');
  });

  it('refuses an edit whose line is not what it expected', () => {
    expect(() => applyEdits('## A\n', [{ line: 1, before: '##B', after: '## B' }])).toThrow(/line 1 is not what the fix expected/);
  });

  it('offers nothing when the source list has no real marker to copy', () => {
    const en = '## Features\n\n– Fast builds.\n– Small bundles.\n';
    const de = '## Funktionen\n\n• Schnelle Builds.\n• Kleine Bundles.\n';
    expect(fixTranslation(en, de).fixes).toEqual([]);
  });
});
