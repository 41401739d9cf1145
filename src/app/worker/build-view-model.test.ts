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

  it('offers the core’s fix on the finding the translation can be fixed for (the pseudo-bullets), and on no other', () => {
    expect(view.findings.filter((f) => f.fix).map((f) => f.check)).toEqual(['bullet-marker']);
    const edits = view.findings.find((f) => f.fix)!.fix!.edits;
    expect(edits.map((edit) => [edit.line, edit.before.slice(edit.start, edit.beforeEnd), edit.after.slice(edit.start, edit.afterEnd)])).toEqual([
      [32, '–', '-'],
      [36, '–', '-'],
    ]);
    // The Icelandic side as the translation: its `##Hápunktar` gets the space, marked as the one character added.
    const swapped = buildViewModel({
      id: 2,
      comparison: compareDocuments(seed('smo.no.md'), seed('smo.is.md'), { leftPath: 'smo.no.md', rightPath: 'smo.is.md' }),
      leftName: 'smo.no.md',
      rightName: 'smo.is.md',
      elapsed: 0,
    });
    expect(swapped.findings.filter((f) => f.fix).map((f) => [f.check, f.fix!.edits])).toEqual([
      ['heading-format', [{ line: 30, before: '##Hápunktar', after: '## Hápunktar', start: 2, beforeEnd: 2, afterEnd: 3 }]],
    ]);
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

describe('buildViewModel marks what a content finding is about', () => {
  const german = [
    '# Installation',
    '',
    'Installieren Sie zuerst die Abhängigkeiten mit `npm ci`, bauen Sie das Projekt mit `npm run build` und öffnen Sie dann',
    '`dist/index.html` im Browser. Der Build dauert auf einem Laptop etwa 40 Sekunden und belegt 250 MB.',
    '',
  ].join('\n');
  const spanish = [
    '# Instalación',
    '',
    'Instale primero las dependencias con `npm ci`, construya el proyecto con `npm ejecutar build` y abra después',
    '`dist/index.html` en el navegador. La compilación tarda unos 40 segundos en un portátil y ocupa 25 MB.',
    '',
  ].join('\n');
  const comparison = compareDocuments(german, spanish, { leftPath: 'install.de.md', rightPath: 'install.es.md' });
  const view = buildViewModel({ id: 1, comparison, leftName: 'install.de.md', rightName: 'install.es.md', elapsed: 0 });
  const marked = (check: string, side: Side) => {
    const finding = view.findings.find((f) => f.check === check)!;
    const block = view.rows[finding.row!]![side]!;
    return block.findingRanges
      .filter((range) => range.finding === finding.id)
      .map((range) => (range.whole ? '(whole)' : block.text.slice(range.start, range.end)));
  };

  it('a code-span finding marks the code spans that differ on each side, not the paragraph', () => {
    expect(marked('code-span', 'left')).toEqual(['`npm run build`']);
    expect(marked('code-span', 'right')).toEqual(['`npm ejecutar build`']);
  });

  it('a number finding marks the numbers that differ', () => {
    expect(marked('number-mismatch', 'left')).toEqual(['250']);
    expect(marked('number-mismatch', 'right')).toEqual(['25']);
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
