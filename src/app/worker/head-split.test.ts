import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePair } from '../../../bench/generate.js';
import { compareDocuments } from '../../core/index.js';
import { buildDocument } from '../../core/model/build-document.js';
import { headCut, headRows } from './head-split.js';
import { partialView } from './partial-view.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} with some words in it.`).join('\n\n');

/** The blocks before a cut, as kind and lines: cutting must not change how they parse. */
const blocksOf = (text: string) => buildDocument(text).blocks.map((block) => `${block.kind}:${block.span.line}-${block.span.endLine}`);

describe('headCut', () => {
  it('cuts before the first heading at or after the target, after a blank line', () => {
    const text = `# Title\n\n${filler(30)}\n\n## Second\n\n${filler(30)}\n`;
    const cut = headCut(text, 200)!;
    expect(text.slice(cut.end).startsWith('## Second')).toBe(true);
    expect(text.slice(0, cut.end).split('\n').length - 1).toBe(cut.lines);
  });

  it('leaves short documents whole', () => {
    expect(headCut('# A\n\nText.\n', 1000)).toBeNull();
  });

  it('never cuts inside front matter, fenced code, an HTML comment or a raw HTML block', () => {
    const comment = (name: string) => `\n\n# ${name} comment line\n\n`;
    const text = [
      `---\ntitle: x\n${'# yaml comment\n\n'.repeat(20)}---`,
      filler(10),
      '```bash',
      ...Array.from({ length: 20 }, (_, i) => `${comment(`shell ${i}`)}echo ${i}`),
      '```',
      `<!--${comment('html')}${filler(5)}-->`,
      `<pre>${comment('pre')}${filler(5)}</pre>`,
      '~~~~',
      comment('tilde'),
      '~~~~',
      '## Real heading',
      filler(40),
    ].join('\n\n');
    const cut = headCut(text, 10)!;
    expect(text.slice(cut.end).startsWith('## Real heading')).toBe(true);
  });

  it('falls back to a paragraph start when no heading comes for long', () => {
    const text = `${filler(400)}\n`;
    const cut = headCut(text, 1000)!;
    expect(cut.end).toBeGreaterThanOrEqual(1000);
    expect(text.slice(cut.end).startsWith('Paragraph')).toBe(true);
  });

  it('keeps every block before the cut as the whole document parses it (generated pairs, seeds, fixtures)', () => {
    const texts = [generatePair(60_000, 2).left, generatePair(60_000, 5).right, readFileSync(join(root, 'seeds/smo.is.md'), 'utf8')];
    for (const group of readdirSync(join(root, 'tests/fixtures'))) {
      for (const name of readdirSync(join(root, 'tests/fixtures', group))) {
        const dir = join(root, 'tests/fixtures', group, name);
        for (const file of readdirSync(dir)) if (file.endsWith('.md')) texts.push(readFileSync(join(dir, file), 'utf8'));
      }
    }
    let cuts = 0;
    for (const text of texts) {
      for (const target of [200, 2_000, 12_000]) {
        const cut = headCut(text, target);
        if (!cut) continue;
        cuts++;
        const head = blocksOf(text.slice(0, cut.end));
        expect(blocksOf(text).slice(0, head.length)).toEqual(head);
      }
    }
    expect(cuts).toBeGreaterThan(10);
  });
});

describe('headRows', () => {
  const row = (left: boolean | null, right: boolean | null) => ({
    left: left === null ? null : { heading: left },
    right: right === null ? null : { heading: right },
  });

  it('keeps the rows before the second-to-last heading paired on both sides', () => {
    const rows = [row(true, true), row(false, false), row(true, true), row(false, null), row(true, true), row(false, false), row(null, true)];
    expect(headRows(rows, true, true)).toBe(2);
  });

  it('keeps everything when nothing was cut', () => {
    expect(headRows([row(true, true)], false, false)).toBe(1);
  });
});

describe('partialView', () => {
  it('shows the first rows of a large pair, as the whole comparison aligns them, without findings', () => {
    const pair = generatePair(200_000, 3);
    const options = { leftPath: 'g.en.md', rightPath: 'g.de.md' };
    const view = partialView({
      id: 7,
      left: { name: 'g.en.md', text: pair.left },
      right: { name: 'g.de.md', text: pair.right },
      options,
      config: null,
      started: 0,
    })!;
    expect(view.partial).toBeDefined();
    expect(view.findings).toEqual([]);
    expect(view.rows.length).toBeGreaterThan(10);
    expect(view.rows.every((row) => row.findings.length === 0 && row.severity === null)).toBe(true);
    const full = compareDocuments(pair.left, pair.right, options);
    const lines = (row: { left: { line: number } | null; right: { line: number } | null }) => [row.left?.line ?? null, row.right?.line ?? null];
    expect(view.rows.map(lines)).toEqual(full.report.alignment.slice(0, view.rows.length).map(lines));
    expect(view.partial!.leftLines).toBe(full.report.left.lines);
    expect(view.partial!.rightLines).toBe(full.report.right.lines);
  });

  it('leaves small pairs to the whole comparison', () => {
    const pair = generatePair(20_000, 3);
    expect(
      partialView({ id: 1, left: { name: 'a', text: pair.left }, right: { name: 'b', text: pair.right }, options: {}, config: null, started: 0 }),
    ).toBeNull();
  });
});
