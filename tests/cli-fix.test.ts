/**
 * `mdparity fix SOURCE TRANSLATION` on copies of the seed pair (issue 12): each side once as the
 * translation, then `compare` shows only the link-span warning and the shared typo; --dry-run prints a
 * unified diff and writes nothing; the source is never written; a UTF-8 byte order mark is kept.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');

function copies(): string {
  const root = mkdtempSync(join(tmpdir(), 'mdparity-fix-'));
  writeFileSync(join(root, 'package.json'), '{"name":"docs"}\n');
  copyFileSync('seeds/smo.is.md', join(root, 'smo.is.md'));
  copyFileSync('seeds/smo.no.md', join(root, 'smo.no.md'));
  return root;
}

function mdparity(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('mdparity fix', () => {
  it('fix IS NO, then fix NO IS: compare shows only the link-span warning and the shared typo', () => {
    const root = copies();
    const first = mdparity(['fix', 'smo.is.md', 'smo.no.md'], root);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('smo.no.md: 1 fix applied, 2 lines changed');
    expect(readFileSync(join(root, 'smo.is.md'), 'utf8')).toBe(readFileSync('seeds/smo.is.md', 'utf8'));
    const second = mdparity(['fix', 'smo.no.md', 'smo.is.md'], root);
    expect(second.stdout).toContain('heading-format: add the space after the hashes: “## Hápunktar” (line 30)');
    const report = JSON.parse(mdparity(['compare', 'smo.is.md', 'smo.no.md', '--format', 'json'], root).stdout);
    expect(report.findings.map((finding: { severity: string; check: string }) => `${finding.severity} ${finding.check}`).sort()).toEqual([
      'info punctuation',
      'warning link-span',
    ]);
    expect(mdparity(['fix', 'smo.is.md', 'smo.no.md'], root).stdout).toBe('smo.no.md: nothing to fix mechanically\n');
  });

  it('a Japanese page: the list delimiter and marker and a lost heading id are fixed; the empty link text is left for a person', () => {
    const root = copies();
    const en =
      '# Getting started\n\nFollow these steps:\n\n1. Install Node.js 20.\n2. Run `npm install`.\n3. Start the server with `npm start`.\n\n## Installing React {#installing-react}\n\nSee [the guide](/docs/guide) first.\n\n- Fast builds.\n- Small bundles.\n';
    const ja =
      '# はじめに\n\n次の手順に従ってください:\n\n1) Node.js 20 をインストールします。\n2) `npm install` を実行します。\n3) `npm start` でサーバーを起動します。\n\n## React のインストール\n\nまず[](/docs/guide)を読んでください。\n\n* 高速なビルド。\n* 小さなバンドル。\n';
    writeFileSync(join(root, 'start.en.md'), en);
    writeFileSync(join(root, 'start.ja.md'), ja);
    const { code, stdout } = mdparity(['fix', 'start.en.md', 'start.ja.md'], root);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'start.ja.md: 3 fixes applied, 6 lines changed',
        '  bullet-marker: write the 3 items with “1.”, the source’s list marker (lines 5, 6, 7)',
        '  heading-id: restore the source’s heading id {#installing-react} (line 9)',
        '  bullet-marker: write the 2 items with “-”, the source’s list marker (lines 13, 14)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(join(root, 'start.ja.md'), 'utf8')).toContain('\n## React のインストール {#installing-react}\n');
    const report = JSON.parse(mdparity(['compare', 'start.en.md', 'start.ja.md', '--format', 'json'], root).stdout);
    expect(report.findings.map((finding: { check: string; message: string }) => `${finding.check}: ${finding.message}`)).toEqual([
      expect.stringMatching(/^link-span: A link with no text: the right link to “\/docs\/guide” has no text/),
    ]);
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const root = copies();
    const { code, stdout } = mdparity(['fix', 'smo.is.md', 'smo.no.md', '--dry-run'], root);
    expect(code).toBe(0);
    expect(stdout).toContain('--- smo.no.md\n+++ smo.no.md\t(fixed)\n@@ -28,10 +28,10 @@');
    expect(stdout).toContain('\n-– Det kan øke bevisstheten');
    expect(stdout).toContain('\n+- Det kan øke bevisstheten');
    expect(readFileSync(join(root, 'smo.no.md'), 'utf8')).toBe(readFileSync('seeds/smo.no.md', 'utf8'));
  });

  it('keeps a UTF-8 byte order mark, and refuses standard input and report options', () => {
    const root = copies();
    writeFileSync(join(root, 'bom.md'), `\uFEFF${readFileSync('seeds/smo.no.md', 'utf8')}`);
    expect(mdparity(['fix', 'smo.is.md', 'bom.md'], root).code).toBe(0);
    const bytes = readFileSync(join(root, 'bom.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\n- Det kan øke');
    expect(mdparity(['fix', 'smo.is.md', '-'], root)).toMatchObject({ code: 2 });
    expect(mdparity(['fix', 'smo.is.md', 'smo.no.md', '--out', 'x.md'], root).stderr).toMatch(/fix changes TRANSLATION in place/);
    expect(mdparity(['compare', 'smo.is.md', 'smo.no.md', '--dry-run'], root).stderr).toMatch(/--dry-run is for `mdparity fix`/);
  });

  it('runs inside the time limit like every comparison, and writes nothing when it is reached', () => {
    const root = copies();
    const sections = Array.from({ length: 4000 }, (_, i) => `## Kafli ${i}\n\nTexti ${i} með [tengli](https://example.is/${i}).\n`).join('\n');
    writeFileSync(join(root, 'slow.is.md'), sections);
    writeFileSync(join(root, 'slow.no.md'), sections.replace('## Kafli 7\n', '##Kafli 7\n'));
    const { code, stderr } = mdparity(['fix', 'slow.is.md', 'slow.no.md', '--timeout', '0.2'], root);
    expect(code).toBe(2);
    expect(stderr).toMatch(/more than 0\.2 s of processor time \(a time limit, raise it with --timeout SECONDS\)/);
    expect(readFileSync(join(root, 'slow.no.md'), 'utf8')).toContain('##Kafli 7\n');
  });
});
