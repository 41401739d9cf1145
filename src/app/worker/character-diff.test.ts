import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index.js';
import { buildViewModel } from './build-view-model.js';

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

  it('marks nothing when the targets are wholly different', () => {
    const model = view(
      '# Setup\n\nSee [the guide](https://example.com/guide) for details.\n',
      '# Einrichtung\n\nSiehe [die Anleitung](https://other.org/x/y/z) für Details.\n',
    );
    for (const row of model.rows) for (const side of [row.left, row.right]) expect(diffs(side?.text ?? '', side?.highlights ?? [])).toEqual([]);
  });
});
