/**
 * Front matter under odd input (issue 11; docs/hostile-inputs.md #32, #35,
 * #36): own keys only, scalars compared by their source text, and a `---`
 * line inside front matter reported as broken front matter. Documents are
 * generated here, one case per row.
 */
import { describe, expect, it } from 'vitest';
import { compare, writeJson, type Finding } from '../src/core/index.js';

const page = (frontMatter: string, body = '# Anleitung\n\nText.\n') => `---\n${frontMatter}\n---\n\n${body}`;
const of = (check: string, left: string, right: string, mustMatch: string[] = []): Finding[] =>
  compare(left, right, { config: { frontMatter: { mustMatch } } }).findings.filter((f) => f.check === check);

describe('front matter values are compared by their source text (#35)', () => {
  it.each([
    ['numbers beyond double range', 'size: 1e400', 'size: 1e401'],
    ['20-digit integers that round to one double', 'id: 12345678901234567890', 'id: 12345678901234567891'],
    ['a leading zero', 'order: 012', 'order: 12'],
    ['hexadecimal against decimal', 'mask: 0x1F', 'mask: 31'],
    ['.nan against .inf', 'ratio: .nan', 'ratio: .inf'],
  ])('reports %s that differ in source as different', (_name, left, right) => {
    const found = of('frontmatter-value', page(left), page(right));
    expect(found).toHaveLength(1);
    const [, a] = /: (.*)$/.exec(left)!;
    const [, b] = /: (.*)$/.exec(right)!;
    expect(found[0]!.message).toContain(`“${a}”`);
    expect(found[0]!.message).toContain(`“${b}”`);
  });

  it.each([
    ['the same big number', 'size: 1e400'],
    ['the same 20-digit integer', 'id: 12345678901234567890'],
    ['the same plain number', 'sidebar_position: 3'],
  ])('finds nothing for %s on both sides', (_name, value) => {
    expect(of('frontmatter-value', page(value), page(value))).toEqual([]);
  });

  it('never writes NaN or Infinity into the JSON report', () => {
    const json = writeJson(compare(page('ratio: .nan\nsize: 1e400'), page('ratio: .nan\nsize: 1e400')));
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(() => JSON.parse(json)).not.toThrow();
  });
});

describe('front matter keys are own keys only (#36)', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('never reads %s from Object.prototype', (key) => {
    const left = page(`title: Anleitung\n${key}: x`);
    const right = page('title: Przewodnik');
    const report = compare(left, right, { config: { frontMatter: { mustMatch: [key, `${key}.name`] } } });
    for (const finding of report.findings) expect(finding.message).not.toMatch(/native code|function Object|\[object/);
    expect(report.findings.filter((f) => f.check === 'frontmatter-value')).toEqual([]);
    expect(report.findings.find((f) => f.check === 'frontmatter-keys')?.message).toContain(`only the left has “${key}”`);
  });
});

describe('a `---` line inside front matter is broken front matter (#32)', () => {
  it.each([
    [
      'one key after the stray fence',
      '---\ntitle: Anleitung\n---\nslug: anleitung\n---\n\n# Anleitung\n\nText.\n',
      'the key after it (from line 4) renders',
    ],
    [
      'two keys after it',
      '---\ntitle: Anleitung\n---\nslug: anleitung\nsidebar_position: 2\n---\n\n# Anleitung\n\nText.\n',
      'the 2 keys after it (from line 4) render',
    ],
  ])('reports %s as a frontmatter-syntax error at the stray fence', (_name, right, wording) => {
    const left = '---\ntitle: Guide\nslug: anleitung\n---\n\n# Guide\n\nText.\n';
    const found = of('frontmatter-syntax', left, right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', right: { line: 3 } });
    expect(found[0]!.message).toContain('has a `---` line inside it (line 3)');
    expect(found[0]!.message).toContain(wording);
    // The keys that leaked onto the page are that finding, not also an extra section or block.
    expect([...of('missing-section', left, right), ...of('missing-block', left, right)]).toEqual([]);
  });

  it.each([
    ['a rule after a blank line', '---\ntitle: Anleitung\n---\n\n# Anleitung\n\nText.\n\n---\n\nMehr.\n'],
    ['a setext heading that is prose', '---\ntitle: Anleitung\n---\nDas ist ein Satz\n---\n\nText.\n'],
  ])('does not report %s', (_name, right) => {
    expect(of('frontmatter-syntax', '---\ntitle: Guide\n---\n\n# Guide\n\nText.\n', right)).toEqual([]);
  });
});
