/** Reading intent while keeping form: what the document model makes of what CommonMark misreads. */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/core/model/build-document.js';

const kinds = (text: string) => buildDocument(text).blocks.map((block) => `${block.kind}@${block.span.line}`);

describe('document model', () => {
  it('reads `##Título` and a lone `#react` as headings of form atx-no-space, but `#1 en ventas` as a paragraph', () => {
    const doc = buildDocument('##Título\n\nTexto.\n\n#1 en ventas\n\n#react\n');
    expect(doc.blocks[0]!.heading).toEqual({ depth: 2, form: 'atx-no-space', text: 'Título' });
    expect(doc.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'heading']);
    expect(doc.sections.map((section) => section.title)).toEqual(['', 'Título', 'react']);
  });

  it('reads en-dash and bullet-character lines as one list, loose or tight, with the markers kept', () => {
    const tight = buildDocument('## Vorteile\n\n– schnell\n– günstig\n– sicher\n');
    expect(tight.blocks[1]!.list!.items.map((item) => [item.marker, item.pseudo, item.span.line, item.features.text])).toEqual([
      ['–', true, 3, 'schnell'],
      ['–', true, 4, 'günstig'],
      ['–', true, 5, 'sicher'],
    ]);
    const loose = buildDocument('• første\n\n- andre\n\n• tredje\n');
    expect(loose.blocks).toHaveLength(1);
    expect(loose.blocks[0]!.list!.items.map((item) => `${item.marker}${item.pseudo ? '*' : ''}@${item.span.line}:${item.span.column}`)).toEqual([
      '•*@1:1',
      '-@3:1',
      '•*@5:1',
    ]);
  });

  it('keeps a lone dash-led line of dialogue a paragraph', () => {
    expect(kinds('— Bonjour, dit-il.\n\nIl partit.\n')).toEqual(['paragraph@1', 'paragraph@3']);
  });

  it('keeps links, code and numbers of pseudo items at their places in the file', () => {
    const doc = buildDocument('Intro.\n\n– Siehe [Anleitung](/guide) und `npm i` für 3 Schritte\n– Mehr unter [FAQ](/faq)\n');
    const [first, second] = doc.blocks[1]!.list!.items;
    expect(first!.features.links[0]).toMatchObject({ url: '/guide', text: 'Anleitung', span: { line: 3, column: 9 } });
    expect(first!.features.codes[0]).toMatchObject({ value: 'npm i', span: { line: 3, column: 33 } });
    expect(first!.features.numbers[0]).toMatchObject({ raw: '3', span: { line: 3, column: 45 } });
    expect(second!.features.links[0]).toMatchObject({ url: '/faq', span: { line: 4, column: 14 } });
  });

  it('joins adjacent lists that CommonMark splits at a marker change', () => {
    const doc = buildDocument('- eins\n- zwei\n* drei\n\n1. a\n1) b\n');
    expect(doc.blocks.map((block) => `${block.kind}:${block.list!.items.map((item) => item.marker).join('')}`)).toEqual(['list:--*', 'list:1.1)']);
  });

  it('reads front matter after a blank line or with a `----` fence as front matter with its problem', () => {
    const blank = buildDocument('\n---\ntitle: Guia\nslug: guia\n---\n\n# Guia\n');
    expect(blank.blocks.map((block) => block.kind)).toEqual(['frontmatter', 'heading']);
    expect(blank.frontMatter).toMatchObject({ keys: ['title', 'slug'], problem: 'a blank line before its `---` fence', data: { title: 'Guia' } });
    const long = buildDocument('----\ntitle: Guia\n----\n# Guia\n');
    expect(long.frontMatter?.problem).toMatch(/`----` fence/);
    expect(buildDocument('---\n\nText.\n').frontMatter).toBeNull();
  });

  it('keeps the file’s own lines and columns under a BOM, CRLF and CR line endings', () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const doc = buildDocument(`\uFEFF---${newline}title: T${newline}---${newline}${newline}# Título${newline}${newline}Ver [guía](/g).${newline}`);
      expect(doc.frontMatter?.keys).toEqual(['title']);
      expect(doc.blocks[1]!.span).toMatchObject({ line: 5, column: 1 });
      expect(doc.blocks[2]!.features.links[0]!.span).toMatchObject({ line: 7, column: 5 });
      expect(doc.lineCount).toBe(7);
    }
  });

  it('reads MDX heading ids from the source and keeps them out of the title', () => {
    const doc = buildDocument('## 返回值 {/*returns*/}\n\n### Usage {#usage}\n');
    expect(doc.blocks.map((block) => [block.heading!.text, block.features.anchors])).toEqual([
      ['返回值', ['returns']],
      ['Usage', ['usage']],
    ]);
  });

  it('places front-matter YAML errors on the file’s own line', () => {
    const doc = buildDocument('---\ntitle: Guía: cómo funciona\n---\n');
    expect(doc.frontMatter?.error).toMatchObject({ line: 2 });
  });
});
