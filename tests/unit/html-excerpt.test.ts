/**
 * The HTML report as an excerpt (the tree's one-file report): only the rows with findings and one row
 * around each, a long block cut to its first line and the lines around its finding; in full otherwise.
 * A Japanese translation of a deployment guide whose long shell script changed one port number.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index.js';
import { writeHtml } from '../../src/core/report/html.js';

const script = (port: number) =>
  Array.from({ length: 40 }, (_, i) => (i === 29 ? `docker run -p ${port}:8080 app` : `echo "step ${i + 1}"`)).join('\n');
const sections = (title: (i: number) => string, body: (i: number) => string) =>
  Array.from({ length: 12 }, (_, i) => `## ${title(i)}\n\n${body(i)}\n`).join('\n');
const en = `# Deploying\n\n${sections(
  (i) => `Step ${i + 1}`,
  (i) => `Run the command for step ${i + 1}.`,
)}\n## Script\n\n\`\`\`sh\n${script(3000)}\n\`\`\`\n`;
const ja = `# デプロイ\n\n${sections(
  (i) => `ステップ ${i + 1}`,
  (i) => `ステップ ${i + 1} のコマンドを実行します。`,
)}\n## スクリプト\n\n\`\`\`sh\n${script(3001)}\n\`\`\`\n`;

describe('HTML excerpt', () => {
  const report = compare(en, ja, { leftPath: 'en/deploy.md', rightPath: 'ja/deploy.md' });
  const options = { leftText: en, rightText: ja };

  it('the pair has one finding, in the script', () => {
    expect(report.findings.map((finding) => finding.check)).toEqual(['code-block']);
  });

  it('shows the rows with findings and one around them, and the script’s first line and the lines around the change', () => {
    const excerpt = writeHtml(report, { ...options, excerpt: { contextRows: 1, linesPerBlock: 12 } });
    const full = writeHtml(report, options);
    expect(excerpt.length).toBeLessThan(full.length / 2);
    expect(excerpt).toMatch(
      /<tr class="fold"><td colspan="3">\d+ rows without findings left out \(left lines 1–\d+, right lines 1–\d+\)<\/td><\/tr>/,
    );
    expect(excerpt).toContain('docker run -p 3001:8080 app');
    expect(excerpt).toContain('```sh');
    expect(excerpt).not.toContain('echo "step 10"');
    expect(excerpt).toMatch(/<span class="ln">…<\/span><span class="tx">\d+ lines<\/span>/);
    expect(full).toContain('echo "step 10"');
    expect(full).not.toContain('rows without findings left out');
    expect(excerpt).not.toContain('ステップ 3 のコマンドを実行します。');
  });
});
