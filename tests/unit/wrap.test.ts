/** Terminal text wrapped to a width with a hanging indent (issue 12), measured in display columns. */
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapHanging } from '../../src/core/report/wrap.js';
import { compare, writers } from '../../src/core/index.js';
import { readFileSync } from 'node:fs';

describe('wrapHanging', () => {
  it('breaks at spaces and hangs the continuation lines under the first line’s text', () => {
    const message = 'The right section “Strategier for optimalisering av sosiale medier” has 4 links; the left has 5.';
    const lines = wrapHanging(message, 40, '           ', 11);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(40);
      expect(line).toMatch(/^ {11}\S/);
    }
    expect(lines.map((line) => line.trim()).join(' ')).toBe(message);
  });

  it('counts Korean and Japanese characters as two columns and breaks text without spaces between characters', () => {
    expect(displayWidth('설치 방법')).toBe(9);
    expect(displayWidth('インストール')).toBe(12);
    const japanese = 'このセクションの見出しは原文と異なるレベルで書かれていますので確認してください。';
    const lines = wrapHanging(japanese, 30, '    ', 4);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.slice(1).every((line) => line.startsWith('    '))).toBe(true);
    expect(lines.map((line) => line.trim()).join('')).toBe(japanese);
  });

  it('keeps an Arabic or Hebrew message whole when it fits, and wraps it by words when it does not', () => {
    const hebrew = 'הקישור בצד ימין מצביע לכתובת אחרת מזו שבצד שמאל';
    expect(wrapHanging(hebrew, 80, '  ', 2)).toEqual([`  ${hebrew}`]);
    const lines = wrapHanging(hebrew, 24, '  ', 2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.trim()).join(' ')).toBe(hebrew);
  });

  it('leaves a line whole on a terminal too narrow to wrap into', () => {
    expect(wrapHanging('a message of several words', 15, '           ', 11)).toEqual(['           a message of several words']);
  });
});

describe('the text report with a terminal width', () => {
  const report = compare(readFileSync('seeds/smo.is.md', 'utf8'), readFileSync('seeds/smo.no.md', 'utf8'), {
    leftPath: 'seeds/smo.is.md',
    rightPath: 'seeds/smo.no.md',
  });

  it('wraps each message to the width with an 11-column hanging indent; without a width, one line per message', () => {
    const plain = writers.text(report);
    const wrapped = writers.text(report, { width: 60 });
    for (const finding of report.findings) expect(plain).toContain(`           ${finding.message}\n`);
    const messageLines = wrapped.split('\n').filter((line) => /^ {11}\S/.test(line));
    expect(messageLines.length).toBeGreaterThan(report.findings.length);
    for (const line of messageLines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    const unwrapped = wrapped.replace(/\n {11}(?=\S)/g, ' ');
    for (const finding of report.findings) expect(unwrapped).toContain(finding.message);
  });
});
