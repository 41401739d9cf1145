/** The JSON writer (via the registry): the report as it is, well-formed, and valid against docs/report.schema.json. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writers } from '../../src/core/report/writers.js';
import { compileSchema, isWellFormed } from './helpers.js';
import { hostile, hostileReport, seed, seedReport, syntheticReport } from './hostile.js';

const schemaPath = 'docs/report.schema.json';
const cases = [
  { name: 'seed pair', report: seedReport, options: seed },
  { name: 'hostile pair', report: hostileReport, options: hostile },
  { name: 'hostile report', report: syntheticReport().report, options: {} },
];

describe('json writer', () => {
  it.each(cases)('round-trips the $name', ({ report, options }) => {
    const out = writers.json(report, options);
    expect(isWellFormed(out)).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(out);
    // Equal to the report except lone surrogates, which become U+FFFD.
    expect(parsed).toEqual(JSON.parse(JSON.stringify(report).replace(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/gi, '\uFFFD')));
  });

  it('replaces lone surrogates with U+FFFD', () => {
    const parsed = JSON.parse(writers.json(syntheticReport().report, {}));
    expect(JSON.stringify(parsed)).toContain('lone \uFFFD surrogate');
  });

  // docs/report.schema.json is the lead's; until it exists this test is skipped (vitest lists it as skipped).
  it.skipIf(!existsSync(schemaPath))(`validates against ${schemaPath} (skipped while the schema is not written yet)`, () => {
    const validate = compileSchema(JSON.parse(readFileSync(schemaPath, 'utf8')));
    for (const { name, report, options } of cases) {
      const valid = validate(JSON.parse(writers.json(report, options)));
      expect({ name, valid, errors: validate.errors ?? null }).toEqual({ name, valid: true, errors: null });
    }
    // And the validator does reject a report that breaks the schema.
    expect(validate({ ...JSON.parse(writers.json(seedReport, seed)), findings: [{ check: 1 }] })).toBe(false);
  });
});
