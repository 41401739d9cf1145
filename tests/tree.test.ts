/**
 * `mdparity tree`: two documentation trees compared page by page, as CI runs
 * it, with the filesystem hazards of shared/hostile-inputs.md section F.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'bin/mdparity.js');

function mdparity(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mdparity-tree-'));
  const put = (path: string, text: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const is = readFileSync('seeds/smo.is.md');
  const no = readFileSync('seeds/smo.no.md');
  put('is/greinar/smo.md', is);
  put('no/greinar/smo.md', no);
  put('is/index.md', '# Velkomin\n\nSjá [greinar](greinar/smo.md).\n');
  put('no/index.md', '# Velkommen\n\nSe [artikler](greinar/smo.md).\n');
  // Only in the source tree: a page not translated yet. Only in the translation: a stray page.
  put('is/um-okkur.md', '# Um okkur\n\nVið skrifum um markaðssetningu.\n');
  put('no/gammel.md', '# Gammel side\n');
  // The same page, its name written in NFC on one side and NFD on the other (macOS).
  put('is/þórður-é.md', '# Þórður\n\nTexti.\n');
  put('no/þórður-e\u0301.md', '# Þórður\n\nTekst.\n');
  // Ignored by the configuration.
  put('is/drafts/wip.md', '# Drög\n');
  put('no/drafts/wip.md', '##Utkast\n');
  put('mdparity.config.json', JSON.stringify({ ignore: ['drafts/**'] }));
  // Links must not be followed: a loop, and a file that leads out of the tree.
  symlinkSync('..', join(root, 'no/greinar/loop'));
  symlinkSync('/etc/hostname', join(root, 'no/outside.md'));
});

describe('mdparity tree', () => {
  it('compares every page by relative path and lists what is missing on either side', () => {
    const { code, stdout, stderr } = mdparity(['tree', 'is', 'no', '--format', 'json'], root);
    expect(stderr).toBe('');
    const tree = JSON.parse(stdout);
    const status = Object.fromEntries(tree.files.map((file: { path: string; status: string }) => [file.path, file.status]));
    expect(status).toEqual({
      'greinar/smo.md': 'compared',
      'index.md': 'compared',
      'um-okkur.md': 'left-only',
      'gammel.md': 'right-only',
      'þórður-é.md': 'compared',
    });
    const seed = tree.files.find((file: { path: string }) => file.path === 'greinar/smo.md').report;
    expect(
      seed.findings
        .filter((finding: { severity: string }) => finding.severity !== 'info')
        .map((finding: { check: string }) => finding.check)
        .sort(),
    ).toEqual(['bullet-marker', 'heading-format', 'link-span']);
    expect(tree.summary).toMatchObject({ files: 5, compared: 3, leftOnly: 1, rightOnly: 1, failed: 0 });
    // A page not translated yet fails the run, unless allowed.
    expect(code).toBe(1);
    expect(mdparity(['tree', 'is', 'no', '--allow-missing'], root).code).toBe(0);
  });

  it('never follows links and leaves out what the configuration ignores', () => {
    const { stdout } = mdparity(['tree', 'is', 'no', '--format', 'text'], root);
    expect(stdout).not.toContain('outside.md');
    expect(stdout).not.toContain('loop');
    expect(stdout).not.toContain('drafts');
    expect(stdout).toContain('missing   um-okkur.md: only in is');
    expect(stdout).toContain('extra     gammel.md: only in no');
  });

  it('reports an unreadable page, goes on with the others, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-tree-bad-'));
    mkdirSync(join(dir, 'de'));
    mkdirSync(join(dir, 'pl'));
    writeFileSync(join(dir, 'de/a.md'), '# Anleitung\n');
    writeFileSync(join(dir, 'pl/a.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(dir, 'de/b.md'), '# Hilfe\n\nText.\n');
    writeFileSync(join(dir, 'pl/b.md'), '# Pomoc\n\nTekst.\n');
    const { code, stdout, stderr } = mdparity(['tree', 'de', 'pl', '--format', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/pl\/a\.md: is not valid UTF-8/);
    const tree = JSON.parse(stdout);
    expect(tree.files.map((file: { path: string; status: string }) => `${file.path}:${file.status}`)).toEqual(['a.md:failed', 'b.md:compared']);
  });

  it('writes each page’s reports under --out-dir, mirroring the tree', () => {
    const out = join(root, 'reports');
    const { code } = mdparity(['tree', 'is', 'no', '--format', 'sarif,html', '--out-dir', out, '--allow-missing'], root);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'greinar/smo.mdparity.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(existsSync(join(out, 'index.mdparity.html'))).toBe(true);
  });

  it('refuses a file where a folder is expected, with one clear line', () => {
    const { code, stderr } = mdparity(['tree', 'is/index.md', 'no'], root);
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(/^mdparity: is\/index\.md: is not a folder/);
  });
});
