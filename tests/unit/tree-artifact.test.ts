/**
 * The tree's Markdown artifact stays within GitHub's job-summary limit however large the run (the worst
 * pages first, the rest counted), and the page order puts a mostly stale page first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jobSummaryLimit, pageOrder, writeTreeArtifact } from '../../src/cli/tree-artifact.js';
import type { TreeReport } from '../../src/cli/tree.js';
import { compare } from '../../src/core/index.js';
import { writeMarkdown } from '../../src/core/report/markdown.js';

const is = readFileSync('seeds/smo.is.md', 'utf8');
const no = readFileSync('seeds/smo.no.md', 'utf8');

function treeOf(count: number): { tree: TreeReport; pages: Map<string, string> } {
  const report = compare(is, no, { leftPath: 'docs/is/smo.md', rightPath: 'docs/no/smo.md' });
  // A page translated from an old version: only the first two sections.
  const stale = compare(is, no.split('\n').slice(0, 12).join('\n'), { leftPath: 'docs/is/gamalt.md', rightPath: 'docs/no/gammel.md' });
  const files: TreeReport['files'] = Array.from({ length: count }, (_, index) => ({
    path: `greinar/${String(index).padStart(4, '0')}-smo.md`,
    status: 'compared' as const,
    report,
    leftPath: 'docs/is/smo.md',
    rightPath: 'docs/no/smo.md',
  }));
  files.push({ path: 'gammel.md', status: 'compared', report: stale, leftPath: 'docs/is/gamalt.md', rightPath: 'docs/no/gammel.md' });
  files.push({ path: 'ny.md', status: 'left-only' });
  const pages = new Map(files.map((file) => [file.path, file.status === 'compared' ? writeMarkdown(file.report) : '']));
  const tree: TreeReport = {
    schemaVersion: '1.0',
    left: 'docs/is',
    right: 'docs/no',
    summary: {
      files: files.length,
      compared: count + 1,
      clean: 0,
      leftOnly: 1,
      rightOnly: 0,
      failed: 0,
      skipped: 0,
      collisions: 0,
      error: 0,
      warning: 3 * count,
      info: count,
      accepted: 0,
    },
    files,
    skipped: [],
    collisions: [],
  };
  return { tree, pages };
}

describe('the tree Markdown artifact', () => {
  it('holds every page when it fits', () => {
    const { tree, pages } = treeOf(3);
    const markdown = writeTreeArtifact('markdown', tree, pages, { allowMissing: false, failOn: 'error' });
    expect(markdown.match(/^#### /gm)).toHaveLength(4);
    expect(markdown).not.toContain('full report');
    expect(pageOrder(tree.files)[0]!.path).toBe('gammel.md');
    expect(markdown).toMatch(/\| `gammel\.md` \| \*\*retranslate\*\* \|/);
  });

  it.each([60, 3000])('stays within %s pages’ worth under the 65,536-character limit, worst first, the rest counted', (count) => {
    const { tree, pages } = treeOf(count);
    const markdown = writeTreeArtifact('markdown', tree, pages, { allowMissing: false, failOn: 'error' });
    expect(markdown.length).toBeLessThanOrEqual(jobSummaryLimit);
    expect(markdown).toMatch(/more pages? (with findings: see|are in) the full report/);
    // The missing page and the stale page come before the rest.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows[0]).toContain('docs/is/ny.md');
    expect(rows[1]).toContain('gammel.md');
  });
});
