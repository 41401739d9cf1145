/**
 * Fixture pairs: realistic translated documents, each folder a left and a
 * right file and an expected.json listing every warning or error finding as
 * `check leftLine/rightLine`, and optionally every alignment row (`rows`,
 * see helpers.ts). Faithful translations expect no findings.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../src/core/index.js';
import { findingKey, readFixtures, rowKeys, significant } from './helpers.js';

const fixtures = readFixtures('tests/fixtures');

describe('fixture pairs', () => {
  it('exist in at least five language pairs', () => {
    const languages = new Set(fixtures.map((pair) => `${pair.leftPath.split('.').at(-2)}-${pair.rightPath.split('.').at(-2)}`));
    expect(languages.size).toBeGreaterThanOrEqual(5);
  });

  for (const pair of fixtures) {
    // Expected rows test the alignment itself, apart from the findings (and from a known limitation of the checks).
    if (pair.expected.rows) {
      it(`${pair.name}: aligns as expected`, () => {
        const report = compare(pair.left, pair.right, { leftPath: pair.leftPath, rightPath: pair.rightPath });
        expect(rowKeys(report)).toEqual(pair.expected.rows);
      });
    }
    // A known limitation is a test that is expected to fail: it documents what the engine gets wrong, and flips when fixed.
    const test = pair.expected.knownLimitation ? it.fails : it;
    test(`${pair.name}: ${pair.expected.description}${pair.expected.knownLimitation ? ' (known limitation)' : ''}`, () => {
      const report = compare(pair.left, pair.right, { leftPath: pair.leftPath, rightPath: pair.rightPath, config: pair.expected.config });
      expect(significant(report)).toEqual([...pair.expected.findings].sort());
      if (pair.expected.info) {
        expect(
          report.findings
            .filter((finding) => finding.severity === 'info')
            .map(findingKey)
            .sort(),
        ).toEqual([...pair.expected.info].sort());
      }
    });
  }
});
