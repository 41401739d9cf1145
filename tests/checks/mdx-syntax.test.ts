/** mdx-syntax: a translation that no longer compiles as MDX, with MDX's message at the right line. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'mdx-syntax';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const run = (left: string, right: string, rightPath = 'guide.es.mdx') => compare(left, right, { leftPath: 'guide.en.mdx', rightPath });
const findingsOf = (left: string, right: string, rightPath?: string): Finding[] => run(left, right, rightPath).findings.filter((f) => f.check === id);

const english = lines(
  "import { Tabs, TabItem } from '@astrojs/starlight/components';",
  '',
  '## Install',
  '',
  '<Tabs>',
  '  <TabItem label="npm">',
  '',
  '  Run `npm install astro` in your project.',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
  'Then run `npm run dev`.',
);

describe('mdx-syntax', () => {
  it('accepts a faithful Spanish translation', () => {
    const spanish = english
      .replace('## Install', '## Instalación')
      .replace('Run `npm install astro` in your project.', 'Ejecuta `npm install astro` en tu proyecto.');
    expect(findingsOf(english, spanish)).toEqual([]);
  });

  it('reports an unclosed tag at the line where MDX stops, with its message', () => {
    const spanish = english.replace('  </TabItem>\n', '');
    const found = findingsOf(english, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', left: null, right: { line: 10 } });
    expect(found[0]!.message).toContain('Unexpected closing tag `</Tabs>`');
    expect(found[0]!.message).toContain('the left does');
  });

  it('reports a tag left open to the end of the French page at the tag’s own line and column, not line 1', () => {
    // MDX names no position for a tag never closed, only “(5:1-5:8)” in its message.
    const french = english.replace('  </TabItem>\n</Tabs>\n', '').replace('Run `npm install astro`', 'Lancez `npm install astro`');
    const found = findingsOf(english, french, 'guide.fr.mdx');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/Expected a closing tag for `<TabItem>` \(6:3-6:/);
    expect(found[0]).toMatchObject({ severity: 'error', right: { line: 6, column: 3 } });
  });

  it('reports a `{` in translated Korean prose at its line', () => {
    const korean = english.replace('Then run `npm run dev`.', '그런 다음 {npm run dev 를 실행합니다.');
    const found = findingsOf(english, korean, 'guide.ko.mdx');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', right: { line: 13 } });
    expect(found[0]!.message).toContain('expected a corresponding closing brace for `{`');
  });

  it('reports a prop name translated into something that is no name (French), at its line and column', () => {
    const french = english.replace('<TabItem label="npm">', '<TabItem étiquette(npm)="npm">');
    const found = findingsOf(english, french, 'guide.fr.mdx');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ right: { line: 6, column: 21 } });
    expect(found[0]!.message).toContain('Unexpected character `(`');
  });

  it('reads both sides as Markdown then, so the failure is not drowned in missing blocks', () => {
    const spanish = english.replace('  </TabItem>\n', '');
    const report = run(english, spanish);
    expect(report.right.flavor).toBe('markdown');
    expect(report.right.notice).toContain('does not compile as MDX');
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.check)).toEqual([id]);
  });

  it('softens a failure shared by both sides to info, and a failing source to a warning', () => {
    const broken = english.replace('  </TabItem>\n', '');
    expect(findingsOf(broken, broken.replace('## Install', '## 설치'), 'guide.ko.mdx').map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findingsOf(broken, english).map((f) => f.severity)).toEqual(['warning']);
  });

  it('says nothing about Markdown files, where `{` and `<Tabs>` are text', () => {
    const spanish = english.replace('  </TabItem>\n', '');
    expect(compare(english, spanish, { leftPath: 'guide.en.md', rightPath: 'guide.es.md' }).findings.filter((f) => f.check === id)).toEqual([]);
  });
});
