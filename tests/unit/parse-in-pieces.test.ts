/**
 * A long document is parsed in pieces cut at top-level headings (issue 11: one parse of 40,000 short sections
 * held every micromark event at once). The tree must be the one parse of the whole gives, positions included:
 * checked on real corpus pages cut into many pieces, and on the constructs that run over a heading line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { detectSyntax } from '../../src/core/parse/flavor.js';
import { cutPieces, parseInPieces } from '../../src/core/parse/parse-in-pieces.js';
import { markdownOptions } from '../../src/core/parse/parse-markdown.js';

/** The whole parse and the parse in pieces of at least `pieceLength` characters, and how many pieces were cut. */
function bothWays(text: string, pieceLength: number) {
  const options = markdownOptions(text, detectSyntax(text, { path: 'page.md' }));
  return { whole: fromMarkdown(text, options), pieces: parseInPieces(text, options, pieceLength), cuts: cutPieces(text, pieceLength).length };
}

const filler = (words: string) => Array.from({ length: 6 }, () => words).join(' ');

describe('parse in pieces', () => {
  it('gives the tree of the whole parse for sections in several languages, CRLF included', () => {
    const sections = [
      `# Guide\n\n${filler('Install the tool first.')}\n`,
      `## 設定\n\n${filler('設定ファイルを作成します。')} [設定](/ja/config)\n`,
      `## الإعداد\n\n${filler('أنشئ ملف الإعداد أولاً.')}\n\n- أولاً\n- ثانياً\n`,
      `### Über uns\n\n> ${filler('Ein Zitat über mehrere Zeilen.')}\n`,
    ];
    for (const newline of ['\n', '\r\n']) {
      const text = sections.join('\n').repeat(4).replace(/\n/g, newline);
      const { whole, pieces, cuts } = bothWays(text, 200);
      expect(cuts).toBeGreaterThan(4);
      expect(pieces).toEqual(whole);
    }
  });

  it('never cuts inside a fenced code block, display math, an HTML comment or the front matter', () => {
    const text = [
      '---\ntitle: Shell\n# a YAML comment\ntags: [bash]\n---\n',
      `# Shell\n\n${filler('Run these commands in a terminal.')}\n`,
      '```bash\n# install\n\nnpm install\n\n# start the server\nnpm start\n```\n',
      `## Formula\n\n${filler('The sum is written as follows.')}\n\n$$\nx = 1\n\n# not a heading\n$$\n`,
      `## Comment\n\n<!--\n\n# a heading that is commented out\n\n-->\n\n${filler('Text after the comment.')}\n`,
      '~~~\n\n# in a tilde fence\n\n~~~\n',
      `## End\n\n${filler('The end of the page.')}\n`,
    ].join('\n');
    const { whole, pieces, cuts } = bothWays(text, 60);
    expect(cuts).toBeGreaterThan(3);
    expect(pieces).toEqual(whole);
  });

  it('resolves reference links and footnotes whose definition is in another piece', () => {
    const text = [
      `# Links\n\n${filler('See [the guide][guide] and [FAQ] for more.')} A note.[^1]\n`,
      `## Middle\n\n${filler('Nothing but prose in this section.')}\n`,
      `## 参考\n\n${filler('詳しくは[ガイド][guide]を参照してください。')}\n`,
      `## Definitions\n\n[guide]: https://example.com/guide\n[faq]: /faq "Questions"\n\n[^1]: ${filler('The footnote.')}\n`,
    ].join('\n');
    const { whole, pieces, cuts } = bothWays(text, 80);
    expect(cuts).toBe(4);
    expect(pieces).toEqual(whole);
    expect(JSON.stringify(pieces)).toContain('"linkReference"');
    expect(JSON.stringify(pieces)).toContain('"footnoteReference"');
  });

  it('takes a code block left unclosed to the end of the file in whole', () => {
    const text = `# Start\n\n${filler('Some prose before the code.')}\n\n\`\`\`js\nconst a = 1;\n\n# not a heading\n\n## nor this\n\n${filler('// still code')}\n`;
    const { whole, pieces } = bothWays(text, 40);
    expect(pieces).toEqual(whole);
  });

  const corpus = '/work/shared/corpus';
  it.runIf(existsSync(join(corpus, 'pairs.tsv')))(
    'gives the tree of the whole parse on real Markdown pages of the corpus',
    () => {
      const files = readFileSync(join(corpus, 'pairs.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .flatMap((line) => line.split('\t').slice(2, 4))
        .filter((file) => file.endsWith('.md'));
      // The pages (up to 20 KB) with the most headings of each repository: the most cuts.
      const chosen = new Map<string, Array<{ file: string; text: string; headings: number }>>();
      for (const file of files) {
        const text = readFileSync(join(corpus, file), 'utf8').replace(/^\uFEFF/, '');
        if (text.length > 20_000 || detectSyntax(text, { path: file }).flavor !== 'markdown') continue;
        const repository = file.split('/')[0]!;
        const list = chosen.get(repository) ?? [];
        list.push({ file, text, headings: (text.match(/^#{1,6} /gm) ?? []).length });
        chosen.set(repository, list);
      }
      let pages = 0;
      for (const list of chosen.values()) {
        for (const page of list.sort((a, b) => b.headings - a.headings).slice(0, 6)) {
          const { whole, pieces, cuts } = bothWays(page.text, 300);
          if (cuts > 1) pages++;
          expect(pieces, page.file).toEqual(whole);
        }
      }
      expect(pages).toBeGreaterThan(15);
    },
    120_000,
  );
});
