/**
 * Adopting mdparity on a repository that already has drift (issue 12): `mdparity baseline` accepts every
 * current finding, so CI fails only on new drift; inline suppression comments as the CLI reports them.
 * Runs the built CLI on copies of the seed pair (Icelandic ↔ Norwegian) and a Korean page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');
const is = readFileSync('seeds/smo.is.md', 'utf8');
const no = readFileSync('seeds/smo.no.md', 'utf8');

function mdparity(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mdparity-baseline-'));
  // A project root, so that no configuration above the temporary folder applies.
  writeFileSync(join(root, 'package.json'), '{"name":"docs"}\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const koLeft = `# Installation\n\nRun \`npm install react\`, then read the [quick start](https://react.dev/learn).\n`;
const koRight = `# 설치\n\n\`npm install react\`를 실행한 다음 [빠른 시작](https://react.dev/learn)을 읽으세요.\n`;

describe('mdparity baseline', () => {
  it('accepts every current finding of a pair; the next run passes, and new drift fails it', () => {
    const root = project({ 'is/smo.md': is, 'no/smo.md': no });
    expect(mdparity(['compare', 'is/smo.md', 'no/smo.md', '--fail-on', 'warning'], root).code).toBe(1);
    const baseline = mdparity(['baseline', 'is/smo.md', 'no/smo.md'], root);
    expect(baseline.stderr).toBe('');
    expect(baseline.code).toBe(0);
    expect(baseline.stdout).toMatch(
      /^\.mdparity-decisions\.json: 4 findings accepted, over 1 pair of files\. compare, tree and fix find it by themselves/,
    );
    const file = JSON.parse(readFileSync(join(root, '.mdparity-decisions.json'), 'utf8'));
    expect(file.decisions.map((decision: { check: string }) => decision.check).sort()).toEqual([
      'bullet-marker',
      'heading-format',
      'link-span',
      'punctuation',
    ]);
    expect(
      file.decisions.every((decision: { status: string; right: string }) => decision.status === 'accepted' && decision.right === 'no/smo.md'),
    ).toBe(true);

    const accepted = mdparity(['compare', 'is/smo.md', 'no/smo.md', '--fail-on', 'info', '--decisions', '.mdparity-decisions.json'], root);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('4 accepted');
    const json = JSON.parse(
      mdparity(['compare', 'is/smo.md', 'no/smo.md', '--decisions', '.mdparity-decisions.json', '--format', 'json'], root).stdout,
    );
    expect(json.summary).toMatchObject({ accepted: 4, warning: 3, info: 1 });

    // New drift: a heading the translation loses its space on.
    writeFileSync(join(root, 'no/smo.md'), no.replace('## Strategier for', '##Strategier for'));
    const drifted = mdparity(
      ['compare', 'is/smo.md', 'no/smo.md', '--fail-on', 'warning', '--decisions', '.mdparity-decisions.json', '--format', 'json'],
      root,
    );
    expect(drifted.code).toBe(1);
    const open = JSON.parse(drifted.stdout).findings.filter((finding: { decision?: unknown }) => finding.decision === undefined);
    expect(open.map((finding: { check: string; right: { line: number } }) => `${finding.check} ${finding.right.line}`)).toEqual([
      'heading-format 20',
    ]);
  });

  it('keeps the decisions a file already has, and refuses to write over a compared file or a broken decisions file', () => {
    const root = project({ 'is/smo.md': is, 'no/smo.md': no });
    const report = JSON.parse(mdparity(['compare', 'is/smo.md', 'no/smo.md', '--format', 'json'], root).stdout);
    const heading = report.findings.find((finding: { check: string }) => finding.check === 'heading-format');
    const toFix = { fingerprint: heading.fingerprint, check: 'heading-format', status: 'to-fix', left: 'is/smo.md', right: 'no/smo.md' };
    writeFileSync(join(root, 'team.json'), JSON.stringify({ version: 1, decisions: [toFix] }));
    const result = mdparity(['baseline', 'is/smo.md', 'no/smo.md', '--out', 'team.json'], root);
    expect(result.stdout).toContain('3 findings accepted, 1 already decided (kept)');
    const decisions = JSON.parse(readFileSync(join(root, 'team.json'), 'utf8')).decisions;
    expect(decisions.find((decision: { check: string }) => decision.check === 'heading-format').status).toBe('to-fix');

    expect(mdparity(['baseline', 'is/smo.md', 'no/smo.md', '--out', 'no/smo.md'], root)).toMatchObject({ code: 2 });
    expect(readFileSync(join(root, 'no/smo.md'), 'utf8')).toBe(no);
    writeFileSync(join(root, 'broken.json'), '{"version": 1, "decisions": [{"check": "link-span"}]}');
    const broken = mdparity(['baseline', 'is/smo.md', 'no/smo.md', '--out', 'broken.json'], root);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^mdparity: broken\.json: decisions\[0\]\.fingerprint .*not replaced/);
  });

  it('baselines a whole tree; the tree run then passes, and a page that drifts later fails it', () => {
    const root = project({ 'en/smo.md': is, 'ko/smo.md': no, 'en/install.md': koLeft, 'ko/install.md': koRight, 'en/new.md': '# New\n' });
    expect(mdparity(['tree', 'en', 'ko', '--allow-missing', '--fail-on', 'warning'], root).code).toBe(1);
    const baseline = mdparity(['baseline', 'en', 'ko'], root);
    expect(baseline.code).toBe(0);
    expect(baseline.stdout).toMatch(/findings accepted, over 2 pairs of files/);
    expect(mdparity(['tree', 'en', 'ko', '--allow-missing', '--fail-on', 'warning', '--decisions', '.mdparity-decisions.json'], root).code).toBe(0);
    writeFileSync(join(root, 'ko/install.md'), koRight.replace('(https://react.dev/learn)', '(https://react.dev/learn/start)'));
    const drifted = mdparity(['tree', 'en', 'ko', '--allow-missing', '--fail-on', 'warning', '--decisions', '.mdparity-decisions.json'], root);
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toContain('install.md');
  });
});

describe('inline suppression comments on the command line', () => {
  it('reports how many findings comments silenced, and a check name that matches no check', () => {
    const silenced = no.replace('## Høydepunkter\n\n', '## Høydepunkter\n\n<!-- mdparity-disable-next-line bullet-marker -->\n');
    const root = project({ 'is.md': is, 'no.md': silenced, 'typo.md': silenced.replace('bullet-marker', 'bulet-marker') });
    const result = mdparity(['compare', 'is.md', 'no.md', '--format', 'json'], root);
    expect(result.stderr).toBe('mdparity: note: 1 finding silenced by inline mdparity-disable comments\n');
    const report = JSON.parse(result.stdout);
    expect(report.summary.suppressed).toBe(1);
    expect(report.findings.map((finding: { check: string }) => finding.check)).not.toContain('bullet-marker');
    const typo = mdparity(['compare', 'is.md', 'typo.md'], root);
    expect(typo.stderr).toContain('typo.md:32: the suppression comment names “bulet-marker”, which is no check; did you mean bullet-marker?');
    expect(typo.stdout).toContain('bullet-marker');
  });

  it('notes a mistyped check name in a tree run too, naming the page', () => {
    const typo = no.replace('## Høydepunkter\n\n', '## Høydepunkter\n\n<!-- mdparity-disable-next-line bulet-marker -->\n');
    const root = project({ 'is/smo.md': is, 'no/smo.md': typo });
    const { stderr } = mdparity(['tree', 'is', 'no'], root);
    expect(stderr).toContain(
      'mdparity: note: no/smo.md:32: the suppression comment names “bulet-marker”, which is no check; did you mean bullet-marker?',
    );
    expect(mdparity(['tree', 'is', 'no', '--quiet'], root).stderr).toBe('');
  });
});
