/**
 * `mdparity tree`: two documentation trees compared page by page, as CI runs
 * it, with the filesystem hazards of docs/hostile-inputs.md section F.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { displayWidth } from '../src/core/report/wrap.js';

vi.setConfig({ testTimeout: 120_000 });

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
    // The link that leaves the tree is skipped, and said (docs/hostile-inputs.md #57).
    expect(stderr.trim()).toMatch(/^mdparity: skipped no\/outside\.md: a symbolic link \(links are not followed/);
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
    // The link out of the tree is listed as skipped, and nothing else is said about it (it is not compared).
    expect(stdout.split('\n').filter((line) => line.includes('outside.md'))).toEqual([
      '  skipped     no/outside.md: a symbolic link (links are not followed: it may lead out of the tree)',
    ]);
    expect(stdout).not.toContain('loop');
    expect(stdout).not.toContain('drafts');
    expect(stdout).toContain('missing     um-okkur.md: only in is');
    expect(stdout).toContain('extra       gammel.md: only in no');
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

describe('mdparity tree under hostile trees (issue 11)', () => {
  function tree(files: Record<string, string | null>, links: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-tree-h-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      if (text === null) spawnSync('mkfifo', [join(dir, path)]);
      else writeFileSync(join(dir, path), text);
    }
    for (const [path, target] of Object.entries(links)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      symlinkSync(target, join(dir, path));
    }
    return dir;
  }

  it.each([
    [
      'only Unicode normalisation (NFC and NFD)',
      'þórður-é.md',
      'þórður-e\u0301.md',
      /the same name in different Unicode normalisation \(NFC and NFD\)/,
    ],
    ['only case', 'Intro.md', 'intro.md', /names that differ only in case/],
  ])('reports two names that differ in %s, never dropping one silently', (_name, first, second, reason) => {
    const dir = tree({ [`is/${first}`]: '# Inngangur\n', [`is/${second}`]: '# Inngangur\n\nAnnar.\n', 'no/Intro.md': '# Innledning\n' });
    const { stdout, stderr } = mdparity(['tree', 'is', 'no', '--format', 'json', '--allow-missing'], dir);
    const report = JSON.parse(stdout);
    expect(report.collisions).toHaveLength(1);
    expect(report.collisions[0].names.sort()).toEqual([first, second].sort());
    expect(report.collisions[0].reason).toMatch(reason);
    expect(report.summary.collisions).toBe(1);
    expect(stderr).toMatch(reason);
  });

  it('lists files skipped for safety in the summary (a link out of the tree, a dangling link, a FIFO) and exits 2 for the unreadable ones', () => {
    const dir = tree(
      { 'de/a.md': '# Anleitung\n', 'pl/a.md': '# Przewodnik\n', 'pl/pipe.md': null },
      { 'pl/outside.md': '/etc/hostname', 'pl/dangling.md': join(tmpdir(), 'no-such-file-anywhere.md') },
    );
    const { code, stdout } = mdparity(['tree', 'de', 'pl'], dir);
    expect(code).toBe(2);
    expect(stdout).toContain('  skipped     pl/dangling.md: a dangling symbolic link');
    expect(stdout).toContain('  skipped     pl/outside.md: a symbolic link (links are not followed: it may lead out of the tree)');
    expect(stdout).toContain('  skipped     pl/pipe.md: a FIFO, not a Markdown file (never read: it could block)');
    expect(stdout).toMatch(/1 compared \(1 clean\), 0 only left, 0 only right, 0 failed, 3 skipped/);
  });

  it('lists what it skips in nested folders, and leaves an ignored folder out entirely (no failure for a dangling link inside it)', () => {
    const dir = tree(
      {
        'ja/guide/setup.md': '# セットアップ\n\n[インストール](install.md)を参照してください。\n',
        'he/guide/setup.md': '# התקנה\n\nראו [התקנה](install.md).\n',
        'he/guide/deep/pipe.md': null,
        'he/drafts/pipe.md': null,
        'mdparity.config.json': JSON.stringify({ ignore: ['drafts/**'] }),
      },
      { 'he/guide/deep/dangling.md': join(tmpdir(), 'no-such-page.md'), 'he/drafts/dangling.md': join(tmpdir(), 'no-such-draft.md') },
    );
    const { code, stdout, stderr } = mdparity(['tree', 'ja', 'he'], dir);
    expect(code).toBe(2);
    expect(stdout).toContain('  skipped     he/guide/deep/dangling.md: a dangling symbolic link');
    expect(stdout).toContain('  skipped     he/guide/deep/pipe.md: a FIFO, not a Markdown file (never read: it could block)');
    expect(stderr).toContain('mdparity: skipped he/guide/deep/dangling.md: a dangling symbolic link');
    expect(stdout).toMatch(/1 compared \(\d+ clean\), 0 only left, 0 only right, 0 failed, 2 skipped/);
    expect(stdout + stderr).not.toContain('drafts');
    // With only the ignored folder's hazards left, the run is clean.
    spawnSync('rm', ['-r', join(dir, 'he/guide/deep')]);
    expect(mdparity(['tree', 'ja', 'he'], dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it('leaves out files, and special files, that file-level ignore patterns name: not compared, not listed, no failure', () => {
    const dir = tree(
      {
        'ja/guide/setup.md': '# セットアップ\n\n[インストール](install.md)を参照してください。\n',
        'he/guide/setup.md': '# התקנה\n\nראו [התקנה](install.md).\n',
        // Only in the translation, and a generated sidebar that differs by design: both ignored by name.
        'he/CHANGELOG.md': '# יומן שינויים\n',
        'ja/guide/_sidebar.md': '- [セットアップ](setup.md)\n',
        'he/guide/_sidebar.md': '##תפריט\n',
        'he/guide/socket.md': null,
        'mdparity.config.json': JSON.stringify({ ignore: ['CHANGELOG.md', '**/_sidebar.md', 'guide/socket.md', '**/old-*.md'] }),
      },
      { 'he/guide/old-setup.md': join(tmpdir(), 'no-such-old-page.md') },
    );
    const { code, stdout, stderr } = mdparity(['tree', 'ja', 'he', '--format', 'json'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files.map((file: { path: string; status: string }) => `${file.path}:${file.status}`)).toEqual(['guide/setup.md:compared']);
    expect(report.skipped).toEqual([]);
    // Without the patterns, the same tree has a page only on one side, a sidebar to compare and two hazards.
    writeFileSync(join(dir, 'mdparity.config.json'), '{}');
    const plain = JSON.parse(mdparity(['tree', 'ja', 'he', '--format', 'json'], dir).stdout);
    expect(plain.summary).toMatchObject({ files: 3, rightOnly: 1, skipped: 2 });
  });

  it('accepts a root given as a symbolic link to a folder', () => {
    const dir = tree({ 'real-de/a.md': '# Anleitung\n', 'pl/a.md': '# Przewodnik\n' }, { de: 'real-de' });
    const { code, stdout } = mdparity(['tree', 'de', 'pl', '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).summary).toMatchObject({ compared: 1, failed: 0 });
  });

  it('names a failed page in text output and on stderr', () => {
    const dir = tree({ 'de/a.md': '# Anleitung\n', 'pl/a.md': `${'> '.repeat(500)}x\n`, 'de/b.md': '# B\n', 'pl/b.md': '# B\n' });
    const { code, stdout, stderr } = mdparity(['tree', 'de', 'pl'], dir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ {2}failed {6}a\.md: de\/a\.md ↔ pl\/a\.md: right file: nesting too deep/m);
    expect(stderr).toMatch(/^mdparity: a\.md: de\/a\.md ↔ pl\/a\.md: right file: nesting too deep/m);
  });

  it('names --out-dir reports by relative path, so pages with one base name in two folders keep a report each (issue 12)', () => {
    const dir = tree({
      'en/guide/intro.md': '# Introduction\n\nRun `npm install`.\n',
      'en/api/intro.md': '# Introduction\n\nCall `run()`.\n',
      'ko/guide/intro.md': '# 소개\n\n`npm install`을 실행하세요.\n',
      'ko/api/intro.md': '# 소개\n\n`start()`를 호출하세요.\n',
    });
    expect(mdparity(['tree', 'en', 'ko', '--out-dir', 'reports', '--format', 'json', '--fail-on', 'warning'], dir).code).toBe(1);
    const guide = JSON.parse(readFileSync(join(dir, 'reports/guide/intro.mdparity.json'), 'utf8'));
    const api = JSON.parse(readFileSync(join(dir, 'reports/api/intro.mdparity.json'), 'utf8'));
    expect(guide.right.path).toMatch(/guide\/intro\.md$/);
    expect(api.right.path).toMatch(/api\/intro\.md$/);
    expect(api.findings.map((finding: { check: string }) => finding.check)).toContain('code-span');
    expect(guide.findings.map((finding: { check: string }) => finding.check)).not.toContain('code-span');
  });

  it('writes the whole run to --out FILE (issue 12), and refuses --out-dir inside a compared tree unless asked', () => {
    const dir = tree({ 'de/a.md': '# Anleitung\n', 'pl/a.md': '# Przewodnik\n' });
    const written = mdparity(['tree', 'de', 'pl', '--out', 'run.json'], dir);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')).summary.compared).toBe(1);
    const inside = mdparity(['tree', 'de', 'pl', '--out-dir', 'pl/reports', '--format', 'sarif'], dir);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/--out-dir pl\/reports is inside the compared tree pl/);
    expect(mdparity(['tree', 'de', 'pl', '--out-dir', 'pl/reports', '--format', 'sarif', '--out-dir-in-tree'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'pl/reports/a.mdparity.sarif'))).toBe(true);
  });

  it('wraps each page’s line to the terminal under its label on a terminal, one line per page when piped (issue 12)', () => {
    const name = 'anleitung-fuer-die-installation.md';
    const dir = tree({ [`de/${name}`]: '# Anleitung\n', [`pl/${name}`]: `${'> '.repeat(500)}x\n`, 'de/b.md': '# B\n', 'pl/b.md': '# B\n' });
    const piped = mdparity(['tree', 'de', 'pl'], dir).stdout;
    const failedLine = piped.split('\n').find((line) => line.startsWith('  failed      '))!;
    expect(failedLine.length).toBeGreaterThan(50);
    // script(1) gives the CLI a pseudo-terminal 50 columns wide.
    const terminal = spawnSync('script', ['-qec', `stty cols 50; exec "${process.execPath}" "${bin}" tree de pl`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    }).stdout.replace(/\r\n/g, '\n');
    const lines = terminal.split('\n');
    const start = lines.findIndex((line) => line.startsWith('  failed      '));
    const end = lines.findIndex((line, index) => index > start && !line.startsWith(' '.repeat(14)));
    const block = lines.slice(start, end);
    expect(block.length).toBeGreaterThan(2);
    for (const line of block) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    for (const line of block.slice(1)) expect(line).toMatch(/^ {14}\S/);
    // Nothing lost or added: the same characters as the piped line, only the breaks differ.
    expect(block.join('').replace(/\s+/g, '')).toBe(failedLine.replace(/\s+/g, ''));
  });

  it('compares 10,000 pairs with at most 1,024 open files (ulimit -n 1024)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-tree-big-'));
    for (const side of ['en', 'de']) {
      for (let folder = 0; folder < 100; folder++) {
        mkdirSync(join(dir, side, `f${folder}`), { recursive: true });
        for (let page = 0; page < 100; page++) {
          writeFileSync(
            join(dir, side, `f${folder}`, `p${page}.md`),
            side === 'en' ? `# Page ${page}\n\nText ${folder}.\n` : `# Seite ${page}\n\nText ${folder}.\n`,
          );
        }
      }
    }
    const result = spawnSync('bash', ['-c', `ulimit -n 1024 && "${process.execPath}" "${bin}" tree en de --format json --out run.json`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')).summary).toMatchObject({ files: 10_000, compared: 10_000, failed: 0 });
  }, 600_000);
});
