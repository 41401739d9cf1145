/**
 * Every check's own examples are tests: the bad pair is reported by that
 * check, the good pair is not. Every check also has a test file of its own
 * and an entry in the generated catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/core/index.js';
import { compareExample } from '../scripts/catalog.js';

/** The words a rationale uses when it says a finding of the check takes another severity (“… is info”, “it is an error”). */
const severityWords = { error: /\ban error\b|\berror\b/, warning: /\ba warning\b|\bwarnings?\b/, info: /\binfo\b/ } as const;

describe('check registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = checks.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const check of checks) {
    describe(check.id, () => {
      it('reports its bad example', () => {
        const report = compareExample(check.bad);
        expect(report.findings.filter((finding) => finding.check === check.id).length).toBeGreaterThan(0);
      });

      it('accepts its good example', () => {
        const report = compareExample(check.good);
        expect(report.findings.filter((finding) => finding.check === check.id)).toEqual([]);
      });

      it('shows its default severity in its bad example, and any other severity there is one its rationale explains (issue 12)', () => {
        const severities = new Set(
          compareExample(check.bad)
            .findings.filter((finding) => finding.check === check.id)
            .map((finding) => finding.severity),
        );
        expect(severities).toContain(check.severity);
        for (const severity of severities) if (severity !== check.severity) expect(check.rationale).toMatch(severityWords[severity]);
        const catalog = readFileSync('docs/checks.md', 'utf8');
        const entry = catalog.slice(catalog.indexOf(`## \`${check.id}\``)).split(/\n## `/)[0]!;
        expect(entry).toContain(`Default severity: **${check.severity}**.`);
        for (const severity of severities) expect(entry).toContain(`> ${severity} \`${check.id}\``);
      });

      it('has its metadata, its own test file and a catalog entry', () => {
        expect(['error', 'warning', 'info']).toContain(check.severity);
        expect(check.summary.length).toBeGreaterThan(20);
        expect(check.rationale.length).toBeGreaterThan(100);
        expect(existsSync(`tests/checks/${check.id}.test.ts`)).toBe(true);
        expect(readFileSync('docs/checks.md', 'utf8')).toContain(`## \`${check.id}\``);
      });
    });
  }
});
