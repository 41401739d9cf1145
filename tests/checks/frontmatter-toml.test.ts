/** TOML front matter (`+++`, Hugo and Zola): read as front matter, its keys and syntax checked like YAML's. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index.js';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const english = lines(
  '+++',
  'title = "Install the CLI"',
  'weight = 20',
  'date = 2024-03-01',
  '[params]',
  'toc = true',
  '+++',
  '',
  '# Install the CLI',
  '',
  'Run `brew install hugo` on macOS.',
);

describe('TOML front matter', () => {
  it('reads a faithful Japanese page’s TOML front matter as front matter: no finding, no heading made of it', () => {
    const japanese = lines(
      '+++',
      'title = "CLI のインストール"',
      'weight = 20',
      'date = 2024-03-01',
      '[params]',
      'toc = true',
      '+++',
      '',
      '# CLI のインストール',
      '',
      'macOS では `brew install hugo` を実行します。',
    );
    const report = compare(english, japanese, { leftPath: 'install.en.md', rightPath: 'install.ja.md' });
    expect(report.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
    expect(report.alignment[0]).toMatchObject({
      left: { kind: 'frontmatter', line: 1, endLine: 7 },
      right: { kind: 'frontmatter', line: 1, endLine: 7 },
    });
    expect(report.sections.slice(1).map((section) => section.left?.title)).toEqual(['Install the CLI']);
  });

  it('reports a key the German page lost and a value changed, as with YAML', () => {
    const german = lines(
      '+++',
      'title = "CLI installieren"',
      'weight = 30',
      '+++',
      '',
      '# CLI installieren',
      '',
      'Führen Sie unter macOS `brew install hugo` aus.',
    );
    const report = compare(english, german, { leftPath: 'install.en.md', rightPath: 'install.de.md' });
    const keys = report.findings.find((finding) => finding.check === 'frontmatter-keys');
    expect(keys?.message).toContain('“date”');
    expect(report.findings.some((finding) => finding.check === 'frontmatter-value' && finding.message.includes('weight'))).toBe(true);
  });

  it('reports TOML that does not parse, with the file’s line, and never evaluates it (Korean)', () => {
    const korean = lines('+++', 'title = "CLI 설치', 'weight = 20', '+++', '', '# CLI 설치', '', 'macOS에서 `brew install hugo`를 실행하세요.');
    const report = compare(english, korean, { leftPath: 'install.en.md', rightPath: 'install.ko.md' });
    const syntax = report.findings.filter((finding) => finding.check === 'frontmatter-syntax');
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatchObject({ severity: 'error', left: null, right: { line: 2 } });
    expect(syntax[0]!.message).toMatch(/^The right front matter does not parse as TOML: /);
  });
});
