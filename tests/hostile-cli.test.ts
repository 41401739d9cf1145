/**
 * Reliability of the command line under hostile input, load and faults
 * (issue 11): outputs never overwrite inputs, reports are written whole,
 * stdout faults are one line, time and memory limits are honest, and the
 * files the CLI meets in odd shapes are read or refused clearly. Every input
 * is generated here; each case runs the built CLI in a subprocess.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  writeSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decode, InputFileError } from '../src/cli/read-input.js';
import { planHeap } from '../src/cli/memory.js';

vi.setConfig({ testTimeout: 180_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');
const tmp = mkdtempSync(join(tmpdir(), 'mdparity-hostile-cli-'));
const seedLeft = readFileSync('seeds/smo.is.md', 'utf8');
const seedRight = readFileSync('seeds/smo.no.md', 'utf8');

function mdparity(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    input: options.input,
    timeout: 170_000,
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

function folder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function oneLine(stderr: string) {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
}

/** A long but ordinary translated pair: `sections` sections of a heading and two paragraphs with links. */
function largePair(sections: number): { left: string; right: string } {
  const left: string[] = ['# Handbók', ''];
  const right: string[] = ['# Håndbok', ''];
  for (let i = 0; i < sections; i++) {
    left.push(
      `## Kafli ${i}`,
      '',
      `Þetta er málsgrein ${i} um [samfélagsmiðla](/smo/${i}) og hagræðingu þeirra.`,
      '',
      `Önnur málsgrein ${i} með tölunni ${i * 7}.`,
      '',
    );
    right.push(
      `## Kapittel ${i}`,
      '',
      `Dette er avsnitt ${i} om [sosiale medier](/smo/${i}) og optimalisering.`,
      '',
      `Et annet avsnitt ${i} med tallet ${i * 7}.`,
      '',
    );
  }
  return { left: `${left.join('\n')}\n`, right: `${right.join('\n')}\n` };
}

describe('an output is never an input (refused with exit 2 before anything is read)', () => {
  const dir = folder('spellings');
  writeFileSync(join(dir, 'smo.is.md'), seedLeft);
  writeFileSync(join(dir, 'smo.no.md'), seedRight);
  mkdirSync(join(dir, 'sub'), { recursive: true });
  symlinkSync(join(dir, 'smo.no.md'), join(dir, 'link-to-no.md'));
  linkSync(join(dir, 'smo.no.md'), join(dir, 'hard-link.md'));
  // An input whose name looks like the report --out-dir . would write for the right file.
  writeFileSync(join(dir, 'guide.mdparity.md'), seedLeft);
  writeFileSync(join(dir, 'guide.md'), seedRight);

  it.each([
    ['the same path', ['compare', 'smo.is.md', 'smo.no.md', '--out', 'smo.no.md']],
    ['the left file', ['compare', 'smo.is.md', 'smo.no.md', '--out', 'smo.is.md', '--format', 'json']],
    ['a ./ spelling', ['compare', 'smo.is.md', 'smo.no.md', '--out', './smo.no.md']],
    ['a .. spelling', ['compare', 'smo.is.md', 'smo.no.md', '--out', 'sub/../smo.no.md']],
    ['an absolute path', ['compare', 'smo.is.md', 'smo.no.md', '--out', join(dir, 'smo.no.md')]],
    ['a symbolic link to the input', ['compare', 'smo.is.md', 'smo.no.md', '--out', 'link-to-no.md']],
    ['the input given through a link', ['compare', 'smo.is.md', 'link-to-no.md', '--out', 'smo.no.md']],
    ['a hard link to the input', ['compare', 'smo.is.md', 'smo.no.md', '--out', 'hard-link.md']],
    ['--out-dir . over an input named like a report', ['compare', 'guide.mdparity.md', 'guide.md', '--out-dir', '.', '--format', 'markdown']],
    ['the decisions file', ['compare', 'smo.is.md', 'smo.no.md', '--decisions', 'smo.is.md', '--out', 'smo.is.md', '--format', 'json']],
  ])('refuses --out onto %s, and leaves every file as it was', (_name, args) => {
    const before = readdirSync(dir).map((name) => [name, name === 'sub' ? '' : hash(join(dir, name))]);
    const { code, stderr, stdout } = mdparity(args, { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^mdparity: refusing to write the report to .*: it is the input /);
    oneLine(stderr);
    expect(readdirSync(dir).map((name) => [name, name === 'sub' ? '' : hash(join(dir, name))])).toEqual(before);
  });

  it('still writes a report beside the inputs under another name', () => {
    const { code } = mdparity(['compare', 'smo.is.md', 'smo.no.md', '--out', 'smo.report.md'], { cwd: dir });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'smo.report.md'), 'utf8')).toMatch(/^\*\*mdparity\*\*/);
  });
});

describe('reports are written atomically', () => {
  it('leaves the old report or the whole new one when killed with SIGKILL during a rewrite', async () => {
    const dir = folder('atomic');
    const { left, right } = largePair(3000);
    writeFileSync(join(dir, 'left.is.md'), left);
    writeFileSync(join(dir, 'right.no.md'), right);
    const out = join(dir, 'report.html');
    const old = '<!doctype html>\n<p>the previous, good report</p>\n';
    writeFileSync(out, old);
    // Kills at increasing delays: early (before writing), and later (while writing, or after the rename).
    for (const delay of [300, 1500, 3000, 5000, 8000]) {
      const child = spawn(process.execPath, [bin, 'compare', 'left.is.md', 'right.no.md', '--out', 'report.html'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<void>((done) => child.on('exit', () => done()));
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(out, 'utf8');
      if (now !== old) {
        // Never truncated: a new report is whole.
        expect(now.startsWith('<!doctype html>')).toBe(true);
        expect(now.endsWith('</html>\n')).toBe(true);
      }
    }
    // A run that is not killed replaces it, whole.
    const done = mdparity(['compare', 'left.is.md', 'right.no.md', '--out', 'report.html'], { cwd: dir });
    expect(done.code).toBe(0);
    expect(readFileSync(out, 'utf8').endsWith('</html>\n')).toBe(true);
  });
});

describe('standard output faults', () => {
  const dir = folder('stdout');
  const { left, right } = largePair(1500);
  writeFileSync(join(dir, 'left.is.md'), left);
  writeFileSync(join(dir, 'right.no.md'), right);

  it('treats a reader that left (EPIPE, `| head -c 100`) as no error: the run keeps its own exit code', () => {
    const result = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${bin}" compare left.is.md right.no.md --format json 2>err.txt | head -c 100 > /dev/null; echo \${PIPESTATUS[0]}`,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
  });

  it('reports a full disk (/dev/full) in one line with exit 2', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" compare left.is.md right.no.md > /dev/full; echo "code=$?"`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(result.stdout.trim()).toBe('code=2');
    expect(result.stderr).toMatch(/^mdparity: cannot write to standard output: no space left on the device \(ENOSPC\)\n$/);
  });
});

describe('--timeout is validated', () => {
  it.each(['0.0001', '1e308', '2200000', '0', '-1', 'abc', '', 'Infinity', '30s'])('refuses --timeout %j with exit 2 and the range', (value) => {
    const { code, stderr } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', `--timeout=${value}`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--timeout takes a number of seconds from 0\.1 to 86400/);
    oneLine(stderr);
  });

  it.each(['0.1', '5', '86400'])('accepts --timeout %s', (value) => {
    const { code, stderr } = mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--timeout', value]);
    expect(stderr).not.toContain('--timeout takes');
    // 0.1 s of processor time may be too little for the seed pair on a cold start: then it is the time limit that speaks.
    if (code !== 0) expect(stderr).toMatch(/document too complex: the comparison used more than 0\.1 s of processor time/);
  });
});

describe('the time budget counts a comparison’s own processor time, never the queue', () => {
  it('compares 16 ordinary pages under --timeout 1 although the whole tree takes longer than that', () => {
    const dir = folder('queue');
    for (let page = 0; page < 16; page++) {
      const { left, right } = largePair(60);
      mkdirSync(join(dir, 'is'), { recursive: true });
      mkdirSync(join(dir, 'no'), { recursive: true });
      writeFileSync(join(dir, 'is', `page-${page}.md`), left);
      writeFileSync(join(dir, 'no', `page-${page}.md`), right);
    }
    const started = Date.now();
    const { code, stdout, stderr } = mdparity(['tree', 'is', 'no', '--timeout', '1', '--format', 'json'], { cwd: dir });
    const elapsed = Date.now() - started;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const tree = JSON.parse(stdout);
    expect(tree.summary).toMatchObject({ compared: 16, failed: 0 });
    // The point of the test: the run as a whole took longer than the per-page budget.
    expect(elapsed).toBeGreaterThan(1000);
  });
});

describe('memory: the heap cap fails one page, never the run', () => {
  // docs/hostile-inputs.md #14: one long reference definition used 50,000 times (250 KB) reached 2.27 GB.
  const amplification = `[x]: /${'u'.repeat(50_000)}\n\n${'[x] '.repeat(50_000)}\n`;

  it('derives the cap from the smallest memory limit and names it', () => {
    const plan = planHeap(
      4,
      [
        { bytes: 2048 * 1024 * 1024, source: 'cgroup memory.max' },
        { bytes: 16 * 1024 ** 3, source: 'physical memory' },
      ],
      {},
    );
    expect(plan).toMatchObject({ heapMb: 512, threads: 3, limit: { source: 'cgroup memory.max' } });
    expect(planHeap(1, [{ bytes: 64 * 1024 ** 3, source: 'physical memory' }], {}).heapMb).toBe(4096);
    expect(planHeap(2, [{ bytes: 512 * 1024 ** 2, source: 'address-space limit' }], {})).toMatchObject({ heapMb: 256, threads: 1 });
  });

  it('ends a comparison that needs more than the cap with a clear message naming the figure (exit 2, not 134)', () => {
    const dir = folder('memory');
    writeFileSync(join(dir, 'refs.en.md'), amplification);
    writeFileSync(join(dir, 'refs.de.md'), amplification);
    const { code, stderr } = mdparity(['compare', 'refs.en.md', 'refs.de.md', '--timeout', '600'], { cwd: dir, env: { MDPARITY_HEAP_MB: '128' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /document too complex: the comparison needed more memory than its limit \(128 MB per comparison, set by MDPARITY_HEAP_MB\)/,
    );
    oneLine(stderr);
  });

  it('makes such a page a failed page in a tree: the other pages are compared, and the failed one is named', () => {
    const dir = folder('memory-tree');
    for (const side of ['en', 'de']) {
      mkdirSync(join(dir, side), { recursive: true });
      writeFileSync(join(dir, side, 'refs.md'), amplification);
      writeFileSync(join(dir, side, 'ok.md'), side === 'en' ? '# Guide\n\nText.\n' : '# Anleitung\n\nText.\n');
    }
    const { code, stdout, stderr } = mdparity(['tree', 'en', 'de', '--timeout', '600'], { cwd: dir, env: { MDPARITY_HEAP_MB: '128' } });
    expect(code).toBe(2);
    expect(stdout).toMatch(/failed {6}refs\.md: en\/refs\.md ↔ de\/refs\.md: document too complex: the comparison needed more memory/);
    expect(stdout).toMatch(/1 compared/);
    expect(stderr).toMatch(/^mdparity: refs\.md: .*needed more memory/m);
  });
});

describe('encodings and sizes', () => {
  const text = '# Þórður\n\nTexti með 😀 og ﷽.\n';
  it.each([
    ['UTF-32LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, true)])],
    ['UTF-32BE with a BOM', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(text, false)])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ])('decodes %s to the same text as UTF-8', (_name, bytes) => {
    expect(decode('x.md', bytes)).toBe(text);
  });

  it.each([
    ['UTF-32 with a length that is not a multiple of 4', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0]), /not valid UTF-32/],
    ['UTF-32 with a code point above U+10FFFF', Buffer.from([0xff, 0xfe, 0, 0, 0, 0, 0x11, 0]), /not valid UTF-32 \(bad code point at offset 4\)/],
    ['UTF-32 with a surrogate code point', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0xd8, 0]), /not valid UTF-32/],
  ])('refuses %s', (_name, bytes, pattern) => {
    expect(() => decode('x.md', bytes)).toThrow(InputFileError);
    expect(() => decode('x.md', bytes)).toThrow(pattern);
  });

  it('names the string-length limit, not "invalid UTF-8", when text is longer than a string can be', () => {
    const bytes = Buffer.from(`# ${'a'.repeat(200)}\n`);
    expect(() => decode('big.md', bytes, 100)).toThrow(
      /is too large to compare: .* decodes to 203 UTF-16 code units, more than the .* a JavaScript string can hold/,
    );
    // Multi-byte text that fits in code units is not refused: 4 bytes per emoji, 2 code units.
    expect(decode('emoji.md', Buffer.from('😀'.repeat(40)), 100)).toBe('😀'.repeat(40));
  });

  it('refuses a 600 MB file under a raised --max-file-size with the real cause (exit 2)', () => {
    const dir = folder('huge');
    const path = join(dir, 'huge.md');
    const fd = openSync(path, 'w');
    writeSync(fd, '# Huge\n\n' + 'Plain text. '.repeat(800) + '\n');
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    const { code, stderr } = mdparity(['compare', path, 'seeds/smo.no.md', '--max-file-size', '1GB']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /huge\.md: is too large to compare: 600\.0 MB decodes to 629,145,600 UTF-16 code units, more than the 536,870,888 a JavaScript string can hold/,
    );
    oneLine(stderr);
  });

  it('reads standard input as - and a pipe given by name (process substitution), size-capped', () => {
    const fromStdin = mdparity(['compare', 'seeds/smo.is.md', '-', '--format', 'json'], { input: seedRight });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout).right.path).toBe('stdin');
    const plain = JSON.parse(mdparity(['compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'json']).stdout);
    expect(JSON.parse(fromStdin.stdout).findings.map((f: { check: string }) => f.check)).toEqual(
      plain.findings.map((f: { check: string }) => f.check),
    );
    const substituted = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" compare <(cat seeds/smo.is.md) <(cat seeds/smo.no.md) --format json`],
      {
        encoding: 'utf8',
        timeout: 170_000,
      },
    );
    expect(substituted.status).toBe(0);
    expect(JSON.parse(substituted.stdout).findings.map((f: { check: string }) => f.check)).toEqual(
      plain.findings.map((f: { check: string }) => f.check),
    );
    const small = join(folder('stdin'), 'small.is.md');
    writeFileSync(small, '# Lítið\n');
    const capped = mdparity(['compare', small, '-', '--max-file-size', '1KB'], { input: seedRight });
    expect(capped.code).toBe(2);
    expect(capped.stderr).toMatch(/standard input: is too large \(more than 1 KB/);
  });
});

describe('configuration search stops at the project root, and the output says which configuration applied', () => {
  it.each([
    ['a .git folder', (project: string) => mkdirSync(join(project, '.git'))],
    ['a package.json without an mdparity key', (project: string) => writeFileSync(join(project, 'package.json'), '{"name":"docs"}')],
  ])('ignores a configuration above a project marked by %s', (_name, mark) => {
    const outer = folder(`outer-${Math.random().toString(36).slice(2)}`);
    writeFileSync(
      join(outer, 'mdparity.config.json'),
      JSON.stringify({ checks: { 'heading-format': 'off', 'link-span': 'off', 'bullet-marker': 'off' } }),
    );
    const project = join(outer, 'project');
    mkdirSync(join(project, 'docs'), { recursive: true });
    mark(project);
    writeFileSync(join(project, 'docs/smo.is.md'), seedLeft);
    writeFileSync(join(project, 'docs/smo.no.md'), seedRight);
    const { stdout } = mdparity(['compare', 'docs/smo.is.md', 'docs/smo.no.md'], { cwd: project });
    expect(stdout).toContain('heading-format');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Configuration: none found (every check at its default severity)');
    // Inside the project, a configuration applies, and is named.
    writeFileSync(join(project, 'mdparity.config.json'), JSON.stringify({ checks: { 'heading-format': 'off' } }));
    const applied = mdparity(['compare', 'docs/smo.is.md', 'docs/smo.no.md'], { cwd: project });
    expect(applied.stdout).not.toContain('heading-format');
    expect(applied.stdout.trimEnd().split('\n').at(-1)).toBe(`Configuration: ${join(project, 'mdparity.config.json')}`);
    const printed = JSON.parse(mdparity(['compare', 'docs/smo.is.md', 'docs/smo.no.md', '--print-config'], { cwd: project }).stdout);
    expect(printed).toEqual({ path: join(project, 'mdparity.config.json'), config: { checks: { 'heading-format': 'off' } } });
  });

  it('never applies a configuration lying in the shared temporary folder itself', () => {
    const dir = folder('no-project');
    writeFileSync(join(dir, 'smo.is.md'), seedLeft);
    writeFileSync(join(dir, 'smo.no.md'), seedRight);
    const printed = JSON.parse(mdparity(['compare', 'smo.is.md', 'smo.no.md', '--print-config'], { cwd: dir }).stdout);
    // Whatever another session left in the temporary folder, the search stopped below it.
    expect(printed.path === null || !relative(tmpdir(), printed.path).startsWith('mdparity.config')).toBe(true);
  });
});

function utf32(text: string, littleEndian: boolean): Buffer {
  const points = Array.from(text, (char) => char.codePointAt(0)!);
  const buffer = Buffer.alloc(points.length * 4);
  points.forEach((point, i) => (littleEndian ? buffer.writeUInt32LE(point, i * 4) : buffer.writeUInt32BE(point, i * 4)));
  return buffer;
}
