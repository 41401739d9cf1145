/**
 * The CLI as a docs team uses it in CI (issue 12, the CLI parts): the format
 * from the --out extension, compact / github / GitLab formats, JUnit counted
 * by --fail-on, --quiet, did-you-mean and per-command help. Runs the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');
const tmp = mkdtempSync(join(tmpdir(), 'mdparity-cli-formats-'));
const pair = ['compare', 'seeds/smo.is.md', 'seeds/smo.no.md'];

function mdparity(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the format comes from the --out extension, or the run is refused', () => {
  it.each([
    ['report.sarif', (text: string) => expect(JSON.parse(text).version).toBe('2.1.0')],
    ['report.xml', (text: string) => expect(text).toMatch(/^<\?xml[^>]*>\n<testsuites/)],
    ['report.html', (text: string) => expect(text).toMatch(/^<!doctype html>/i)],
    ['report.csv', (text: string) => expect(text.split('\r\n')[0]).toContain('check')],
    ['report.md', (text: string) => expect(text).toMatch(/^\*\*mdparity\*\*/)],
    ['report.json', (text: string) => expect(JSON.parse(text).schemaVersion).toBe('1.0')],
    ['report.txt', (text: string) => expect(text).toContain('## Hápunktar  ↔  ## Høydepunkter')],
    ['report.codequality', (text: string) => expect(JSON.parse(text)[0]).toHaveProperty('check_name')],
  ])('writes %s in its format', (name, check) => {
    const out = join(tmp, name);
    const { code, stdout } = mdparity([...pair, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    check(readFileSync(out, 'utf8'));
  });

  it('refuses an extension it cannot tell, naming the ones it can', () => {
    const { code, stderr } = mdparity([...pair, '--out', join(tmp, 'report.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot tell the report format from the name .*report\.xlsx.*: give --format, or end the name in \.json, \.txt/);
  });
});

describe('linter formats', () => {
  it('compact: one `path:line:column: severity check message` line per finding', () => {
    const { code, stdout } = mdparity([...pair, '--format', 'compact']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^seeds\/smo\.no\.md:\d+:\d+: (error|warning|info) [a-z-]+ \S/);
    expect(lines.some((line) => line.startsWith('seeds/smo.no.md:30:1: warning heading-format '))).toBe(true);
  });

  it('github: workflow annotations with escaped properties and messages', () => {
    const { stdout } = mdparity([...pair, '--format', 'github']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines)
      expect(line).toMatch(/^::(error|warning|notice) file=seeds\/smo\.no\.md,line=\d+,col=\d+,endLine=\d+,title=mdparity [a-z-]+::[^\n]+$/);
    expect(lines.filter((line) => line.startsWith('::notice '))).toHaveLength(1);
  });

  it('gitlab: Code Quality issues with unique fingerprints and GitLab severities', () => {
    const issues = JSON.parse(mdparity([...pair, '--format', 'gitlab']).stdout) as Array<Record<string, unknown>>;
    expect(issues).toHaveLength(4);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(4);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location).toMatchObject({ path: 'seeds/smo.no.md', lines: { begin: expect.any(Number) } });
    }
  });

  it.each([
    ['error', '0'],
    ['warning', '2'],
    ['info', '3'],
  ])('junit counts failures by --fail-on %s, one failure per test case', (failOn, failures) => {
    const xml = mdparity([...pair, '--format', 'junit', '--fail-on', failOn]).stdout;
    expect(xml).toMatch(new RegExp(`<testsuites name="mdparity" tests="7" failures="${failures}"`));
    // The two warnings of “Hápunktar” (heading-format, bullet-marker) are one failed test case, not two failures.
    const testCases = xml.split('<testcase ').slice(1);
    for (const testCase of testCases) expect(testCase.split('<failure ').length - 1).toBeLessThanOrEqual(1);
    expect(testCases.filter((testCase) => testCase.includes('<failure ')).length).toBe(Number(failures));
  });
});

describe('everyday options', () => {
  it('--quiet prints nothing and keeps the exit code', () => {
    const quiet = mdparity([...pair, '--quiet', '--fail-on', 'warning']);
    expect(quiet).toMatchObject({ code: 1, stdout: '', stderr: '' });
  });

  it.each([
    ['--fromat', '--format'],
    ['--fail-onn', '--fail-on'],
    ['--out-dri', '--out-dir'],
  ])('suggests the option meant by %s', (typo, meant) => {
    const { code, stderr } = mdparity([...pair, typo, 'x']);
    expect(code).toBe(2);
    expect(stderr).toContain(`did you mean ${meant}?`);
  });

  it('suggests the command and the format meant by a typo', () => {
    expect(mdparity(['compaer', 'a.md', 'b.md']).stderr).toContain('did you mean `compare`?');
    expect(mdparity([...pair, '--format', 'sraif']).stderr).toContain('did you mean sarif?');
  });

  it('prints help for each command', () => {
    const compare = mdparity(['compare', '--help']).stdout;
    const tree = mdparity(['tree', '--help']).stdout;
    expect(compare).toMatch(/^Usage: mdparity compare LEFT RIGHT/);
    expect(compare).not.toContain('--allow-missing');
    expect(tree).toMatch(/^Usage: mdparity tree LEFT_DIR RIGHT_DIR/);
    expect(tree).toContain('--allow-missing');
    expect(mdparity(['help', 'tree']).stdout).toBe(tree);
  });
});
