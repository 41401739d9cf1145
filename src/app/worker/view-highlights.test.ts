import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index.js';
import { buildViewModel } from './build-view-model.js';
import type { Side } from '../../core/vocabulary/side.js';

const view = (left: string, right: string) =>
  buildViewModel({
    id: 1,
    comparison: compareDocuments(left, right, { leftPath: 'guide.en.md', rightPath: 'guide.de.md' }),
    leftName: 'guide.en.md',
    rightName: 'guide.de.md',
    elapsed: 0,
  });

const diffs = (text: string, highlights: Array<{ kind: string; start: number; end: number }>) =>
  highlights.filter((h) => h.kind === 'diff').map((h) => text.slice(h.start, h.end));

describe('character-level differences inside a finding', () => {
  it('marks the one letter a link target lost, on each side, not the translated link text', () => {
    const model = view(
      '# Setup\n\nFollow the [installation guide](https://example.com/docs/getting-started/installation-on-linux) first.\n',
      '# Einrichtung\n\nFolgen Sie zuerst der [Installationsanleitung](https://example.com/docs/getting-started/instalation-on-linux).\n',
    );
    const finding = model.findings.find((f) => f.check === 'link-target');
    expect(finding).toBeDefined();
    const row = model.rows[finding!.row!]!;
    expect(diffs(row.left!.text, row.left!.highlights)).toEqual(['l']);
    expect(diffs(row.right!.text, row.right!.highlights)).toEqual([]);
  });

  it('marks the characters an identifier in inline code and a number changed, not the whole span', () => {
    const model = view(
      '# Setup\n\nRun `npm run build:production` and wait about 1500 ms for the server to start.\n',
      '# Einrichtung\n\nFühren Sie `npm run build:prodution` aus und warten Sie etwa 150 ms, bis der Server startet.\n',
    );
    const code = model.findings.find((f) => f.check === 'code-span');
    const number = model.findings.find((f) => f.check === 'number-mismatch');
    expect(code && number && code.row === number.row).toBe(true);
    const row = model.rows[code!.row!]!;
    // The `c` the German lost in the identifier, the `0` it lost from 1500: one character each, on the left.
    expect(diffs(row.left!.text, row.left!.highlights).sort()).toEqual(['0', 'c']);
    expect(diffs(row.right!.text, row.right!.highlights)).toEqual([]);
  });

  it('marks nothing when the targets are wholly different', () => {
    const model = view(
      '# Setup\n\nSee [the guide](https://example.com/guide) for details.\n',
      '# Einrichtung\n\nSiehe [die Anleitung](https://other.org/x/y/z) für Details.\n',
    );
    for (const row of model.rows) for (const side of [row.left, row.right]) expect(diffs(side?.text ?? '', side?.highlights ?? [])).toEqual([]);
  });
});

describe('link colors', () => {
  it('give in-page links to paired headings one color, though their anchors differ', () => {
    const model = view(
      '# Guide\n\nSee [Installation](#installation) and [Usage](#usage).\n\n## Installation\n\nRun the installer.\n\n## Usage\n\nStart the app.\n',
      '# Anleitung\n\nSiehe [Einrichtung](#einrichtung) und [Verwendung](#verwendung).\n\n## Einrichtung\n\nFühren Sie das Installationsprogramm aus.\n\n## Verwendung\n\nStarten Sie die App.\n',
    );
    const row = model.rows.find((r) => r.left?.text.includes('#installation'))!;
    const colors = (side: Side) => row[side]!.highlights.filter((h) => h.kind === 'link').map((h) => h.color);
    expect(colors('left')).toHaveLength(2);
    expect(colors('left')).toEqual(colors('right'));
    expect(new Set(colors('left')).size).toBe(2);
  });

  it('leave a list of many shared links uncolored, but color the one that differs', () => {
    const items = (lang: string, odd: string) =>
      Array.from({ length: 16 }, (_, i) => `- [${lang} ${i}](https://example.com/${i === 7 ? odd : `page-${i}`})`).join('\n');
    const model = view(`# Links\n\n${items('Page', 'page-7')}\n`, `# Verweise\n\n${items('Seite', 'seite-7')}\n`);
    const row = model.rows.find((r) => r.left?.kind === 'list')!;
    const colored = (side: Side) => row[side]!.highlights.filter((h) => h.kind === 'link' && h.color !== undefined);
    expect(colored('left').map((h) => row.left!.text.slice(h.start, h.end))).toEqual(['[Page 7](https://example.com/page-7)']);
    expect(colored('right')).toHaveLength(1);
  });
});

describe('links and images written as HTML', () => {
  // An all-contributors table, as READMEs in every language carry it (here an English/Hebrew pair).
  const cell = (login: string, name: string, id: number) =>
    `      <td align="center"><a href="https://github.com/${login}"><img src="https://avatars.githubusercontent.com/u/${id}?v=4" width="100px;" alt="${name}"/><br /><sub><b>${name}</b></sub></a><br /><a href="#content-${login}" title="Content">🖋</a></td>`;
  const table = [
    '<table>',
    '  <tr>',
    cell('kevinrambaud', 'Kevin Rambaud', 7501477),
    cell('mfine15', 'Michael Fine', 1286554),
    '  </tr>',
    '</table>',
  ].join('\n');

  it('are each marked at their own tag, not all over the whole HTML block', () => {
    const model = buildViewModel({
      id: 1,
      comparison: compareDocuments(`## Contributors\n\nThanks go to:\n\n${table}\n`, `## תורמים\n\nתודה ל:\n\n${table}\n`, {
        leftPath: 'README.md',
        rightPath: 'README.he.md',
      }),
      leftName: 'README.md',
      rightName: 'README.he.md',
      elapsed: 0,
    });
    for (const side of ['left', 'right'] as const) {
      const block = model.rows.find((row) => row[side]?.kind === 'html')![side]!;
      const marked = block.highlights.map((h) => [h.kind, block.text.slice(h.start, h.end)]);
      expect(marked.filter(([kind]) => kind === 'link').map(([, text]) => text)).toEqual([
        expect.stringMatching(/^<a href="https:\/\/github.com\/kevinrambaud"><img .*<\/b><\/sub><\/a>$/),
        '<a href="#content-kevinrambaud" title="Content">🖋</a>',
        expect.stringMatching(/^<a href="https:\/\/github.com\/mfine15"><img .*<\/b><\/sub><\/a>$/),
        '<a href="#content-mfine15" title="Content">🖋</a>',
      ]);
      expect(marked.filter(([kind]) => kind === 'image').map(([, text]) => text)).toEqual([
        '<img src="https://avatars.githubusercontent.com/u/7501477?v=4" width="100px;" alt="Kevin Rambaud"/>',
        '<img src="https://avatars.githubusercontent.com/u/1286554?v=4" width="100px;" alt="Michael Fine"/>',
      ]);
    }
  });
});
