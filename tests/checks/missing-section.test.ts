/**
 * missing-section: a heading and the blocks under it present on one side only.
 * Documents are written line by line (`lines(...)`) so that expected line numbers can be read off the source.
 */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'missing-section';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const spanishGuide = lines(
  '# Guía', //                       1
  '',
  '## Instalación', //               3
  '',
  'Ejecuta `npm install` en la carpeta del proyecto.', // 5
  '',
  '## Uso', //                       7
  '',
  'Llama a `run()` con la ruta del archivo.', // 9
);

describe('missing-section', () => {
  it('accepts a faithful French translation of a Spanish guide', () => {
    const french = lines(
      '# Guide',
      '',
      '## Installation',
      '',
      'Exécutez `npm install` dans le dossier du projet.',
      '',
      '## Utilisation',
      '',
      'Appelez `run()` avec le chemin du fichier.',
    );
    expect(findingsOf(spanishGuide, french)).toEqual([]);
  });

  it('accepts a Japanese ↔ Chinese pair with translated headings', () => {
    const ja = lines('# ガイド', '', '## インストール', '', '`npm install` を実行します。', '', '## 使い方', '', '`run()` を呼び出します。');
    const zh = lines('# 指南', '', '## 安装', '', '运行 `npm install`。', '', '## 用法', '', '调用 `run()`。');
    expect(findingsOf(ja, zh)).toEqual([]);
  });

  it('reports a section the French version dropped, with the whole section span', () => {
    const french = lines('# Guide', '', '## Utilisation', '', 'Appelez `run()` avec le chemin du fichier.');
    const report = compare(spanishGuide, french);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'error', left: { line: 3, column: 1, endLine: 5 }, right: null });
    expect(found[0]!.message).toContain('left section “Instalación”');
    expect(found[0]!.message).toContain('lines 3–5');
    expect(found[0]!.message).toContain('no counterpart on the right');
    // The paragraph of the missing section is covered by this finding, not repeated by missing-block,
    // and the section after it still pairs with its true counterpart.
    expect(report.findings.map((f) => f.check)).toEqual([id]);
  });

  it('reports a section only the right (Spanish) has, at the right line, as a warning: it may be the translator’s own', () => {
    const german = lines('# Anleitung', '', '## Installation', '', 'Führen Sie `npm install` aus.', '', '## Nutzung', '', 'Rufen Sie `run()` auf.');
    const spanish = lines(
      '# Guía',
      '',
      '## Instalación',
      '',
      'Ejecuta `npm install`.',
      '',
      '## Uso',
      '',
      'Llama a `run()`.',
      '',
      '## Preguntas frecuentes', // 11
      '',
      'Consulta las [preguntas frecuentes](/faq) en línea.', // 13
    );
    const found = findingsOf(german, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: null, right: { line: 11, endLine: 13 } });
    expect(found[0]!.message).toBe(
      'The right section “Preguntas frecuentes” (lines 11–13) has no counterpart on the left: none of its links, code or numbers occurs anywhere on the left.',
    );
  });

  it('keeps later sections aligned when a middle section is missing (Korean ↔ Arabic)', () => {
    const korean = lines(
      '# 안내서',
      '',
      '## 설치', // 3
      '',
      '`npm install`을 실행하세요.',
      '',
      '## 설정', // 7
      '',
      '`config.json` 파일에서 `port`를 8080으로 설정하세요.', // 9
      '',
      '## 문제 해결', // 11
      '',
      '[자주 묻는 질문](/faq)을 보세요.',
    );
    const arabic = lines(
      '# دليل',
      '',
      '## التثبيت',
      '',
      'شغّل `npm install`.',
      '',
      '## استكشاف الأخطاء', // 7
      '',
      'راجع [الأسئلة الشائعة](/faq).',
    );
    const report = compare(korean, arabic);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 7, endLine: 9 }, right: null });
    expect(found[0]!.message).toContain('“설정”');
    // The Korean troubleshooting section pairs with the Arabic one: no other finding at all.
    expect(report.findings).toHaveLength(1);
    const troubleshooting = report.alignment.find((row) => row.left?.line === 11);
    expect(troubleshooting?.right).toMatchObject({ line: 7, kind: 'heading' });
  });

  it('reports a dropped section once, with a span that includes its subsections', () => {
    const polish = lines(
      '# Przewodnik',
      '',
      '## Instalacja', // 3
      '',
      'Uruchom `npm install`.',
      '',
      '### Wymagania', // 7
      '',
      'Node.js 20 lub nowszy.', // 9
      '',
      '## Użycie', // 11
      '',
      'Wywołaj `run()`.',
      '',
      '## Licencja',
      '',
      '[MIT](/license).',
    );
    const japanese = lines('# ガイド', '', '## 使い方', '', '`run()` を呼び出します。', '', '## ライセンス', '', '[MIT](/license)。');
    const report = compare(polish, japanese);
    // The subsection “Wymagania” is part of the finding on its parent, not a second error.
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ check: id, severity: 'error', left: { line: 3, endLine: 9 }, right: null });
    expect(report.findings[0]!.message).toContain('“Instalacja” (lines 3–9)');
  });

  it('reports a subsection on its own when its parent section is there', () => {
    const polish = lines('# Przewodnik', '', '## Instalacja', '', 'Uruchom `npm install`.', '', '### Wymagania', '', 'Node.js 20 lub nowszy.');
    const japanese = lines('# ガイド', '', '## インストール', '', '`npm install` を実行します。');
    const found = findingsOf(polish, japanese);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 7, endLine: 9 }, right: null });
    expect(found[0]!.message).toContain('“Wymagania”');
  });

  it('names a dropped section written as `##Title` by its title (Icelandic ↔ Norwegian)', () => {
    const icelandic = lines(
      '# Leiðbeiningar',
      '',
      '##Uppsetning', // 3
      '',
      'Keyrðu `npm install` fyrst.',
      '',
      '## Notkun', // 7
      '',
      'Kallaðu á `run()`.',
    );
    const norwegian = lines('# Veiledning', '', '## Bruk', '', 'Kall `run()`.');
    const found = findingsOf(icelandic, norwegian);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 3, endLine: 5 }, right: null });
    expect(found[0]!.message).toContain('“Uppsetning”');
  });

  it('reports the whole non-empty side as one missing section when the other side is empty', () => {
    const hebrew = lines('# מדריך', '', 'התקינו את החבילה עם `npm install`.', '', '## שימוש', '', 'קראו ל-`run()`.');
    const found = findingsOf('', hebrew);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: null, right: { line: 1, endLine: 7 } });
    // The same document missing from the right is certainly lost: an error.
    expect(findingsOf(hebrew, '')).toMatchObject([{ severity: 'error', left: { line: 1, endLine: 7 }, right: null }]);
    expect(found[0]!.message).toContain('right section “מדריך” (lines 1–7)');
  });
});
