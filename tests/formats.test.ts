/**
 * The one list of report formats (issue 8): every format has a name, an
 * extension, a media type, a label and a writer of the one signature; the
 * CLI's help and the README's table are made from it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandUsage, usage } from '../src/cli/args.js';
import { compare, formatExtensions, formatForFile, formatNames, reportFormats, withFormatTable, writers } from '../src/core/index.js';

describe('report formats', () => {
  const report = compare(readFileSync('seeds/smo.is.md', 'utf8'), readFileSync('seeds/smo.no.md', 'utf8'), {
    leftPath: 'smo.is.md',
    rightPath: 'smo.no.md',
  });

  it.each(reportFormats.map((format) => [format.name, format] as const))('%s is complete and writes through the one signature', (name, format) => {
    expect(format.extension).toMatch(/^[a-z]+$/);
    expect(format.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+(;charset=utf-8)?$/);
    expect(format.label.length).toBeGreaterThan(10);
    expect(writers[name]).toBe(format.write);
    expect(formatExtensions[name]).toBe(format.extension);
    expect(format.write(report, {}).length).toBeGreaterThan(0);
    // Named in the help of both commands, with its extension.
    for (const help of [usage, commandUsage.compare, commandUsage.tree]) expect(help).toContain(`${name.padEnd(9)} .${format.extension}`);
  });

  it('has unique names and extensions, and finds the format from a file name', () => {
    expect(new Set(formatNames).size).toBe(formatNames.length);
    expect(new Set(reportFormats.map((format) => format.extension)).size).toBe(reportFormats.length);
    for (const format of reportFormats) expect(formatForFile(`out/report.${format.extension}`)).toBe(format.name);
    expect(formatForFile('report.HTM')).toBe('html');
    expect(formatForFile('report.xlsx')).toBeNull();
    expect(formatForFile('report')).toBeNull();
  });

  it('keeps the README’s format table in step with the list (run `npm run docs` after changing it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withFormatTable(readme)).toBe(readme);
    for (const format of reportFormats) expect(readme).toContain(`| \`${format.name}\` | \`.${format.extension}\` |`);
  });
});
