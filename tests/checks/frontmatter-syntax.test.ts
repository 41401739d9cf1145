/** frontmatter-syntax: front matter that does not parse as YAML, or that CommonMark does not recognise. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'frontmatter-syntax';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const english = lines('---', 'title: Guide', 'description: How it works', '---', '', '# Guide', '', 'Run `npm install`.');

describe('frontmatter-syntax', () => {
  it('accepts a quoted title that contains a colon (Spanish)', () => {
    const spanish = lines('---', 'title: "Guía: cómo funciona"', 'description: Cómo funciona', '---', '', '# Guía', '', 'Ejecuta `npm install`.');
    expect(findingsOf(english, spanish)).toEqual([]);
  });

  it('accepts YAML block scalars, lists and comments (Japanese)', () => {
    const japanese = lines(
      '---',
      '# 翻訳: 2024',
      'title: ガイド',
      'description: |',
      '  仕組みの説明。',
      'tags:',
      '  - 入門',
      '  - 設定',
      '---',
      '',
      '# ガイド',
    );
    expect(findingsOf(english, japanese)).toEqual([]);
  });

  it('reports an unquoted colon in the Spanish title at the file’s own line and column', () => {
    const spanish = lines('---', 'title: Guía: cómo funciona', 'description: Cómo funciona', '---', '', '# Guía', '', 'Ejecuta `npm install`.');
    const report = compare(english, spanish);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toHaveLength(1);
    // YAML line 1 is file line 2; YAML places the error at the value that holds the second colon, column 8.
    expect(found[0]).toMatchObject({ check: id, severity: 'error', left: null, right: { line: 2, column: 8 } });
    expect(found[0]!.message).toContain('The right front matter does not parse as YAML');
    expect(found[0]!.message).toContain('(line 2, column 8)');
    // The rest of the document is still compared: the headings and paragraphs pair up.
    expect(report.alignment.filter((row) => row.left && row.right)).toHaveLength(3);
  });

  it('reports an unclosed quote (the check’s own example), after the opening line', () => {
    const spanish = lines('---', 'title: Guía', 'description: "Cómo funciona', '---', '', '# Guía');
    const found = findingsOf(english, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', left: null });
    expect(found[0]!.right!.line).toBeGreaterThanOrEqual(3);
    expect(found[0]!.right!.line).toBeLessThanOrEqual(4);
  });

  it('reports a tab used as indentation in the Icelandic front matter, at its line', () => {
    const german = lines('---', 'title: Anleitung', 'tags:', '  - a', '---', '', '# Anleitung');
    const icelandic = lines('---', 'title: Leiðbeiningar', 'tags:', '\t- a', '---', '', '# Leiðbeiningar');
    const found = findingsOf(german, icelandic);
    expect(found).toMatchObject([{ severity: 'error', left: null, right: { line: 4, column: 1 } }]);
    expect(found[0]!.message).toMatch(/tab/i);
  });

  it('reports a duplicate key (Polish) at the second occurrence', () => {
    const german = lines('---', 'title: Anleitung', 'slug: anleitung', '---', '', '# Anleitung');
    const polish = lines('---', 'title: Przewodnik', 'slug: przewodnik', 'title: Inny', '---', '', '# Przewodnik');
    const found = findingsOf(german, polish);
    expect(found).toMatchObject([{ severity: 'error', right: { line: 4, column: 1 } }]);
    expect(found[0]!.message).toMatch(/unique/i);
  });

  it('reports an unclosed flow sequence at the line where YAML gives up (line offset of the fence added)', () => {
    const german = lines('---', 'title: Anleitung', '---', '', '# Anleitung');
    const norwegian = lines('---', 'title: Veiledning', 'description: ok', 'tags: [a, b', 'slug: x', '---', '', '# Veiledning');
    const found = findingsOf(german, norwegian);
    expect(found).toMatchObject([{ severity: 'error', right: { line: 5, column: 1 } }]);
    expect(found[0]!.message).toContain('(line 5, column 1)');
  });

  it('reports broken YAML on each side separately', () => {
    const found = findingsOf(lines('---', 'title: a: b', '---', '', '# A'), lines('---', 'title: c: d', '---', '', '# B'));
    expect(found.map((f) => [f.severity, f.left?.line ?? null, f.right?.line ?? null])).toEqual([
      ['error', 2, null],
      ['error', null, 2],
    ]);
  });

  it('reports front matter that is a list, not a mapping', () => {
    const found = findingsOf(lines('---', 'title: Anleitung', '---', '', '# A'), lines('---', '- a', '- b', '---', '', '# B'));
    expect(found).toMatchObject([{ severity: 'error', left: null }]);
    expect(found[0]!.message).toContain('not a mapping');
  });

  it('reports front matter after a blank line (a rule and a setext heading to CommonMark), and still aligns it', () => {
    const german = lines('---', 'title: Anleitung', '---', '', '# Anleitung', '', 'Führen Sie `npm install` aus.');
    const spanish = lines('', '---', 'title: Guía', '---', '', '# Guía', '', 'Ejecuta `npm install`.');
    const report = compare(german, spanish);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toMatchObject([{ severity: 'error', left: null, right: { line: 2, endLine: 4 } }]);
    expect(found[0]!.message).toContain('blank line before its `---` fence');
    // No invented heading “title: Guía”: the only finding is this one.
    expect(report.findings).toHaveLength(1);
  });

  it('reports a `----` fence', () => {
    const found = findingsOf(lines('---', 'title: Anleitung', '---', '', '# A'), lines('----', 'title: Guía', '----', '', '# B'));
    expect(found).toMatchObject([{ severity: 'error', right: { line: 1, endLine: 3 } }]);
    expect(found[0]!.message).toContain('`----` fence');
  });

  it('reports a fence that is never closed, keeping the body aligned', () => {
    const german = lines('---', 'title: Anleitung', '---', '', '# Anleitung', '', 'Führen Sie `npm install` aus.');
    const spanish = lines('---', 'title: Guía', '', '# Guía', '', 'Ejecuta `npm install`.');
    const report = compare(german, spanish);
    expect(report.findings.filter((f) => f.check === id)).toMatchObject([{ severity: 'error', right: { line: 1, endLine: 2 } }]);
    expect(report.findings.find((f) => f.check === id)!.message).toContain('never closed');
    expect(report.findings).toHaveLength(1);
  });

  it('does not swallow the heading right after an unclosed front matter', () => {
    // Engine bug (reported): misreadFrontMatter (build-document.ts) reads up to the next blank line, so
    // `# Anleitung` becomes part of the front matter and the Spanish heading is reported as a missing section.
    const german = lines('---', 'title: Anleitung', '# Anleitung', '', 'Führen Sie `npm install` aus.');
    const spanish = lines('---', 'title: Guía', '---', '# Guía', '', 'Ejecuta `npm install`.');
    const report = compare(german, spanish);
    expect(report.findings.filter((f) => f.check === id)).toMatchObject([{ severity: 'error', left: { line: 1, endLine: 2 } }]);
    expect(report.findings.filter((f) => f.check === 'missing-section')).toEqual([]);
  });

  it('softens the same misreading on both sides to info', () => {
    const found = findingsOf(lines('', '---', 'title: A', '---', '', '# A'), lines('', '---', 'title: B', '---', '', '# B'));
    expect(found.map((f) => [f.severity, f.left?.line ?? null, f.right?.line ?? null])).toEqual([
      ['info', 2, null],
      ['info', null, 2],
    ]);
    expect(found[0]!.message).toContain('(so does the other side)');
  });

  it('gives a YAML error inside front matter after a blank line the file’s own line', () => {
    const found = findingsOf(lines('---', 'title: Anleitung', '---', '', '# A'), lines('', '---', 'title: Guía: cómo', '---', '', '# B'));
    const syntax = found.find((f) => f.message.includes('does not parse'));
    expect(syntax).toMatchObject({ severity: 'error', right: { line: 3, column: 8 } });
  });

  it('keeps file lines exact with CRLF line endings', () => {
    const crlf = lines('---', 'title: Veiledning', 'tags: [a, b', 'slug: x', '---', '', '# Veiledning').replace(/\n/g, '\r\n');
    const found = findingsOf(lines('---', 'title: Anleitung', '---', '', '# A'), crlf);
    expect(found).toMatchObject([{ severity: 'error', right: { line: 4, column: 1 } }]);
  });

  it('parses valid front matter with CR-only line endings (old Mac files)', () => {
    // Engine bug (reported): the `yaml` package does not treat a lone CR as a line break, so
    // `title: …\rslug: …` is one line to it and fails as a nested mapping.
    const cr = lines('---', 'title: Veiledning', 'slug: /veiledning', '---', '', '# Veiledning').replace(/\n/g, '\r');
    expect(findingsOf(lines('---', 'title: Anleitung', 'slug: /anleitung', '---', '', '# Anleitung'), cr)).toEqual([]);
  });
});
