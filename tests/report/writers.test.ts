/**
 * The writer registry: every format is there, each writer is pure (same
 * output for the same input, the report left untouched), and the terminal
 * writer colours only when asked. Also the helpers the writers share.
 */
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/core/report/json.js';
import { writeText } from '../../src/core/report/text.js';
import { formatExtensions, formatNames, isFormatName, writers, type FormatName } from '../../src/core/report/writers.js';
import { fnv1a64 } from '../../src/core/fingerprint.js';
import { excerpt, lineUrl, pathToUri, safeBaseUrl, sourceLines, truncate, visibleMultiline } from '../../src/core/report/writer-support.js';
import { isWellFormed } from './helpers.js';
import { hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

const ansi = /\u001B\[/;

describe('writer registry', () => {
  it('has every format', () => {
    expect(formatNames).toEqual(['json', 'text', 'csv', 'markdown', 'html', 'sarif', 'junit', 'compact', 'github', 'gitlab'] satisfies FormatName[]);
    expect(Object.keys(formatExtensions).sort()).toEqual([...formatNames].sort());
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('xml')).toBe(false);
  });

  it.each(formatNames)('%s is pure: same output twice, report untouched, well-formed text', (format) => {
    const { report, leftText, rightText } = syntheticReport();
    for (const [subject, options] of [
      [seedReport, seed],
      [hostileReport, hostile],
      [report, { leftText, rightText, baseUrl: 'https://example.com/x' }],
    ] as const) {
      const before = structuredClone(subject);
      const first = writers[format](subject, options);
      expect(writers[format](subject, options)).toBe(first);
      expect(subject).toEqual(before);
      expect(typeof first).toBe('string');
      expect(first.length).toBeGreaterThan(0);
      expect(isWellFormed(first)).toBe(true);
      expect(first.endsWith('\n')).toBe(true);
    }
    // Works without options too (the CLI may have no source text).
    expect(() => writers[format](seedReport, {})).not.toThrow();
  });

  it('wraps the existing json and text writers without changing them', () => {
    expect(writers.json(seedReport, seed)).toBe(writeJson(seedReport));
    expect(writers.text(seedReport, {})).toBe(writeText(seedReport));
    expect(writers.text(seedReport, { color: true })).toBe(writeText(seedReport, { color: true }));
  });

  it('colours the text report only when asked', () => {
    expect(writers.text(seedReport, seed)).not.toMatch(ansi);
    expect(writers.text(seedReport, { ...seed, color: false })).not.toMatch(ansi);
    expect(writers.text(seedReport, { ...seed, color: true })).toMatch(ansi);
    // Hostile text cannot smuggle its own escape sequences or bidi overrides into the terminal.
    const { report } = syntheticReport();
    const text = writers.text(report, {});
    expect(text).not.toMatch(ansi);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('no other format writes ANSI colour, even with color: true', () => {
    for (const format of formatNames.filter((name) => name !== 'text'))
      expect(writers[format](hostileReport, { ...hostile, color: true })).not.toMatch(ansi);
  });
});

describe('writer helpers', () => {
  it('reads source lines as the report numbers them', () => {
    expect(sourceLines(undefined)).toBeNull();
    expect(sourceLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    const lines = sourceLines(`x\n  one\t two   \n${'é'.repeat(300)}\n\u202Eevil`);
    expect(excerpt(lines, 2)).toBe('one two');
    expect(Array.from(excerpt(lines, 3))).toHaveLength(100);
    expect(excerpt(lines, 3).endsWith('…')).toBe(true);
    expect(excerpt(lines, 4)).toBe('\\u{202E}evil');
    expect(excerpt(lines, 99)).toBe('');
    expect(excerpt(null, 1)).toBe('');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(visibleMultiline('a\r\nb\u0007\u202E\t')).toBe('a\nb\\u{7}\\u{202E}\t');
  });

  it('turns paths into percent-encoded URI references', () => {
    expect(pathToUri('seeds/smo.is.md')).toBe('seeds/smo.is.md');
    expect(pathToUri('./docs/a b#c%d.md')).toBe('docs/a%20b%23c%25d.md');
    expect(pathToUri('docs\\Þórður.md')).toBe('docs/%C3%9E%C3%B3r%C3%B0ur.md');
    expect(pathToUri('/abs/a?.md')).toBe('file:///abs/a%3F.md');
    expect(pathToUri('c:\\x\\y.md')).toBe('file:///c:/x/y.md');
    expect(pathToUri('//server/share/a.md')).toBe('file://server/share/a.md');
  });

  it('links lines only under an http(s) or relative base URL', () => {
    expect(safeBaseUrl('https://github.com/o/r/blob/main/')).toBe('https://github.com/o/r/blob/main');
    expect(safeBaseUrl('../blob/main')).toBe('../blob/main');
    for (const unsafe of ['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', 'file:///etc', 'https://a b', 'https://a\nb', ''])
      expect(safeBaseUrl(unsafe)).toBeNull();
    expect(lineUrl('https://h/b', './docs/a b.md', 7)).toBe('https://h/b/docs/a%20b.md#L7');
    expect(lineUrl('https://h/b', 'docs/a.md', 7)).toBe('https://h/b/docs/a.md#L7');
    expect(lineUrl('https://h/b', null, 7)).toBeNull();
    expect(lineUrl(undefined, 'a.md', 7)).toBeNull();
  });

  it('fingerprints stably', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c'); // FNV-1a 64 test vector
    expect(fnv1a64('x\u0000y')).not.toBe(fnv1a64('x\u0000z'));
  });
});
