/** A generated report of any size, shaped as compare() makes them: for the writer scale tests and the load bench. */
import type { Report } from '../src/core/report/types.js';

/**
 * A report with `findings` findings spread over `sections` sections and at
 * most `rows` aligned rows (several findings share a row beyond that), and
 * the source texts.
 */
export function largeReport(findings: number, sections: number, rows = findings): { report: Report; leftText: string; rightText: string } {
  const left: string[] = [];
  const right: string[] = [];
  const report: Report = {
    schemaVersion: '1.0',
    tool: { name: 'mdparity', version: '0.1.0' },
    left: { path: 'docs/en/guide.md', language: 'en', lines: 0, blocks: findings },
    right: { path: 'docs/ja/guide.md', language: 'ja', lines: 0, blocks: findings },
    summary: { error: 0, warning: 0, info: 0, findings: 0, rows: 0, paired: 0, leftOnly: 0, rightOnly: 0, parity: 0.5, uncertain: 0, checks: {} },
    findings: [],
    alignment: [],
    sections: [{ left: null, right: null }],
  };
  for (let s = 1; s <= sections; s++) {
    left.push(`## Section ${s}`);
    right.push(`## セクション ${s}`);
    report.sections.push({
      left: { line: left.length, title: `Section ${s}`, depth: 2 },
      right: { line: right.length, title: `セクション ${s}`, depth: 2 },
    });
  }
  const severities = ['error', 'warning', 'info'] as const;
  for (let i = 0; i < findings; i++) {
    const row = i % rows;
    const section = 1 + (row % sections);
    if (i < rows) {
      left.push(`Paragraph ${i} with a [link](/en/${i}).`);
      right.push(`段落 ${i}、[リンク](/ja/${i})。`);
      report.alignment.push({
        left: { line: left.length, endLine: left.length, kind: 'paragraph' },
        right: { line: right.length, endLine: right.length, kind: 'paragraph' },
        confidence: 0.8,
        section,
      });
    }
    const line = sections + 1 + row;
    const severity = severities[i % 3]!;
    report.findings.push({
      fingerprint: i.toString(16).padStart(16, '0'),
      check: i % 2 ? 'link-target' : 'missing-block',
      severity,
      message: `Link targets differ: the left links to “/en/${i}”, the right to “/ja/${i}”.`,
      left: { line, column: 1, endLine: line, endColumn: 10 },
      right: { line, column: 1, endLine: line, endColumn: 10 },
      row,
      section,
    });
    report.summary[severity]++;
    report.summary.checks[report.findings[i]!.check] = (report.summary.checks[report.findings[i]!.check] ?? 0) + 1;
  }
  report.summary.findings = findings;
  report.summary.rows = report.summary.paired = report.alignment.length;
  report.left.lines = left.length;
  report.right.lines = right.length;
  return { report, leftText: left.join('\n') + '\n', rightText: right.join('\n') + '\n' };
}
