/**
 * The JUnit writer: well-formed XML (fast-xml-parser validates and parses
 * it) with one test suite for the pair, one test case per aligned section
 * and one failure per warning or error; hostile text is escaped and the
 * characters XML 1.0 forbids never reach the file.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/core/report/escape.js';
import { xmlAttribute, xmlText } from '../../src/core/report/junit.js';
import type { Report } from '../../src/core/report/types.js';
import { writers } from '../../src/core/report/writers.js';
import { sectionLabel } from '../../src/core/report/writer-support.js';
import { isWellFormed, rawBidi } from './helpers.js';
import { hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

const synthetic = syntheticReport();

interface Failure {
  '@_message': string;
  '@_type': string;
  '#text': string;
}
interface TestCase {
  '@_name': string;
  '@_classname': string;
  failure?: Failure[];
  'system-out'?: string;
}
interface Parsed {
  testsuites: {
    '@_tests': string;
    '@_failures': string;
    testsuite: Array<{ '@_name': string; '@_tests': string; '@_failures': string; testcase: TestCase[] }>;
  };
}

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'property'].includes(name),
  });
  return parser.parse(xml) as Parsed;
}

/** What the writer puts in a one-line attribute: controls visible, and the XML non-characters too. */
const oneLine = (text: string) => escapeControls(text).replace(/[\uFFFE\uFFFF]/g, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);

// XML 1.0 Char production: what may appear in a document at all.
const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('junit writer', () => {
  it('writes the seed pair as one suite, a case per section and one failure per failing section', () => {
    const xml = writers.junit(seedReport, seed);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const { testsuites } = parse(xml);
    expect(testsuites['@_tests']).toBe('7');
    expect(testsuites['@_failures']).toBe('2');
    expect(testsuites.testsuite).toHaveLength(1);
    const suite = testsuites.testsuite[0]!;
    expect(suite['@_name']).toBe('seeds/smo.is.md ↔ seeds/smo.no.md');
    expect(suite.testcase.map((testcase) => testcase['@_name'])).toEqual(seedReport.sections.map(sectionLabel));
    expect(suite.testcase.map((testcase) => testcase.failure?.map((failure) => failure['@_type']) ?? [])).toEqual([
      [],
      [],
      ['link-span'],
      [],
      [],
      [],
      ['heading-format bullet-marker'],
    ]);
    const failure = suite.testcase[6]!.failure![0]!;
    const heading = seedReport.findings.find((finding) => finding.check === 'heading-format')!.message;
    const message = seedReport.findings.find((finding) => finding.check === 'bullet-marker')!.message;
    expect(failure['@_message']).toBe(`2 findings; first: ${heading}`);
    expect(failure['#text'].endsWith(`warning bullet-marker\nleft:  seeds/smo.is.md:32-36\nright: seeds/smo.no.md:32-36\n\n${message}`)).toBe(true);
  });

  it.each([
    ['error', '0'],
    ['warning', '2'],
    ['info', '3'],
    ['never', '0'],
  ] as const)('counts failures by the run’s --fail-on %s (issue 12)', (failOn, failures) => {
    const { testsuites } = parse(writers.junit(seedReport, { ...seed, failOn }));
    expect(testsuites['@_failures']).toBe(failures);
    for (const testcase of testsuites.testsuite[0]!.testcase) expect((testcase.failure ?? []).length).toBeLessThanOrEqual(1);
  });

  it.each([
    { name: 'hostile pair', report: hostileReport, options: hostile },
    { name: 'hostile report', report: synthetic.report, options: synthetic },
  ] as Array<{ name: string; report: Report; options: object }>)(
    'escapes the $name: parses, and reads back to the same text',
    ({ report, options }) => {
      const xml = writers.junit(report, options);
      expect(isWellFormed(xml)).toBe(true);
      expect(xml).not.toMatch(forbidden);
      expect(xml).not.toMatch(rawBidi);
      expect(xml).not.toMatch(/<(script|img|svg|b)\b/i);
      const suite = parse(xml).testsuites.testsuite[0]!;
      expect(suite['@_name']).toBe(oneLine(`${report.left.path} ↔ ${report.right.path}`));
      expect(suite.testcase.map((testcase) => testcase['@_name'])).toEqual(report.sections.map((section) => oneLine(sectionLabel(section))));
      report.sections.forEach((_section, index) => {
        const significant = report.findings.filter((finding) => finding.section === index && finding.severity !== 'info');
        const info = report.findings.filter((finding) => finding.section === index && finding.severity === 'info');
        const testcase = suite.testcase[index]!;
        expect((testcase.failure ?? []).map((failure) => [failure['@_type'], failure['@_message']])).toEqual(
          significant.length === 0
            ? []
            : [
                [
                  [...new Set(significant.map((finding) => finding.check))].join(' '),
                  oneLine(significant.length === 1 ? significant[0]!.message : `${significant.length} findings; first: ${significant[0]!.message}`),
                ],
              ],
        );
        for (const failure of testcase.failure ?? [])
          expect(
            failure['#text'].endsWith(xmlText(significant.at(-1)!.message).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')),
          ).toBe(true);
        if (info.length > 0) expect(testcase['system-out']).toContain(escapeControls(info[0]!.check));
        else expect(testcase['system-out']).toBeUndefined();
      });
      const failures = suite.testcase.filter((testcase) => (testcase.failure ?? []).length > 0).length;
      expect(suite['@_failures']).toBe(String(failures));
    },
  );

  it('escapes markup and the characters XML 1.0 forbids', () => {
    expect(xmlText('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
    expect(xmlText(']]><![CDATA[')).toBe(']]&gt;&lt;![CDATA[');
    expect(xmlText('\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFF')).toBe('\\u{0}\\u{8}\\u{B}\\u{C}\\u{1F}\\u{FFFE}\\u{FFFF}');
    expect(xmlText('lone \uD800 \uDC00')).toBe('lone \uFFFD \uFFFD');
    expect(xmlText('line\r\nbreak\rhere')).toBe('line\nbreak\nhere');
    expect(xmlText('\u202Eexe')).toBe('\\u{202E}exe');
    expect(xmlAttribute(`"quoted" 'single' <tag> & \t\n`)).toBe(`&quot;quoted&quot; 'single' &lt;tag&gt; &amp; &#9;&#10;`);
    // An attribute keeps its line break through XML attribute-value normalisation.
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(
      `<a b="${xmlAttribute('x\ny')}"/>`,
    ) as { a: { b: string } };
    expect(parsed.a.b).toBe('x\ny');
  });
});
