/** The JSON report validates against docs/report.schema.json, for the seed pair, every fixture pair and odd inputs. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compare, writeJson, type Report } from '../src/core/index.js';
import { readFixtures } from './helpers.js';

const schema = JSON.parse(readFileSync('docs/report.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function expectValid(report: Report): void {
  const parsed = JSON.parse(writeJson(report));
  const valid = validate(parsed);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('report schema', () => {
  it('accepts the seed pair report as written', () => {
    expectValid(
      compare(readFileSync('seeds/smo.is.md', 'utf8'), readFileSync('seeds/smo.no.md', 'utf8'), {
        leftPath: 'seeds/smo.is.md',
        rightPath: 'seeds/smo.no.md',
      }),
    );
  });

  it('accepts every fixture pair report', () => {
    for (const pair of readFixtures('tests/fixtures'))
      expectValid(compare(pair.left, pair.right, { leftPath: pair.leftPath, rightPath: pair.rightPath }));
  });

  it('accepts reports of empty, one-sided and broken inputs', () => {
    expectValid(compare('', ''));
    expectValid(compare('', '# Titel\n\nText.\n'));
    expectValid(compare('---\ntitle: [\n---\n# A\n', '# B\n\n- a\n- b\n'));
  });

  it('rejects a report that breaks the contract', () => {
    const report = compare('# A\n', '# B\n');
    const broken = JSON.parse(writeJson(report));
    broken.findings.push({ check: 'Not Kebab', severity: 'fatal', message: '', left: { line: 0 }, right: null, row: null, section: 0 });
    expect(validate(broken)).toBe(false);
  });

  it('has the version the schema names', () => {
    expect(compare('', '').schemaVersion).toBe(schema.properties.schemaVersion.const);
  });
});
