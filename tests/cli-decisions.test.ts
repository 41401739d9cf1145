/**
 * The review decisions file as the CLI finds and applies it (issues 9 and 12): the nearest
 * `.mdparity-decisions.json` above the right file, up to the project root, applies without
 * `--decisions` and is named in the output; `--no-decisions` turns it off; `fix` honours its pins
 * (the alignment is the pinned one, as `compare` reports it) and leaves accepted findings alone; `baseline`
 * keeps the pins and accepts the findings of the pinned alignment.
 * Runs the built CLI on realistic pairs (English ↔ German, Japanese) in temporary projects.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { blockFingerprint, compareDocuments } from '../src/core/index.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');

function mdparity(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary project: `root` holds package.json (the project root) unless `bare`. */
function project(files: Record<string, string>, bare = false): string {
  const root = mkdtempSync(join(tmpdir(), 'mdparity-decisions-'));
  if (!bare) writeFileSync(join(root, 'package.json'), '{"name":"docs"}\n');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

// A stale German translation: its requirements list is another list (the platforms), not the source's tools.
const en = '# Setup\n\n## Requirements\n\nYou need:\n\n- Node.js 20 or later\n- npm 10\n\n## Installing\n\nRun `npm install mdparity`.\n';
const de =
  '# Einrichtung\n\n## Voraussetzungen\n\nSie brauchen:\n\n* Windows 10 oder macOS 13\n* 4 GB Arbeitsspeicher\n\n## Installation\n\nFühren Sie `npm install mdparity` aus.\n';

/** The reviewer's pins from the app: neither list has a counterpart (the left's at line 7, the right's at line 7). */
function pinsFile(leftPath: string, rightPath: string): string {
  const { left, right } = compareDocuments(en, de);
  const at = (document: typeof left) =>
    blockFingerprint(
      document,
      document.blocks.find((block) => block.span.line === 7)!,
    );
  return `${JSON.stringify({
    version: 1,
    decisions: [],
    pins: [
      { left: { fingerprint: at(left) }, right: null, leftPath, rightPath },
      { left: null, right: { fingerprint: at(right) }, leftPath, rightPath },
    ],
  })}\n`;
}

describe('fix honours the pins of the decisions file', () => {
  it('a pinned “no counterpart” list is not rewritten to the other list’s marker; without the pins it is', () => {
    const root = project({ 'en/setup.md': en, 'de/setup.md': de });
    writeFileSync(join(root, '.mdparity-decisions.json'), pinsFile('en/setup.md', 'de/setup.md'));
    const pinned = mdparity(['fix', 'en/setup.md', 'de/setup.md'], root);
    expect(pinned.code).toBe(0);
    expect(pinned.stdout).toBe('de/setup.md: nothing to fix mechanically\n');
    expect(pinned.stderr).toBe(
      'mdparity: note: review decisions and pins from .mdparity-decisions.json (found above the files; --no-decisions to ignore it)\n',
    );
    // compare with the same file agrees: no marker finding on the pinned pair.
    const report = JSON.parse(mdparity(['compare', 'en/setup.md', 'de/setup.md', '--format', 'json'], root).stdout);
    expect(report.findings.map((finding: { check: string }) => finding.check)).not.toContain('bullet-marker');
    expect(readFileSync(join(root, 'de/setup.md'), 'utf8')).toBe(de);

    const unpinned = mdparity(['fix', 'en/setup.md', 'de/setup.md', '--no-decisions', '--dry-run'], root);
    expect(unpinned.stdout).toContain(
      '\n-* Windows 10 oder macOS 13\n-* 4 GB Arbeitsspeicher\n+- Windows 10 oder macOS 13\n+- 4 GB Arbeitsspeicher\n',
    );
    expect(unpinned.stderr).toBe('');
  });

  it('an explicit --decisions file applies its pins too, and a finding accepted there is not fixed', () => {
    const root = project({ 'en/setup.md': en, 'de/setup.md': de });
    writeFileSync(join(root, 'review.json'), pinsFile('en/setup.md', 'de/setup.md'));
    expect(mdparity(['fix', 'en/setup.md', 'de/setup.md', '--decisions', 'review.json', '--dry-run'], root).stdout).toBe(
      'de/setup.md: nothing to fix mechanically\n',
    );
    const markers = JSON.parse(mdparity(['compare', 'en/setup.md', 'de/setup.md', '--format', 'json'], root).stdout).findings.find(
      (finding: { check: string }) => finding.check === 'bullet-marker',
    );
    writeFileSync(
      join(root, 'accepted.json'),
      JSON.stringify({ version: 1, decisions: [{ fingerprint: markers.fingerprint, check: 'bullet-marker', status: 'accepted' }] }),
    );
    expect(mdparity(['fix', 'en/setup.md', 'de/setup.md', '--decisions', 'accepted.json'], root).stdout).toBe(
      'de/setup.md: nothing to fix mechanically\n',
    );
    expect(readFileSync(join(root, 'de/setup.md'), 'utf8')).toBe(de);
  });
});

describe('baseline keeps the pins of the decisions file it adds to', () => {
  it('accepts the findings of the pinned alignment, as compare reports them, and writes the pins back', () => {
    const root = project({ 'en/setup.md': en, 'de/setup.md': de });
    writeFileSync(join(root, '.mdparity-decisions.json'), pinsFile('en/setup.md', 'de/setup.md'));
    const pinned = JSON.parse(mdparity(['compare', 'en/setup.md', 'de/setup.md', '--format', 'json'], root).stdout);
    expect(mdparity(['baseline', 'en/setup.md', 'de/setup.md'], root).code).toBe(0);
    const file = JSON.parse(readFileSync(join(root, '.mdparity-decisions.json'), 'utf8'));
    expect(file.pins).toHaveLength(2);
    expect(file.decisions.map((decision: { fingerprint: string }) => decision.fingerprint).sort()).toEqual(
      pinned.findings.map((finding: { fingerprint: string }) => finding.fingerprint).sort(),
    );
    expect(file.decisions.map((decision: { check: string }) => decision.check)).not.toContain('bullet-marker');
    expect(mdparity(['compare', 'en/setup.md', 'de/setup.md', '--fail-on', 'info'], root).code).toBe(0);
  });
});

describe('the decisions file is found like the configuration', () => {
  const ja =
    '# セットアップ\n\n## 必要なもの\n\n次のものが必要です:\n\n* Node.js 20 以降\n* npm 10\n\n## インストール\n\n`npm install mdparity` を実行します。\n';

  it('after `baseline`, compare finds it, says so, and --no-decisions turns it off', () => {
    const root = project({ 'docs/en/setup.md': en, 'docs/ja/setup.md': ja });
    expect(mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--fail-on', 'info'], root).code).toBe(1);
    expect(mdparity(['baseline', 'docs/en/setup.md', 'docs/ja/setup.md'], root).code).toBe(0);
    const found = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--fail-on', 'info'], root);
    expect(found.code).toBe(0);
    expect(found.stdout).toMatch(/1 accepted/);
    expect(found.stdout.trimEnd().split('\n').slice(-2)).toEqual([
      'Configuration: none found (every check at its default severity)',
      'Decisions: .mdparity-decisions.json',
    ]);
    // Other formats do not say it: a note on stderr does.
    const json = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--format', 'json'], root);
    expect(json.stderr).toMatch(/note: review decisions and pins from \.mdparity-decisions\.json \(found above the files/);
    expect(JSON.parse(json.stdout).summary.accepted).toBe(1);
    const off = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--fail-on', 'info', '--no-decisions'], root);
    expect(off.code).toBe(1);
    expect(off.stdout).not.toMatch(/^Decisions:/m);
    expect(mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--no-decisions', '--decisions', 'x.json'], root).stderr).toMatch(
      /use --decisions FILE or --no-decisions, not both/,
    );
    // A tree run finds it too.
    const tree = mdparity(['tree', 'docs/en', 'docs/ja', '--fail-on', 'info'], root);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toMatch(/^Decisions: \.mdparity-decisions\.json$/m);
  });

  it('the nearest file wins (the translation’s folder before the root), and none above the project root applies', () => {
    const root = project({ 'docs/en/setup.md': en, 'docs/ja/setup.md': ja });
    const marker = () =>
      JSON.parse(mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--format', 'json', '--no-decisions'], root).stdout).findings[0];
    const { fingerprint, check } = marker();
    const accepting = JSON.stringify({ version: 1, decisions: [{ fingerprint, check, status: 'accepted', comment: 'kept by the Japanese team' }] });
    writeFileSync(join(root, '.mdparity-decisions.json'), JSON.stringify({ version: 1, decisions: [] }));
    writeFileSync(join(root, 'docs/ja/.mdparity-decisions.json'), accepting);
    const nearest = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md'], root);
    expect(nearest.stdout).toMatch(/^Decisions: docs\/ja\/\.mdparity-decisions\.json$/m);
    expect(nearest.stdout).toContain('kept by the Japanese team');

    // A project inside a folder that has a decisions file: the search stops at the project's package.json.
    const outer = project({ '.mdparity-decisions.json': accepting }, true);
    const inner = join(outer, 'site');
    mkdirSync(join(inner, 'docs/en'), { recursive: true });
    mkdirSync(join(inner, 'docs/ja'), { recursive: true });
    writeFileSync(join(inner, 'package.json'), '{"name":"site"}\n');
    writeFileSync(join(inner, 'docs/en/setup.md'), en);
    writeFileSync(join(inner, 'docs/ja/setup.md'), ja);
    const stopped = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md'], inner);
    expect(stopped.stdout).not.toMatch(/^Decisions:/m);
    expect(stopped.stdout).not.toContain('accepted');
  });

  it('text output shows each finding’s fingerprint; copied into a decision by hand, it accepts that finding', () => {
    const root = project({ 'docs/en/setup.md': en, 'docs/ja/setup.md': ja });
    const text = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md'], root).stdout;
    const line = text.split('\n').find((candidate) => candidate.includes('bullet-marker'))!;
    expect(line).toMatch(/^ {2}info {5}bullet-marker {2}docs\/en\/setup\.md:7-8 {2}docs\/ja\/setup\.md:7-8 {2}fingerprint [0-9a-f]{16}$/);
    const fingerprint = /fingerprint ([0-9a-f]{16})/.exec(line)![1];
    writeFileSync(
      join(root, 'docs/.mdparity-decisions.json'),
      JSON.stringify({
        version: 1,
        decisions: [{ fingerprint, check: 'bullet-marker', status: 'accepted', comment: 'the Japanese style guide uses *' }],
      }),
    );
    const accepted = mdparity(['compare', 'docs/en/setup.md', 'docs/ja/setup.md', '--fail-on', 'info'], root);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('[accepted: the Japanese style guide uses *]');
    expect(accepted.stdout).toMatch(/^Decisions: docs\/\.mdparity-decisions\.json$/m);
  });
});
