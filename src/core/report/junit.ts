/**
 * The JUnit XML report, for CI test dashboards: one `<testsuite>` for the
 * compared pair, one `<testcase>` per aligned section (named by its titles),
 * one `<failure>` per warning or error finding in the section; info findings
 * go to the test case's `<system-out>`.
 *
 * Text is XML-escaped; characters XML 1.0 forbids (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) and the bidi and zero-width format characters
 * are written visibly as `\u{…}`, so the file always parses.
 */
import { escapeControls } from './escape.js';
import type { Finding, Report } from './types.js';
import type { WriterOptions } from './writer-options.js';
import { fileName, place, sectionLabel, visibleMultiline } from './writer-support.js';

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

export function writeJunit(report: Report, _options: WriterOptions = {}): string {
  const leftName = fileName(report.left, 'left');
  const rightName = fileName(report.right, 'right');
  const suiteName = `${leftName} ↔ ${rightName}`;

  const bySection = report.sections.map((): Finding[] => []);
  for (const finding of report.findings) (bySection[finding.section] ?? bySection[0])?.push(finding);

  const where = (finding: Finding) => `left:  ${place(leftName, finding.left, true) || '—'}\nright: ${place(rightName, finding.right, true) || '—'}`;

  let failing = 0;
  const cases = report.sections.map((section, index) => {
    const findings = bySection[index] ?? [];
    const significant = findings.filter((finding) => finding.severity !== 'info');
    const info = findings.filter((finding) => finding.severity === 'info');
    if (significant.length > 0) failing++;
    const body = [
      ...significant.map((finding) =>
        element(
          'failure',
          { message: escapeControls(finding.message), type: finding.check },
          xmlText(`${finding.severity} ${finding.check}\n${where(finding)}\n\n${finding.message}`),
        ),
      ),
      ...(info.length > 0
        ? [element('system-out', {}, xmlText(info.map((finding) => `info ${finding.check}\n${where(finding)}\n${finding.message}`).join('\n\n')))]
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
