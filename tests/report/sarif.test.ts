/**
 * The SARIF writer: valid against the official SARIF 2.1.0 schema (vendored
 * here from shared/schemas), one rule per check with the catalog's text,
 * results located on the reviewed side with the counterpart as a related
 * location, percent-encoded relative URIs, UTF-16 columns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/core/checks/registry.js';
import { writeSarif } from '../../src/core/report/sarif.js';
import { writers } from '../../src/core/report/writers.js';
import { compileSchema, isWellFormed } from './helpers.js';
import { hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

const validate = compileSchema(JSON.parse(readFileSync('tests/report/sarif-schema-2.1.0.json', 'utf8')));
const synthetic = syntheticReport();

// The parts of SARIF the tests read.
interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri?: string; index?: number; description?: { text: string } };
    region?: { startLine: number; startColumn: number; endLine: number; snippet?: { text: string } };
  };
  message?: { text: string };
}
interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }>;
      };
    };
    artifacts: Array<{ location: { uri: string } }>;
    columnKind: string;
    newlineSequences: string[];
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: SarifLocation[];
      relatedLocations?: SarifLocation[];
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

const read = (text: string) => JSON.parse(text) as SarifLog;

describe('sarif writer', () => {
  it('vendors the official schema unchanged', () => {
    let shared: string;
    try {
      shared = readFileSync('../shared/schemas/sarif-schema-2.1.0.json', 'utf8');
    } catch {
      return;
    }
    expect(readFileSync('tests/report/sarif-schema-2.1.0.json', 'utf8')).toBe(shared);
  });

  it.each([
    { name: 'seed pair', report: seedReport, options: seed },
    { name: 'hostile pair', report: hostileReport, options: hostile },
    { name: 'hostile report', report: synthetic.report, options: synthetic },
    {
      name: 'hostile report without paths',
      report: { ...synthetic.report, left: { ...synthetic.report.left, path: null }, right: { ...synthetic.report.right, path: null } },
      options: {},
    },
  ])('is valid SARIF 2.1.0 for the $name', ({ report, options }) => {
    const text = writers.sarif(report, options);
    expect(isWellFormed(text)).toBe(true);
    const log = read(text);
    expect({ valid: validate(log), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null });
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toHaveLength(report.findings.length);
  });

  it('rejects what the schema rejects (the validator is live)', () => {
    const log = read(writers.sarif(seedReport, seed)) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
    const badUri = read(writers.sarif(seedReport, seed));
    badUri.runs[0]!.artifacts[0]!.location.uri = 'docs/my guide.md';
    expect(validate(badUri)).toBe(false);
  });

  it('describes every check as a rule, with the catalog text', () => {
    const run = read(writers.sarif(seedReport, seed)).runs[0]!;
    expect(run.tool.driver.name).toBe('mdparity');
    expect(run.tool.driver.version).toBe(seedReport.tool.version);
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(checks.map((check) => check.id));
    for (const [index, check] of checks.entries()) {
      expect(run.tool.driver.rules[index]).toMatchObject({
        shortDescription: { text: check.summary },
        fullDescription: { text: check.rationale },
        help: { text: check.rationale },
      });
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.newlineSequences).toEqual(['\r\n', '\r', '\n']);
    // A check the catalog does not know still gets a rule, so ruleIndex always resolves.
    const syntheticRun = read(writers.sarif(synthetic.report, synthetic)).runs[0]!;
    for (const result of syntheticRun.results) expect(syntheticRun.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(syntheticRun.tool.driver.rules.map((rule) => rule.id)).toContain('not-a-registered-check');
  });

  it('locates results in the right file with the left as the related location', () => {
    const run = read(writers.sarif(seedReport, seed)).runs[0]!;
    expect(run.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['link-span', 'warning'],
      ['punctuation', 'note'],
      ['heading-format', 'warning'],
      ['bullet-marker', 'warning'],
    ]);
    const bullet = run.results[3]!;
    expect(bullet.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'seeds/smo.no.md', index: 1 },
      region: { startLine: 32, startColumn: 1, endLine: 36, snippet: { text: seed.rightText.split('\n')[31] } },
    });
    expect(bullet.relatedLocations![0]!.physicalLocation.artifactLocation.uri).toBe('seeds/smo.is.md');
    expect(bullet.relatedLocations![0]!.physicalLocation.region!.startLine).toBe(32);
    expect(bullet.message.text).toBe(seedReport.findings[3]!.message);
    // The link-span result points at the column of the link in the Norwegian line.
    expect(run.results[0]!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 10, startColumn: 53 });
  });

  it('uses the left file for findings located only there, and can review the left side instead', () => {
    const missing = hostileReport.findings.findIndex((finding) => finding.check === 'missing-section');
    expect(hostileReport.findings[missing]!.right).toBeNull();
    const run = read(writers.sarif(hostileReport, hostile)).runs[0]!;
    const result = run.results[missing]!;
    expect(result.level).toBe(({ error: 'error', warning: 'warning', info: 'note' } as const)[hostileReport.findings[missing]!.severity]);
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('docs/my%20guide%20%231%20100%25%20%C3%9E%C3%B3r%C3%B0ur.is.md');
    expect(result.relatedLocations![0]!.physicalLocation.region).toBeUndefined();
    const leftRun = read(writeSarif(seedReport, { ...seed, reviewedSide: 'left' })).runs[0]!;
    expect(leftRun.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('seeds/smo.is.md');
    expect(leftRun.results[0]!.relatedLocations![0]!.physicalLocation.artifactLocation.uri).toBe('seeds/smo.no.md');
  });

  it('percent-encodes URIs: spaces, #, %, quotes, angle brackets, non-ASCII, absolute paths', () => {
    const run = read(writers.sarif(hostileReport, hostile)).runs[0]!;
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual([
      'docs/my%20guide%20%231%20100%25%20%C3%9E%C3%B3r%C3%B0ur.is.md',
      "docs/my%20guide%20%231%20100%25%20%22%C3%9E%C3%B3r%C3%B0ur%22%20%3Cb%3E'x'.ar.md",
    ]);
    for (const artifact of run.artifacts) expect(decodeURIComponent(artifact.location.uri)).toMatch(/^docs\/my guide #1 100% /);
    const uri = (path: string) =>
      read(writers.sarif({ ...seedReport, right: { ...seedReport.right, path } }, {})).runs[0]!.artifacts[1]!.location.uri;
    expect(uri('./Þórður.md')).toBe('%C3%9E%C3%B3r%C3%B0ur.md');
    expect(uri('a:b.md')).toBe('a%3Ab.md');
    expect(uri('/home/u/my docs/a.md')).toBe('file:///home/u/my%20docs/a.md');
    expect(uri('C:\\Users\\Þ\\a b.md')).toBe('file:///C:/Users/%C3%9E/a%20b.md');
    expect(uri('lone \uD800.md')).toBe('lone%20%EF%BF%BD.md');
  });

  it('fingerprints results by check and message, stably', () => {
    const first = read(writers.sarif(seedReport, seed)).runs[0]!.results;
    const again = read(writers.sarif(structuredClone(seedReport), seed)).runs[0]!.results;
    expect(first.map((result) => result.partialFingerprints)).toEqual(again.map((result) => result.partialFingerprints));
    const values = first.map((result) => result.partialFingerprints['mdparity/v1']);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^[0-9a-f]{16}$/);
  });
});
