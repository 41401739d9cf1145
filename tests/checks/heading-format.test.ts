/** heading-format: `##Title` (no space: a paragraph to CommonMark), or setext against ATX. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'heading-format';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const german = lines('# Werkzeug', '', '## Highlights', '', 'Das Wichtigste in Kürze: `npm i`.');

describe('heading-format', () => {
  it('accepts ATX headings with a space on both sides (Icelandic)', () => {
    const icelandic = lines('# Verkfæri', '', '## Hápunktar', '', 'Það mikilvægasta í stuttu máli: `npm i`.');
    expect(findingsOf(german, icelandic)).toEqual([]);
  });

  it('accepts closing hashes and an issue number such as `#1` at the start of a paragraph', () => {
    const spanish = lines('# Herramienta #', '', '## Lo más destacado ##', '', 'Lo esencial en breve: `npm i`.');
    expect(findingsOf(german, spanish)).toEqual([]);
    const rank = findingsOf(lines('# Regeln', '', '#1 ist die wichtigste Regel.'), lines('# Reglas', '', '#1 es la regla más importante.'));
    expect(rank).toEqual([]);
  });

  it('reports an Icelandic heading with no space after the hashes', () => {
    const icelandic = lines('# Verkfæri', '', '##Hápunktar', '', 'Það mikilvægasta í stuttu máli: `npm i`.');
    const report = compare(german, icelandic);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, column: 1 }, right: { line: 3, column: 1, endLine: 3 } });
    expect(found[0]!.message).toContain('the left has a proper heading “Highlights”');
    expect(found[0]!.message).toContain('the right writes “##Hápunktar” with no space after the hashes');
    // Read as the heading it was meant to be: the sections still align, nothing else is reported.
    expect(report.findings.map((f) => f.check)).toEqual([id]);
  });

  it('reports a Japanese `##インストール` against a proper English heading', () => {
    const ja = lines('# はじめに', '', '##インストール', '', '`npm install` を実行します。');
    const en = lines('# Introduction', '', '## Installation', '', 'Run `npm install`.');
    const found = findingsOf(ja, en);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 3 }, right: { line: 3 } }]);
    expect(found[0]!.message).toContain('the left writes “##インストール”');
    expect(found[0]!.message).toContain('the right has a proper heading “Installation”');
  });

  it('softens the same defect on both sides to info', () => {
    const left = lines('##Highlights', '', 'Das Wichtigste in Kürze.');
    const right = lines('##Hápunktar', '', 'Það mikilvægasta í stuttu máli.');
    const found = findingsOf(left, right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', left: { line: 1 }, right: { line: 1 } });
    expect(found[0]!.message).toContain('the left writes “##Highlights”');
    expect(found[0]!.message).toContain('the right writes “##Hápunktar”');
  });

  it('reports a `###Title` with no counterpart, naming the missing side', () => {
    const polish = lines('# Przewodnik', '', 'Wstęp do `run()`.', '', '###Szczegóły', '', 'Więcej o `run()` i `stop()`.');
    const korean = lines('# 안내서', '', '`run()` 소개.');
    const found = findingsOf(polish, korean);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 5 }, right: null });
    expect(found[0]!.message).toContain('the right has no counterpart');
  });

  it('reports a setext heading against an ATX heading as info (they render alike)', () => {
    const setext = lines('Einleitung', '==========', '', 'Text hier.', '', 'Installation', '------------', '', 'Mehr Text.');
    const atx = lines('# Introducción', '', 'Texto aquí.', '', '## Instalación', '', 'Más texto.');
    const found = findingsOf(setext, atx);
    expect(found.map((f) => [f.severity, f.left?.line, f.left?.endLine, f.right?.line])).toEqual([
      ['info', 1, 2, 1],
      ['info', 6, 7, 5],
    ]);
    expect(found[0]!.message).toBe(
      'Heading forms differ: the left is a setext heading (underlined), the right an ATX heading (`#`) (they render alike).',
    );
  });

  it('accepts setext headings on both sides', () => {
    const left = lines('Einleitung', '==========', '', 'Text hier.');
    const right = lines('Introduction', '============', '', 'Texte ici.');
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('keeps the column of a `##Title` in an Arabic document exact', () => {
    const arabic = lines('# الدليل', '', '##التثبيت', '', 'شغّل `npm install`.');
    const english = lines('# Guide', '', '## Installation', '', 'Run `npm install`.');
    const report = compare(arabic, english);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 3, column: 1, endLine: 3 } }]);
    expect(found[0]!.message).toContain('“##التثبيت”');
    expect(report.sections.map((s) => s.left?.title)).toContain('التثبيت');
  });
});
