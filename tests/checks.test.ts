/**
 * Every check's own examples are tests: the bad pair is reported by that
 * check, the good pair is not. Every check also has a test file of its own
 * and an entry in the generated catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks, compare } from '../src/core/index.js';

describe('check registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = checks.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const check of checks) {
    describe(check.id, () => {
      it('reports its bad example', () => {
        const report = compare(check.bad.left, check.bad.right);
        expect(report.findings.filter((finding) => finding.check === check.id).length).toBeGreaterThan(0);
      });

      it('accepts its good example', () => {
        const report = compare(check.good.left, check.good.right);
        expect(report.findings.filter((finding) => finding.check === check.id)).toEqual([]);
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
