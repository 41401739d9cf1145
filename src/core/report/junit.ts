/**
 * The JUnit XML report, for CI test dashboards: one `<testsuite>` for the
 * compared pair, one `<testcase>` per aligned section (named by its titles),
 * and one `<failure>` in a section that has findings at or above the run's
 * `--fail-on` (default warning), listing them all; the other findings go to
 * the test case's `<system-out>`. `failures` therefore counts what fails the run.
 *
 * Text is XML-escaped; characters XML 1.0 forbids (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) and the bidi and zero-width format characters
 * are written visibly as `\u{…}`, so the file always parses.
 */
import { escapeControls } from './escape.js';
import type { Finding, Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { fileName, place, sectionLabel, visibleMultiline } from './writer-support.js';
import { failsRun } from '../decisions.js';

/** Escapes text content: `&`, `<`, `>`; hidden and XML-forbidden characters made visible; line breaks kept. */
export function xmlText(value: string): string {
  return visibleMultiline(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (for double quotes); tabs and line breaks as character references so they survive normalisation. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

type Attributes = Record<string, string | number | undefined>;

function attributeList(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
}

/** An element; `body` is already-escaped XML. Without a body, an empty element. */
function element(name: string, attributes: Attributes, body?: string): string {
  return body === undefined ? `<${name}${attributeList(attributes)}/>` : `<${name}${attributeList(attributes)}>${body}</${name}>`;
}

export function writeJunit(report: Report, options: WriterOptions = {}): string {
  // What fails is what fails the run: findings at or above --fail-on (default warning), never accepted ones.
  const fails = (finding: Finding) => failsRun(finding, options.failOn ?? 'warning');
  const leftName = fileName(report.left, 'left');
  const rightName = fileName(report.right, 'right');
  const suiteName = `${leftName} ↔ ${rightName}`;

  const bySection = report.sections.map((): Finding[] => []);
  for (const finding of report.findings) (bySection[finding.section] ?? bySection[0])?.push(finding);

  const where = (finding: Finding) => `left:  ${place(leftName, finding.left, true) || '—'}\nright: ${place(rightName, finding.right, true) || '—'}`;

  let failing = 0;
  const cases = report.sections.map((section, index) => {
    const findings = bySection[index] ?? [];
    const significant = findings.filter(fails);
    const info = findings.filter((finding) => !fails(finding));
    if (significant.length > 0) failing++;
    // One <failure> per test case (the JUnit schema allows one), holding every failing finding of the section.
    const first = significant[0];
    const body = [
      ...(first
        ? [
            element(
              'failure',
              {
                message: escapeControls(significant.length === 1 ? first.message : `${significant.length} findings; first: ${first.message}`),
                type: [...new Set(significant.map((finding) => finding.check))].join(' '),
              },
              xmlText(significant.map((finding) => `${finding.severity} ${finding.check}\n${where(finding)}\n\n${finding.message}`).join('\n\n')),
            ),
          ]
        : []),
      ...(info.length > 0
        ? [
            element(
              'system-out',
              {},
              xmlText(info.map((finding) => `${finding.severity} ${finding.check}\n${where(finding)}\n${finding.message}`).join('\n\n')),
            ),
          ]
        : []),
    ];
    const file = report.right.path ?? report.left.path;
    const attributes = {
      name: escapeControls(sectionLabel(section)),
      classname: escapeControls(suiteName),
      file: file === null ? undefined : escapeControls(file),
    };
    return body.length === 0
      ? `    ${element('testcase', attributes)}`
      : `    ${element('testcase', attributes, `\n      ${body.join('\n      ')}\n    `)}`;
  });

  const properties = [
    ['left', leftName],
    ['right', rightName],
    ['left.language', report.left.language ?? ''],
    ['right.language', report.right.language ?? ''],
    ['parity', String(report.summary.parity)],
    ['tool', `${report.tool.name} ${report.tool.version}`],
  ].map(([name, value]) => `      ${element('property', { name: name!, value: escapeControls(value!) })}`);

  const counts = { tests: report.sections.length, failures: failing, errors: 0, skipped: 0 };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributeList({ name: 'mdparity', ...counts })}>`,
    `  <testsuite${attributeList({ name: escapeControls(suiteName), ...counts })}>`,
    '    <properties>',
    ...properties,
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
