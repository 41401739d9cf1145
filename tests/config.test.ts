/** Configuration: the validator names the key at fault, and agrees with docs/config.schema.json. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { compare, configFromPackageJson, parseConfig, validateConfig } from '../src/core/index.js';

const validateSchema = new Ajv({ strict: true }).compile(JSON.parse(readFileSync('docs/config.schema.json', 'utf8')));

const valid = [
  {},
  { checks: { 'link-span': 'off', 'heading-format': 'error' } },
  {
    frontMatter: { mustMatch: ['slug', 'sidebar_position'], mustTranslate: ['title'] },
    protectedTerms: ['mdparity', 'GitHub'],
    ignore: ['**/CHANGELOG.md'],
  },
  { $schema: './docs/config.schema.json', checks: {} },
];
const invalid: Array<[unknown, RegExp]> = [
  [[], /must be a JSON object/],
  [{ chekcs: {} }, /unknown key “chekcs”/],
  [{ checks: { 'link-spam': 'off' } }, /unknown check “link-spam” in “checks”/],
  [{ checks: { 'link-span': 'fatal' } }, /“checks.link-span” must be one of error, warning, info, off; not "fatal"/],
  [{ checks: ['link-span'] }, /“checks” must be an object/],
  [{ frontMatter: { mustMatch: 'slug' } }, /“frontMatter.mustMatch” must be a list of non-empty strings/],
  [{ frontMatter: { keep: [] } }, /unknown key “frontMatter.keep”/],
  [{ protectedTerms: ['GitHub', ''] }, /“protectedTerms” must be a list of non-empty strings/],
  [{ ignore: 'docs/**' }, /“ignore” must be a list/],
];

describe('configuration', () => {
  it.each(valid)('accepts %j, as the schema does', (config) => {
    expect(validateConfig(config)).toEqual(Object.fromEntries(Object.entries(config).filter(([key]) => key !== '$schema')));
    expect(validateSchema(config)).toBe(true);
  });

  it.each(invalid)('rejects %j naming the key, as the schema does', (config, message) => {
    expect(() => validateConfig(config, 'docs/mdparity.config.json')).toThrow(message);
    expect(() => validateConfig(config, 'docs/mdparity.config.json')).toThrow(/^docs\/mdparity\.config\.json: /);
    if (!String(message).includes('unknown check')) expect(validateSchema(config)).toBe(false);
  });

  it('reads JSON text and the "mdparity" key of package.json', () => {
    expect(() => parseConfig('{ checks: {} }', 'mdparity.config.json')).toThrow(/mdparity.config.json: not valid JSON/);
    expect(configFromPackageJson('{"name": "docs", "mdparity": {"checks": {"link-span": "info"}}}')).toEqual({ checks: { 'link-span': 'info' } });
    expect(configFromPackageJson('{"name": "docs"}')).toBeNull();
  });

  it('turns checks off and changes severities in compare()', () => {
    const left = readFileSync('seeds/smo.is.md', 'utf8');
    const right = readFileSync('seeds/smo.no.md', 'utf8');
    const config = validateConfig({ checks: { 'link-span': 'off', 'heading-format': 'error' } });
    const report = compare(left, right, { severities: config.checks });
    expect(report.findings.map((finding) => `${finding.check}:${finding.severity}`).filter((key) => !key.endsWith(':info'))).toEqual([
      'heading-format:error',
      'bullet-marker:warning',
    ]);
  });
});
