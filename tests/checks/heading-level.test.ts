/** heading-level: aligned headings at different levels; one finding for a consistent shift of every heading. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'heading-level';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const german = lines(
  '# Handbuch', // 1
  '',
  '## Einrichtung', // 3
  '',
  'Installieren Sie Node.js 20.',
  '',
  '### Voraussetzungen', // 7
  '',
  'Sie brauchen `git` und `npm`.',
);

describe('heading-level', () => {
  it('accepts a Spanish translation with the same outline', () => {
    const spanish = lines('# Manual', '', '## Configuración', '', 'Instale Node.js 20.', '', '### Requisitos previos', '', 'Necesita `git` y `npm`.');
    expect(findingsOf(german, spanish)).toEqual([]);
  });

  it('accepts a setext H1/H2 against ATX # and ## (the same levels)', () => {
    const setext = lines('Handbuch', '========', '', 'Einrichtung', '-----------', '', 'Installieren Sie Node.js 20.');
    const atx = lines('# Håndbok', '', '## Oppsett', '', 'Installer Node.js 20.');
    expect(findingsOf(setext, atx)).toEqual([]);
  });

  it('reports one heading promoted from H3 to H2 in the Spanish version', () => {
    const spanish = lines('# Manual', '', '## Configuración', '', 'Instale Node.js 20.', '', '## Requisitos previos', '', 'Necesita `git` y `npm`.');
    const found = findingsOf(german, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 7, column: 1 }, right: { line: 7, column: 1 } });
    expect(found[0]!.message).toBe('Heading levels differ: the left “Voraussetzungen” is H3, the right “Requisitos previos” is H2.');
  });

  it('reports a consistent shift of every heading once (French one level deeper)', () => {
    const french = lines('## Manuel', '', '### Installation', '', 'Installez Node.js 20.', '', '#### Prérequis', '', 'Il vous faut `git` et `npm`.');
    const found = findingsOf(german, french);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 1 }, right: { line: 1 } });
    expect(found[0]!.message).toBe('Every heading is shifted by 1 level: the left starts at H1, the right at H2.');
  });

  it('reports a shift of two levels (Chinese H3… against Japanese H1…) once, with the plural', () => {
    const ja = lines('# ガイド', '', '`npm install` を実行します。', '', '## 使い方', '', '`run()` を呼び出します。');
    const zh = lines('### 指南', '', '运行 `npm install`。', '', '#### 用法', '', '调用 `run()`。');
    const found = findingsOf(ja, zh);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Every heading is shifted by 2 levels: the left starts at H1, the right at H3.');
  });

  it('reports each heading when the shift is not the same everywhere', () => {
    const polish = lines(
      '## Podręcznik', // H2 for H1
      '',
      '### Konfiguracja', // H3 for H2
      '',
      'Zainstaluj Node.js 20.',
      '',
      '### Wymagania', // H3 for H3: unchanged
      '',
      'Potrzebujesz `git` i `npm`.',
    );
    const found = findingsOf(german, polish);
    expect(found.map((f) => [f.left?.line, f.right?.line])).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(found[0]!.message).toContain('the left “Handbuch” is H1, the right “Podręcznik” is H2');
    expect(found[1]!.message).toContain('the left “Einrichtung” is H2, the right “Konfiguracja” is H3');
  });

  it('reports a single pair of headings individually, not as a document-wide shift', () => {
    const found = findingsOf(lines('# Handbuch', '', 'Text hier.'), lines('## Håndbok', '', 'Tekst her.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Heading levels differ: the left “Handbuch” is H1, the right “Håndbok” is H2.');
  });

  it('compares the level of a setext heading (H2) with an ATX ### (Arabic)', () => {
    const setext = lines('Handbuch', '========', '', 'Text hier.', '', 'Einrichtung', '-----------', '', 'Mehr Text zu `npm`.');
    const arabic = lines('# دليل', '', 'نص هنا.', '', '### الإعداد', '', 'نص أكثر عن `npm`.');
    const found = findingsOf(setext, arabic);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 6, endLine: 7 }, right: { line: 5, endLine: 5 } });
    expect(found[0]!.message).toBe('Heading levels differ: the left “Einrichtung” is H2, the right “الإعداد” is H3.');
  });

  it('reads the level of a `##Title` written without a space (Icelandic)', () => {
    const icelandic = lines('# Handbók', '', '###Uppsetning', '', 'Settu upp Node.js 20.');
    const norwegian = lines('# Håndbok', '', '## Oppsett', '', 'Installer Node.js 20.');
    const found = findingsOf(icelandic, norwegian);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toContain('the left “Uppsetning” is H3, the right “Oppsett” is H2');
  });

  it('ignores headings without a counterpart (a missing section is not a level change)', () => {
    const spanish = lines('# Manual', '', '## Configuración', '', 'Instale Node.js 20.');
    expect(findingsOf(german, spanish)).toEqual([]);
  });
});
