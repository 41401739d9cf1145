import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../core/index.js';
import { buildViewModel } from './build-view-model.js';
import type { Side } from '../../core/vocabulary/side.js';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');

describe('buildViewModel on the seed pair', () => {
  const comparison = compareDocuments(seed('smo.is.md'), seed('smo.no.md'), { leftPath: 'smo.is.md', rightPath: 'smo.no.md' });
  const view = buildViewModel({ id: 1, comparison, leftName: 'smo.is.md', rightName: 'smo.no.md', elapsed: 0 });
  const rangeTexts = (row: number, side: Side) => {
    const block = view.rows[row]![side]!;
    return block.findingRanges.map((range) => block.text.slice(range.start, range.end));
  };

  it('has one row per alignment row and marks the rows of the three findings (and the shared typo, as info)', () => {
    expect(view.rows).toHaveLength(comparison.report.alignment.length);
    expect(view.findings.map((f) => [f.check, f.row])).toEqual([
      ['link-span', 3],
      ['punctuation', 10],
      ['heading-format', 13],
      ['bullet-marker', 14],
    ]);
    expect(view.rows.filter((row) => row.severity !== null && row.severity !== 'info').map((row) => row.index)).toEqual([3, 13, 14]);
  });

  it('points each finding at what its check is about, on both sides', () => {
    expect(rangeTexts(3, 'left')).toEqual(['[samfélagsmiðlaneta](/social-networking-service-sns)', '[til](/social-networking-service-sns)']);
    expect(rangeTexts(3, 'right')).toEqual(['[sosiale](/social-networking-service-sns)', '[medienettverk for](/social-networking-service-sns)']);
    expect(rangeTexts(13, 'left')).toEqual(['##']);
    expect(rangeTexts(14, 'right')).toEqual(['–', '–']);
  });

  it('colors links by target, the same on both sides', () => {
    const colors = (side: Side) => view.rows[3]![side]!.highlights.filter((h) => h.kind === 'link').map((h) => h.color);
    expect(colors('left')).toEqual([0, 0]);
    expect(colors('right')).toEqual([0, 0]);
    expect(view.linkTargets).toEqual(['/social-networking-service-sns', '/digital-marketing', '/social-media', '/viral-marketing']);
  });

  it('keeps block text as the source lines', () => {
    expect(view.rows[13]!.left!.text).toBe('##Hápunktar');
    expect(view.left).toMatchObject({ language: 'is', languageSource: 'file name', dir: 'ltr' });
  });
});

describe('buildViewModel on a grouped finding', () => {
  // A Korean page whose new section was not translated yet: one untranslated finding for the run of four passages.
  const english = [
    '## Fragment refs',
    '',
    'Fragments let you group a list of children without adding extra nodes to the DOM.',
    '',
    'When you pass a ref to a Fragment, React provides a FragmentInstance object with methods for the children.',
    '',
    'The methods addEventListener and removeEventListener manage event listeners across all first-level DOM children.',
    '',
    'The methods focus and focusLast manage focus across all nested children, depth-first.',
    '',
    'The method getClientRects returns bounding rectangles of all first-level DOM children.',
    '',
  ].join('\n');
  const korean = english.replace(
    'Fragments let you group a list of children without adding extra nodes to the DOM.',
    'Fragment를 사용하면 DOM에 노드를 추가하지 않고 자식 목록을 그룹화할 수 있습니다.',
  );
  const comparison = compareDocuments(english, korean, { leftPath: 'en/Fragment.md', rightPath: 'ko/Fragment.md' });
  const view = buildViewModel({ id: 1, comparison, leftName: 'en/Fragment.md', rightName: 'ko/Fragment.md', elapsed: 0 });

  it('marks every row the finding names, not only its first', () => {
    const grouped = view.findings.filter((finding) => finding.check === 'untranslated');
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.related).toHaveLength(3);
    expect(view.rows.filter((row) => row.findings.includes(grouped[0]!.id)).map((row) => row.left?.line)).toEqual([5, 7, 9, 11]);
    expect(view.rows.filter((row) => row.severity === 'warning').map((row) => row.left?.line)).toEqual([5, 7, 9, 11]);
  });
});
