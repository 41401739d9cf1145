import { describe, expect, it } from 'vitest';
import type { BlockView } from '../../protocol.js';
import { highlightTree } from './highlight-tree.js';

describe('highlightTree', () => {
  it('nests ranges and merges a finding into the highlight it points at', () => {
    const block: BlockView = {
      line: 1,
      endLine: 1,
      kind: 'paragraph',
      text: 'See [page 42](/p) now',
      highlights: [
        { start: 4, end: 17, kind: 'link', label: 'link', color: 0 },
        { start: 10, end: 12, kind: 'number', label: '42' },
      ],
      findingRanges: [{ finding: 3, start: 4, end: 17, whole: false }],
      truncated: 0,
    };
    const tree = highlightTree(block);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]).toMatchObject({ start: 4, end: 17, findings: [3] });
    expect(tree.children[0]!.children[0]).toMatchObject({ start: 10, end: 12, findings: [] });
  });

  it('makes one mark of highlights of one kind over one range, however many there are', () => {
    const text = '<table><tr><td><a href="https://github.com/a">A</a></td></tr></table>';
    const links = Array.from({ length: 400 }, (_, i) => ({ start: 0, end: text.length, kind: 'link' as const, label: `Link ${i + 1}` }));
    const block: BlockView = {
      line: 1,
      endLine: 1,
      kind: 'html',
      text,
      highlights: [...links, { start: 0, end: text.length, kind: 'image', label: 'Image' }],
      findingRanges: [],
      truncated: 0,
    };
    const tree = highlightTree(block);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.highlight?.label).toBe('Link 1');
    expect(tree.children[0]!.children).toHaveLength(1);
    expect(tree.children[0]!.children[0]!.children).toHaveLength(0);
  });
});
