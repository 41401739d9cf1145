/**
 * missing-section: a heading and the blocks under it present on one side only.
 * Documents are written line by line (`lines(...)`) so that expected line numbers can be read off the source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'missing-section';
const corpus = process.env.MDPARITY_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus');
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

  // astro-docs guides/media in Chinese: the page still has an older section (“Why use DAM or hosted media?”) where the
  // English has “Why use hosted media?”; seed 18 row 138 was an error, “certainly gone”.
  const media = (language: string) => join(corpus, 'astro-docs', language, 'guides/media/index.mdx');
  it.runIf(existsSync(media('en')) && existsSync(media('zh-cn')))(
    'reports a section the translation has replaced by another in its place once, with both, as a warning (real zh-cn page)',
    () => {
      const found = compare(readFileSync(media('en'), 'utf8'), readFileSync(media('zh-cn'), 'utf8'), {
        leftPath: media('en'),
        rightPath: media('zh-cn'),
      }).findings.filter((f) => f.check === id);
      const replaced = found.find((f) => f.left?.line === 18);
      expect(replaced).toMatchObject({ severity: 'warning', right: { line: 24 } });
      expect(replaced!.message).toContain('“为什么要使用 DAM 或托管媒体？”');
      expect(replaced!.message).toContain('in its place that matches nothing on the left: rewritten, or translated from an older version');
      // Reported once: the Chinese section has no finding of its own.
      expect(found.filter((f) => f.right?.line === 24)).toHaveLength(1);
    },
  );

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

  describe('a section written as another kind of block is not certainly missing (nodebestpractices, block-loop)', () => {
    // The English page quotes the Node.js documentation and a blog post, each as a heading and a source line; older
    // translations keep the quotes as `>` quotes and lack the long excerpt the English added since.
    const english = lines(
      '# Don’t block the event loop',
      '',
      '### "Here’s a good rule of thumb for keeping your Node server speedy: Node is fast when the work is small."', // 3
      'From Node.js Documentation - [Don’t Block the Event Loop](https://nodejs.org/en/docs/guides/dont-block-the-event-loop/)',
      '',
      '> The secret to the scalability of Node.js is that it uses a small number of threads to handle many clients.', // 6
      '> But because Node.js has only a few threads, you must structure your application to use them wisely.',
      '',
      '### "Most people fail their first few NodeJS apps merely due to the lack of understanding of the Event Loop"', // 9
      'From Deepal’s Blog - [Event Loop Best Practices](https://blog.insiderattack.net/event-loop-best-practices-part-5)', // 10
    );
    const russianStart = [
      '# Не блокируйте цикл событий',
      '',
      'Вот хорошее эмпирическое правило для поддержания скорости вашего Node-сервера: Node работает быстро, когда работа мала.',
      '>[Don’t Block the Event Loop | Node.js](https://nodejs.org/en/docs/guides/dont-block-the-event-loop/)',
      '',
    ];
    // The first quote's heading alone has no counterpart (its lines are aligned): info, and not what these tests are about.
    const quoteFindings = (right: string) => findingsOf(english, right).filter((finding) => finding.left?.line === 9);

    it('reports a quote kept in English as a `>` quote (Polish) as a warning that names the block quote', () => {
      const polish = lines(
        '# Nie blokuj pętli zdarzeń',
        '',
        '>Here’s a good rule of thumb for keeping your Node server speedy: Node is fast when the work is small.',
        '>[Don’t Block the Event Loop | Node.js](https://nodejs.org/en/docs/guides/dont-block-the-event-loop/)',
        '',
        '> Most people fail their first few NodeJS apps merely due to the lack of understanding of the Event Loop', // 6
        '[Event Loop Best Practices](https://jsblog.insiderattack.net/event-loop-best-practices-part-5)',
      );
      const found = quoteFindings(polish);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 9, endLine: 10 }, right: null });
      expect(found[0]!.message).toBe(
        'The left section “"Most people fail their first few NodeJ…” (lines 9–10) has no heading counterpart on the right, but its heading’s words are in a block quote at line 6 there: the section is written as another kind of block, not missing.',
      );
    });

    it('reports a translated quote whose link moved to another host of the same site (Russian) as a warning, not an error', () => {
      const russian = lines(
        ...russianStart,
        '> Большинство людей терпят неудачу в своих первых приложениях NodeJS из-за непонимания цикла событий', // 6
        '[Event Loop Best Practices](https://jsblog.insiderattack.net/event-loop-best-practices-part-5)',
      );
      const found = quoteFindings(russian);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 9, endLine: 10 }, right: null });
      expect(found[0]!.message).toContain(
        'a link to “https://blog.insiderattack.net/event-loop-best-practices-part-5” (as “https://jsblog.insiderattack.net/event-loop-best-practices-part-5”, another host of the same site) occurs elsewhere on the right (a block quote at line 6)',
      );
    });

    it('still reports the section as certainly missing (an error) when the Russian links another post or another site', () => {
      for (const url of [
        'https://blog.insiderattack.net/event-loop-and-the-big-picture-part-1',
        'https://medium.com/event-loop-best-practices-part-5',
      ]) {
        const russian = lines(...russianStart, `> Подробнее о цикле событий: [блог Деепала](${url}).`);
        expect(quoteFindings(russian)).toMatchObject([{ severity: 'error', left: { line: 9, endLine: 10 }, right: null }]);
      }
    });

    it('counts the characters of a heading in a script without spaces (a Japanese quote kept in a Korean `>` quote)', () => {
      const japanese = lines(
        '# イベントループをブロックしない',
        '',
        '### 「Node は、各クライアントに関連する作業が小さいときに高速です」',
        '出典: Node.js ドキュメント - [イベントループをブロックしない](https://nodejs.org/en/docs/guides/dont-block-the-event-loop/)',
        '',
        '> Node.js のスケーラビリティの秘密は、少数のスレッドで多くのクライアントを処理することです。',
        '> しかし、Node.js のスレッドは少ないため、それらを賢く使うようにアプリケーションを構成する必要があります。',
        '',
        '### 「ほとんどの人は、イベントループを理解していないために最初の Node.js アプリで失敗します」', // 9
        '出典: Deepal のブログ - [イベントループのベストプラクティス](https://blog.insiderattack.net/event-loop-best-practices-part-5)',
      );
      const korean = lines(
        '# 이벤트 루프를 막지 마세요',
        '',
        'Node는 각 클라이언트와 관련된 작업이 작을 때 빠릅니다.',
        '>[Don’t Block the Event Loop | Node.js](https://nodejs.org/en/docs/guides/dont-block-the-event-loop/)',
        '',
        '> 「ほとんどの人は、イベントループを理解していないために最初の Node.js アプリで失敗します」', // 6
        '> (대부분의 사람들은 이벤트 루프를 이해하지 못해 첫 Node.js 앱에서 실패합니다)',
      );
      const found = findingsOf(japanese, korean).filter((finding) => finding.left?.line === 9);
      expect(found).toMatchObject([{ severity: 'warning', left: { line: 9, endLine: 10 }, right: null }]);
      expect(found[0]!.message).toContain('its heading’s words are in a block quote at line 6 there');
    });

    it('does not take a short heading’s words in a paragraph for the section (German ↔ English)', () => {
      const german = lines('# Anleitung', '', '## Installation', '', 'Führen Sie `npm install` aus.', '', '## Nutzung', '', 'Rufen Sie `run()` auf.');
      const english2 = lines('# Guide', '', '## Usage', '', 'Call `run()`. Installation is described elsewhere.');
      expect(findingsOf(german, english2)).toMatchObject([{ severity: 'error', left: { line: 3, endLine: 5 }, right: null }]);
    });
  });
});
