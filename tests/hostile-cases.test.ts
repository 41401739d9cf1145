/**
 * The cases of docs/hostile-inputs.md that no other test covered (its table
 * maps every case to the test that holds it). Every input is generated here.
 *
 * Sections A and B are run at the sizes of the study, in one `mdparity tree`
 * run with a 1 s processor-time budget per page: BOUNDED means each page is
 * compared or refused with a clear message ("document too complex", "nesting
 * too deep", a memory limit), never a hang, a crash or a lost run. No test
 * here asserts a time in milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { definitionNodes, previewHast } from '../src/app/worker/preview-hast.js';
import { loadDecisions, saveDecisions } from '../src/app/features/decisions/decisions-store.js';
import { loadSavedConfig, saveConfig } from '../src/app/features/config/config-store.js';
import { compare, compareDocuments, decide, writeJson } from '../src/core/index.js';

vi.setConfig({ testTimeout: 300_000 });

const idb = vi.hoisted(() => ({ get: vi.fn(), set: vi.fn(), del: vi.fn() }));
vi.mock('idb-keyval', () => idb);

const bin = join(process.cwd(), 'bin/mdparity.js');

function mdparity(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
    timeout: 280_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const german = '# Anleitung\n\nFühren Sie `npm install` aus, siehe [Handbuch](/docs).\n';

/** Section A and B shapes at the study's sizes (docs/hostile-inputs.md), by case number. */
const pathological: Array<[string, () => string]> = [
  ['#1 nested strong emphasis, N = 4000', () => '*a **a '.repeat(4000) + 'b' + ' a** a*'.repeat(4000)],
  ['#1 single emphasis, N = 3000', () => '*a '.repeat(3000) + 'b' + ' a*'.repeat(3000)],
  ['#2 emphasis closers "a_ " × 32,500', () => 'a_ '.repeat(32_500)],
  ['#3 link closers "a]" × 32,500', () => 'a]'.repeat(32_500)],
  ['#3 "]" × 32,000', () => ']'.repeat(32_000)],
  ['#4 mismatched "*a_ " × 25,000', () => '*a_ '.repeat(25_000)],
  ['#4 cmark #389, N = 20,000', () => '*a '.repeat(20_000) + '_a*_ '.repeat(20_000)],
  ['#4 "[ a_" × 25,000', () => '[ a_'.repeat(25_000)],
  ['#5 "[ (](" × 40,000', () => '[ (]('.repeat(40_000)],
  ['#5 "![[]()" × 160,000 (960 KB)', () => '![[]()'.repeat(160_000)],
  ['#5 nested brackets, 25,000 deep', () => '['.repeat(25_000) + 'a' + ']'.repeat(25_000)],
  ['#6 unclosed links "[a](<b" × 30,000', () => '[a](<b'.repeat(30_000)],
  ['#7 backtick runs k = 1..2499 (3 MB)', () => Array.from({ length: 2499 }, (_, k) => 'e' + '`'.repeat(k + 1)).join('')],
  ['#7 md4c #57 "\\``" × 40,000', () => '\\``'.repeat(40_000)],
  ['#8 unclosed HTML comments "<!--" × 300,000', () => '</' + '<!--'.repeat(300_000)],
  ['#9 blank lines in a deep list, N = 30,000', () => '- '.repeat(30_000) + 'x' + '\n'.repeat(30_000)],
  ['#9 the same in a block quote', () => '> ' + '- '.repeat(30_000) + 'x\n' + '>\n'.repeat(30_000)],
  ['#11 ordered list 800 levels by indentation', () => Array.from({ length: 800 }, (_, i) => '   '.repeat(i) + '1. a').join('\n') + '\n'],
  ['#12 nested inlines "*" × 20,000', () => '*'.repeat(20_000) + 'a' + '*'.repeat(20_000)],
  [
    '#13 80,000 reference definitions, "[0] " × 5000',
    () => Array.from({ length: 80_000 }, (_, i) => `[${i}]: u${i}`).join('\n') + '\n\n' + '[0] '.repeat(5000),
  ],
  ['#14 a 50 KB reference used 50,000 times', () => `[x]: /${'u'.repeat(50_000)}\n\n${'[x] '.repeat(50_000)}\n`],
  ['#15 "a***" × 80,000', () => 'a***'.repeat(80_000)],
  ['#15 "[*_a" × 100,000', () => '[*_a'.repeat(100_000)],
  ['#15 "]([\\n" × 50,000', () => ']([\n'.repeat(50_000)],
  ['#15 "[t](/u) " × 40,000', () => '[t](/u) '.repeat(40_000)],
  ['#17 a one-column table of 50,000 rows', () => '| a |\n| - |\n' + '| x |\n'.repeat(50_000)],
  ['#17 a table of 5000 columns', () => '|' + ' a |'.repeat(5000) + '\n|' + ' - |'.repeat(5000) + '\n'],
  ['#17 a header row and 20,000 lines without pipes', () => '| a | b |\n| - | - |\n' + 'Zeile ohne Trennzeichen\n'.repeat(20_000)],
  ['#18 one paragraph of 2 MB prose with URLs', () => 'Lorem ipsum dolor sit amet, siehe www.example.com/seite und weiter. '.repeat(31_000) + '\n'],
  [
    '#19 20,000 footnotes',
    () =>
      Array.from({ length: 20_000 }, (_, i) => `Satz[^${i}].`).join('\n\n') +
      '\n\n' +
      Array.from({ length: 20_000 }, (_, i) => `[^${i}]: Fußnote ${i}.`).join('\n') +
      '\n',
  ],
  ['#19 100,000 headings', () => Array.from({ length: 100_000 }, (_, i) => `# Überschrift ${i}`).join('\n') + '\n'],
  ['#21 one 5 MB line without spaces', () => 'x'.repeat(5 * 1024 * 1024) + '\n'],
];

const pageOf = (name: string) => `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}.md`;

describe('sections A and B at the study’s sizes: every page is bounded, in one tree run', () => {
  let run: { code: number | null; stdout: string; stderr: string };
  let pages: Map<string, { status: string; error?: string }>;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-hostile-cases-'));
    mkdirSync(join(dir, 'de'));
    mkdirSync(join(dir, 'pl'));
    for (const [name, make] of pathological) {
      writeFileSync(join(dir, 'de', pageOf(name)), german);
      writeFileSync(join(dir, 'pl', pageOf(name)), make());
    }
    run = mdparity(['tree', 'de', 'pl', '--timeout', '1', '--format', 'json', '--fail-on', 'never'], dir);
    pages = new Map((JSON.parse(run.stdout) as { files: Array<{ path: string; status: string; error?: string }> }).files.map((f) => [f.path, f]));
  }, 300_000);

  it('finishes the run with every page accounted for, and no crash on stderr', () => {
    expect([0, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(/FATAL|\n\s+at |RangeError|internal error/);
    expect(pages.size).toBe(pathological.length);
  });

  it.each(pathological.map(([name]) => [name]))('%s: compared, or refused with a clear message', (name) => {
    const page = pages.get(pageOf(name))!;
    if (page.status === 'failed') {
      expect(page.error).toMatch(/right file: (document too complex|nesting too deep)|: document too complex/);
    } else {
      expect(page.status).toBe('compared');
    }
  });
});

describe('cases that must work, not only end (#14, #21, and 200,000 links)', () => {
  it('reads one 512 KB line without spaces as one paragraph (#21)', () => {
    const line = 'x'.repeat(512 * 1024) + '\n';
    const { left, report } = compareDocuments(line, line);
    expect(left.blocks.map((block) => [block.kind, block.features.length])).toEqual([['paragraph', 512 * 1024]]);
    expect(report.findings).toEqual([]);
  });

  it('compares a 50 KB reference used 5000 times to a small report (#14)', () => {
    const amplified = `# Verweise\n\n[x]: /${'u'.repeat(50_000)}\n\n${'[x] '.repeat(5000)}\n`;
    const { left, report } = compareDocuments(amplified, '# Odnośniki\n\nTekst.\n');
    const paragraph = left.blocks.find((block) => block.kind === 'paragraph')!;
    expect(paragraph.features.links).toHaveLength(5000);
    expect(new Set(paragraph.features.links.map((link) => link.target)).size).toBe(1);
    // The report names the target once per finding, never once per use.
    expect(writeJson(report).length).toBeLessThan(1024 * 1024);
  });

  it('shows such a block as source only in the preview, and a modest one rendered (#14)', () => {
    const model = (text: string) => compareDocuments(text, '# B\n').left;
    const amplified = model(`[x]: /${'u'.repeat(50_000)}\n\n${'[x] '.repeat(2000)}\n`);
    expect(
      previewHast(
        amplified.blocks.find((block) => block.kind === 'paragraph')!,
        definitionNodes(amplified),
      ),
    ).toBeNull();
    const modest = model(`[x]: /docs/anleitung\n\n${'Siehe [x]. '.repeat(20)}\n`);
    const hast = previewHast(
      modest.blocks.find((block) => block.kind === 'paragraph')!,
      definitionNodes(modest),
    );
    expect(toHtml(hast!).match(/href="\/docs\/anleitung"/g)).toHaveLength(20);
  });

  it('compares a paragraph of 70,000 links against one with none, naming what differs', () => {
    // push(...children) over its 140,000 children overflowed the stack: a raw RangeError, or a false "too complex".
    const links = `${Array.from({ length: 70_000 }, (_, i) => `[l](/p/${i})`).join(' ')}\n`;
    const report = compare(links, 'Ein Absatz ohne Verweise.\n');
    expect(report.findings.find((finding) => finding.check === 'link-count')?.message).toMatch(/the left has 70,?000 links, the right 0/);
  });
});

describe('the preview’s sanitiser (#42, #43, #45)', () => {
  const render = (markdown: string) => {
    const { left } = compareDocuments(markdown, '# B\n');
    return left.blocks.map((block) => previewHast(block, definitionNodes(left))).map((hast) => (hast ? toHtml(hast) : ''));
  };

  it.each([
    ['javascript: in upper case', '[a](JAVASCRIPT:alert(1))'],
    ['an entity-encoded j', '[a](&#106;avascript:alert(1))'],
    ['an entity-encoded colon', '[a](javascript&colon;alert(1))'],
    ['a tab entity inside the scheme', '[a](java&#x09;script:alert(1))'],
    ['a leading zero-width space', '[a](\u200Bjavascript:alert(1))'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference definition', '[a][x]\n\n[x]: javascript:alert(1)'],
    ['an image source', '![a](javascript:alert(1))'],
    ['data:text/html', '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['data:image/svg+xml', '![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['vbscript:', '[a](vbscript:msgbox(1))'],
  ])('never keeps a dangerous URL: %s (#42)', (_name, markdown) => {
    const html = render(`Siehe ${markdown} hier.\n`).join('\n');
    const urls = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1]!);
    for (const url of urls) expect(decodeURIComponent(url.replace(/&#x?[0-9a-f]+;/gi, ''))).not.toMatch(/^\s*(javascript|vbscript|data):/i);
  });

  it('prefixes ids made from user text, so they cannot clobber the page’s globals (#43)', () => {
    const html = render('# config\n\nText[^getElementById].\n\n[^getElementById]: Fußnote.\n').join('\n');
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^user-content-/);
  });

  it('keeps a title that tries to break out of its attribute inside the attribute (#45)', () => {
    const [html] = render('[Titel](https://example.com "a\\" onmouseover=\\"alert(1)")\n');
    // One element with two attributes: the handler text stayed inside the title.
    expect(html).toBe('<p><a href="https://example.com" title="a&#x22; onmouseover=&#x22;alert(1)">Titel</a></p>');
  });
});

describe('trees and output paths (#25, #56, #59, #60, #61)', () => {
  it('names a binary file among the pages as a failed page, and compares the rest (#25)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-binary-'));
    for (const side of ['de', 'pl']) {
      mkdirSync(join(dir, side));
      writeFileSync(join(dir, side, 'seite.md'), side === 'de' ? german : '# Przewodnik\n\nUruchom `npm install`, zobacz [podręcznik](/docs).\n');
    }
    writeFileSync(join(dir, 'de', 'bild.md'), '# Bild\n');
    writeFileSync(join(dir, 'pl', 'bild.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const { code, stdout, stderr } = mdparity(['tree', 'de', 'pl', '--format', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/pl\/bild\.md: is a binary file \(NUL byte at offset 8\)/);
    expect(JSON.parse(stdout).files.map((file: { path: string; status: string }) => `${file.path}:${file.status}`)).toEqual([
      'bild.md:failed',
      'seite.md:compared',
    ]);
  });

  it('keeps a report named after a file outside the working folder inside --out-dir (#59)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-outside-'));
    mkdirSync(join(dir, 'work', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'work', 'guide.md'), german);
    writeFileSync(join(dir, 'outside', 'guide.pl.md'), '# Przewodnik\n\nTekst.\n');
    const cwd = join(dir, 'work', 'sub');
    const { code } = mdparity(
      ['compare', '../guide.md', '../../outside/guide.pl.md', '--out-dir', 'out', '--format', 'json', '--fail-on', 'never'],
      cwd,
    );
    expect(code).toBe(0);
    expect(readdirSync(join(cwd, 'out'), { recursive: true })).toContain(join('_', '_', 'outside', 'guide.pl.mdparity.json'));
    expect(readdirSync(join(dir, 'outside'))).toEqual(['guide.pl.md']);
  });

  it('walks folders nested 1000 deep without a stack overflow (#61)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-deep-'));
    const deep = Array.from({ length: 1000 }, () => 'd').join('/');
    for (const side of ['is', 'no']) {
      mkdirSync(join(dir, side, deep), { recursive: true });
      writeFileSync(join(dir, side, deep, 'síða.md'), side === 'is' ? '# Síða\n' : '# Side\n');
    }
    const { code, stdout } = mdparity(['tree', 'is', 'no', '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.map((file: { path: string }) => file.path)).toEqual([`${deep}/síða.md`]);
  });

  it('reports each real file once with two symbolic-link loops in the tree (#56)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-loops-'));
    for (const side of ['is', 'no']) {
      mkdirSync(join(dir, side, 'sub'), { recursive: true });
      writeFileSync(join(dir, side, 'sub', 'síða.md'), side === 'is' ? '# Síða\n' : '# Side\n');
      symlinkSync('..', join(dir, side, 'sub', 'l1'));
      symlinkSync('..', join(dir, side, 'sub', 'l2'));
    }
    const { code, stdout } = mdparity(['tree', 'is', 'no', '--format', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.map((file: { path: string }) => file.path)).toEqual(['sub/síða.md']);
  });

  it('writes every report format for awkward names: a 251-byte name, a newline, # and %, NFD (#60)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-names-'));
    const names = [`${'þ'.repeat(125)}a.md`, 'zwei\nZeilen.md', 'kapitel #1 100%.md', 'Þórður-e\u0301.md'];
    for (const side of ['is', 'no']) {
      mkdirSync(join(dir, side));
      for (const name of names) writeFileSync(join(dir, side, name), side === 'is' ? '# Kafli\n\nTexti.\n' : '# Kapittel\n\nTekst.\n');
    }
    const formats = ['json', 'sarif', 'html', 'csv', 'markdown', 'junit'];
    const { code, stderr } = mdparity(['tree', 'is', 'no', '--format', formats.join(','), '--out-dir', 'out'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const written = readdirSync(join(dir, 'out'));
    expect(written).toHaveLength(names.length * formats.length);
    for (const name of written) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    for (const format of formats)
      expect(
        written.filter((name) => name.startsWith('þþþ') && name.endsWith(`.${format === 'markdown' ? 'md' : format === 'junit' ? 'xml' : format}`)),
      ).toHaveLength(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'kapitel #1 100%.mdparity.sarif'), 'utf8'));
    expect(
      sarif.runs[0].artifacts?.[0]?.location?.uri ?? sarif.runs[0].results[0]?.locations[0].physicalLocation.artifactLocation.uri ?? '',
    ).not.toMatch(/[ #]/);
  });
});

describe('stored review state in the app (#62, #63)', () => {
  const report = compare(readFileSync('seeds/smo.is.md', 'utf8'), readFileSync('seeds/smo.no.md', 'utf8'), {
    leftPath: 'smo.is.md',
    rightPath: 'smo.no.md',
  });
  const decision = decide(report, report.findings[0]!, 'accepted', 'Stimmt so.');

  beforeEach(() => {
    idb.get.mockReset();
    idb.set.mockReset();
    idb.del.mockReset();
  });

  it.each([
    ['a truncated JSON string', '{'],
    ['an object of another schema', { version: 99, decisions: [] }],
    ['a number', 42],
  ])('reads %s stored for a pair as “could not read”, never as “no decisions” (#62)', async (_name, stored) => {
    idb.get.mockResolvedValue(stored);
    expect(await loadDecisions('smo.is.md|smo.no.md')).toBeNull();
  });

  it('keeps the valid decisions of a list with damaged entries (#62)', async () => {
    idb.get.mockResolvedValue([{ fingerprint: 12, check: null }, decision, 'x']);
    expect(await loadDecisions('smo.is.md|smo.no.md')).toEqual([decision]);
  });

  it('reports storage that refuses to read (private mode) as null, and a full one (QuotaExceededError) as a failed save (#63)', async () => {
    idb.get.mockRejectedValue(new DOMException('The operation is insecure.', 'SecurityError'));
    expect(await loadDecisions('smo.is.md|smo.no.md')).toBeNull();
    expect(await loadSavedConfig()).toBeNull();
    idb.set.mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(await saveDecisions('smo.is.md|smo.no.md', [decision])).toBe(false);
    expect(await saveConfig({ name: 'mdparity.config.json', text: '{}' })).toBe(false);
  });

  it('treats a stored configuration of the wrong shape as none (#62)', async () => {
    idb.get.mockResolvedValue({ name: 7, text: null });
    expect(await loadSavedConfig()).toBeNull();
  });
});
