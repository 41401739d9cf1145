/**
 * The CLI as users and CI run it: `node bin/mdparity.js` in a subprocess
 * (the build runs before the tests: `npm test` builds dist/ first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { displayWidth } from '../src/core/report/wrap.js';

// Each test runs the CLI in subprocesses; on a loaded machine one run takes seconds.
vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');
const tmp = mkdtempSync(join(tmpdir(), 'mdparity-cli-'));

function mdparity(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('mdparity compare', () => {
  it('prints the seed pair report as JSON and exits 0 (warnings are below the default --fail-on error)', () => {
    const { code, stdout, stderr } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(
      report.findings
        .filter((f: { severity: string }) => f.severity !== 'info')
        .map((f: { check: string }) => f.check)
        .sort(),
    ).toEqual(['bullet-marker', 'heading-format', 'link-span']);
    expect(report.left.path).toBe('seeds/smo.is.md');
  });

  it('prints text by default, also when stdout is piped (issue 12); JSON only on request', () => {
    const { stdout } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md']);
    expect(stdout).toContain('## Hápunktar  ↔  ## Høydepunkter');
    expect(stdout).toMatch(/^Configuration: none found/m);
    expect(JSON.parse(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'json']).stdout).schemaVersion).toBe('1.0');
  });

  it('wraps messages to the terminal’s width with a hanging indent, and keeps one line per message when piped (issue 12)', () => {
    // A real terminal: script(1) gives the CLI a pseudo-terminal 60 columns wide.
    const run = 'stty cols 60; exec node bin/mdparity.js compare seeds/smo.is.md seeds/smo.no.md --no-color';
    const terminal = spawnSync('script', ['-qec', run, '/dev/null'], { encoding: 'utf8', timeout: 60_000 }).stdout.replace(/\r\n/g, '\n');
    const piped = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md']).stdout;
    const message = piped.split('\n').find((line) => line.startsWith('           Link spans differ'))!;
    expect(message.length).toBeGreaterThan(60);
    const start = terminal.indexOf('           Link spans differ');
    const block = terminal.slice(start).split('\n');
    const continued = block.slice(1).findIndex((line) => !/^ {11}\S/.test(line)) + 1;
    expect(continued).toBeGreaterThan(1);
    for (const line of block.slice(0, continued)) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(
      block
        .slice(0, continued)
        .map((line) => line.trim())
        .join(' '),
    ).toBe(message.trim());
  });

  it('exits 1 when findings reach --fail-on, 0 with --fail-on never', () => {
    expect(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--fail-on', 'warning']).code).toBe(1);
    expect(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--fail-on', 'never']).code).toBe(0);
    const left = file('guide.de.md', '# Anleitung\n\n## Installation\n\nFühren Sie `npm install` aus.\n\n## Nutzung\n\nRufen Sie `run()` auf.\n');
    const right = file('guide.pl.md', '# Przewodnik\n\n## Użycie\n\nWywołaj `run()`.\n');
    const result = mdparity(['compare', left, right, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings[0].check).toBe('missing-section');
  });

  it('writes readable text grouped by section, with file:line for both sides and no colour off a terminal', () => {
    const { stdout, code } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).toContain('## Hápunktar  ↔  ## Høydepunkter');
    expect(stdout).toContain('seeds/smo.is.md:30  seeds/smo.no.md:30');
    expect(stdout).toContain('seeds/smo.no.md:32-36');
    expect(stdout).not.toContain('\u001B[');
    expect(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'text', '--color']).stdout).toContain('\u001B[33mwarning');
  });

  it.each([
    ['a missing file', () => ['compare', 'seeds/smo.is.md', join(tmp, 'nope.md')], /nope\.md: no such file/],
    ['a directory', () => ['compare', 'seeds', 'seeds/smo.no.md'], /seeds: is a directory/],
    ['a binary file', () => ['compare', file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), 'seeds/smo.no.md'], /binary file/],
    [
      'invalid UTF-8',
      () => ['compare', file('latin1.md', new Uint8Array([0x23, 0x20, 0x48, 0xe9, 0x6c, 0x0a])), 'seeds/smo.no.md'],
      /not valid UTF-8 \(bad byte at offset 3\)/,
    ],
    ['an unknown format', () => ['compare', 'a.md', 'b.md', '--format', 'xml'], /--format takes/],
    ['an unknown option', () => ['compare', 'a.md', 'b.md', '--frobnicate'], /Unknown option '--frobnicate'/],
    ['one file only', () => ['compare', 'a.md'], /takes two files/],
    ['no command', () => [], /missing command/],
    ['a file over --max-file-size', () => ['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--max-file-size', '1KB'], /too large/],
  ])('exits 2 with one clear line on stderr for %s', (_name, args, pattern) => {
    const { code, stderr, stdout } = mdparity(args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('escapes control characters of file names on stderr', () => {
    const { stderr } = mdparity(['compare', 'we\u001B]0;pwned\u0007ird.md', 'seeds/smo.no.md']);
    expect(stderr).not.toContain('\u001B');
    expect(stderr).toContain('\\u{1B}');
  });

  it('reads UTF-16 files with a byte order mark and UTF-8 files with one like their plain UTF-8 versions', () => {
    const text = readFileSync('seeds/smo.no.md', 'utf8');
    const utf16 = file('smo.utf16.no.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bom = file('smo.bom.no.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    const plain = JSON.parse(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'json']).stdout);
    for (const path of [utf16, bom]) {
      const report = JSON.parse(mdparity(['compare', 'seeds/smo.is.md', path, '--format', 'json']).stdout);
      expect(report.findings).toEqual(plain.findings);
      expect(report.alignment).toEqual(plain.alignment);
    }
  });

  it('stops a document that takes too long with a clear message, not a hang', () => {
    // micromark is quadratic on blank lines inside deep lists (docs/hostile-inputs.md #9).
    const slow = file('slow.md', `${'- '.repeat(90)}x${'\n'.repeat(90)}${'a]'.repeat(40_000)}\n`);
    const started = Date.now();
    const { code, stderr } = mdparity(['compare', slow, 'seeds/smo.no.md', '--timeout', '0.3']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /document too complex: the comparison used more than 0\.3 s of processor time \(a time limit, raise it with --timeout SECONDS\)/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses nesting deeper than the parser can take, with exit 2', () => {
    const deep = file('deep.md', `${'> '.repeat(5000)}tief\n`);
    const { code, stderr } = mdparity(['compare', deep, 'seeds/smo.no.md']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/nesting too deep: more than 100 levels of block quotes or lists at line 1/);
  });

  it('writes every report format: one to stdout or --out, several to --out-dir, named by the right file’s relative path', () => {
    const csv = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toContain('check');
    expect(csv.stdout).toContain('heading-format');

    const out = join(tmp, 'report.sarif');
    expect(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'sarif', '--out', out]).stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');

    const dir = join(tmp, 'reports');
    const several = mdparity([
      'compare',
      'seeds/smo.is.md',
      'seeds/smo.no.md',
      '--format',
      'html,markdown',
      '--format',
      'junit',
      '--out-dir',
      dir,
      '--base-url',
      'https://example.org/blob/main',
    ]);
    expect(several.code).toBe(0);
    expect(readFileSync(join(dir, 'seeds/smo.no.mdparity.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(readFileSync(join(dir, 'seeds/smo.no.mdparity.md'), 'utf8')).toContain('https://example.org/blob/main/seeds/smo.no.md#L30');
    expect(readFileSync(join(dir, 'seeds/smo.no.mdparity.xml'), 'utf8')).toContain('<testsuite');
  });

  it('refuses several formats without --out-dir, and --out with --out-dir', () => {
    expect(mdparity(['compare', 'a.md', 'b.md', '--format', 'json,csv']).stderr).toMatch(/2 formats need --out-dir/);
    expect(mdparity(['compare', 'a.md', 'b.md', '--out', 'x', '--out-dir', 'y']).code).toBe(2);
  });

  it('applies review decisions: accepted findings do not fail the run and are listed apart; stale ones are reported', () => {
    const report = JSON.parse(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'json']).stdout);
    const decisions = report.findings.map((finding: { fingerprint: string; check: string; message: string }) => ({
      fingerprint: finding.fingerprint,
      check: finding.check,
      status: 'accepted',
      left: 'seeds/smo.is.md',
      right: 'seeds/smo.no.md',
      message: finding.message,
    }));
    const allAccepted = file('all.mdparity-decisions.json', JSON.stringify({ version: 1, decisions }));
    expect(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--fail-on', 'warning']).code).toBe(1);
    const accepted = mdparity([
      'compare',
      'seeds/smo.is.md',
      'seeds/smo.no.md',
      '--fail-on',
      'warning',
      '--decisions',
      allAccepted,
      '--format',
      'text',
    ]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain(`Accepted as intended (${report.findings.length})`);
    expect(accepted.stdout).toContain('No open findings.');

    const stale = { ...decisions[0], fingerprint: '00000000000000aa', message: 'A finding that was fixed' };
    const partly = file('partly.json', JSON.stringify({ version: 1, decisions: [...decisions.slice(1), stale] }));
    const result = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--fail-on', 'warning', '--decisions', partly, '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.decisions.stale.map((decision: { message: string }) => decision.message)).toEqual(['A finding that was fixed']);
    expect(
      json.findings.filter((finding: { decision?: unknown }) => finding.decision === undefined).map((finding: { check: string }) => finding.check),
    ).toEqual([report.findings[0].check]);
  });

  it('finds mdparity.config.json above the files, takes --config, and names the key of a bad one', () => {
    const dir = mkdtempSync(join(tmp, 'project-'));
    mkdirSync(join(dir, 'docs', 'no'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'no', 'smo.no.md'), readFileSync('seeds/smo.no.md'));
    writeFileSync(join(dir, 'docs', 'smo.is.md'), readFileSync('seeds/smo.is.md'));
    writeFileSync(join(dir, 'mdparity.config.json'), JSON.stringify({ checks: { 'link-span': 'off' } }));
    const found = JSON.parse(mdparity(['compare', join(dir, 'docs/smo.is.md'), join(dir, 'docs/no/smo.no.md'), '--format', 'json']).stdout);
    expect(found.findings.map((finding: { check: string }) => finding.check)).not.toContain('link-span');
    expect(
      JSON.parse(mdparity(['compare', join(dir, 'docs/smo.is.md'), join(dir, 'docs/no/smo.no.md'), '--no-config', '--format', 'json']).stdout).summary
        .checks['link-span'],
    ).toBe(1);

    const strict = file('strict.json', JSON.stringify({ checks: { 'bullet-marker': 'error' } }));
    expect(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--config', strict]).code).toBe(1);

    writeFileSync(join(dir, 'mdparity.config.json'), JSON.stringify({ checks: { 'link-span': 'sometimes' } }));
    const bad = mdparity(['compare', join(dir, 'docs/smo.is.md'), join(dir, 'docs/no/smo.no.md')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mdparity\.config\.json: “checks\.link-span” must be one of error, warning, info, off/);
  });

  it('notes on stderr when a decisions file has nothing for the compared pair', () => {
    const other = file(
      'other-pair.json',
      JSON.stringify({
        version: 1,
        decisions: [{ fingerprint: '0123456789abcdef', check: 'link-span', status: 'accepted', left: 'a.md', right: 'b.md' }],
      }),
    );
    const { code, stderr } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--decisions', other]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/note: none of the 1 decisions in .*other-pair\.json is for seeds\/smo\.is\.md ↔ seeds\/smo\.no\.md/);
  });

  it('applies the pins of the decisions file, so CI aligns the pair as the reviewer did in the app', async () => {
    // The stale Polish README has no “By Yoni Goldberg” section: the English h1 (line 45) pairs, uncertain, with the Polish table of contents.
    const [en, pl] = ['en', 'pl'].map((language) => `tests/browser/fixtures/nodebestpractices.${language}.md`);
    const { blockFingerprint, compareDocuments } = await import('../src/core/index.js');
    const { left } = compareDocuments(readFileSync(en!, 'utf8'), readFileSync(pl!, 'utf8'));
    const fingerprint = blockFingerprint(
      left,
      left.blocks.find((block) => block.span.line === 45)!,
    );
    const rowOf = (stdout: string) =>
      (JSON.parse(stdout).alignment as Array<{ left: { line: number } | null; right: { line: number } | null }>).find(
        (row) => row.left?.line === 45,
      )!;
    expect(rowOf(mdparity(['compare', en!, pl!, '--format', 'json', '--fail-on', 'never']).stdout).right?.line).toBe(46);
    const pins = file(
      'pins.mdparity-decisions.json',
      JSON.stringify({
        version: 1,
        decisions: [],
        pins: [{ left: { fingerprint }, right: null, leftPath: 'nodebestpractices.en.md', rightPath: 'nodebestpractices.pl.md' }],
      }),
    );
    const pinned = mdparity(['compare', en!, pl!, '--format', 'json', '--fail-on', 'never', '--decisions', pins]);
    expect(pinned.stderr).toBe('');
    expect(rowOf(pinned.stdout).right).toBeNull();
  });

  it('rejects a malformed decisions file with exit 2 and a clear line', () => {
    const bad = file('bad-decisions.json', '{"version": 1, "decisions": [{"fingerprint": "nope"}]}');
    const { code, stderr } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--decisions', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad-decisions\.json: decisions\[0\]\.fingerprint must be a finding fingerprint/);
  });

  it('prints help and version', () => {
    expect(mdparity(['--help']).stdout).toContain('Usage: mdparity compare LEFT RIGHT');
    expect(mdparity(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
