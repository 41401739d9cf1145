/** punctuation: doubled or stray marks, unbalanced brackets and quotes, ending marks of different kinds. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'punctuation';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, leftPath?: string, rightPath?: string): Finding[] =>
  compare(left, right, { leftPath, rightPath }).findings.filter((f) => f.check === id);

describe('punctuation', () => {
  it('accepts each language’s own conventions', () => {
    const pairs: Array<[string, string, string, string]> = [
      ['Was ist ein „Token“ (kurz: Schlüssel)?', 'Qu’est-ce qu’un « jeton » (en bref : une clé) ?', 'a.de.md', 'a.fr.md'],
      ['Was ist ein Token?', '¿Qué es un token?', 'a.de.md', 'a.es.md'],
      ['Co to jest „token”?', 'Hva er et «token»?', 'a.pl.md', 'a.no.md'],
      ['What is a token? It is, in short, a “key”.', 'トークンとは何ですか？「鍵」のようなものです。', 'a.en.md', 'a.ja.md'],
      ['What is a token? It is (in short) a key.', '令牌是什么？它（简单说）是一把钥匙。', 'a.en.md', 'a.zh.md'],
      ['What is a token? It is, in short, a key.', 'ما هو الرمز المميز؟ إنه، باختصار، مفتاح.', 'a.en.md', 'a.ar.md'],
      ['## What is a token?', '## ما هو الرمز المميز؟', 'a.en.md', 'a.ar.md'],
      ['The steps are: 1) install, 2) configure.', 'Die Schritte sind: 1) installieren, 2) konfigurieren.', 'a.en.md', 'a.de.md'],
      ['Wie funktioniert das?', 'どのように動作するのでしょうか。', 'a.de.md', 'a.ja.md'],
      // Hebrew abbreviations take a straight quote as gershayim (nodebestpractices he README: דו"ח, a report).
      ['Send a report to the team.', 'שלחו דו"ח לצוות.', 'a.en.md', 'a.he.md'],
    ];
    for (const [left, right, leftPath, rightPath] of pairs) expect(findingsOf(lines(left), lines(right), leftPath, rightPath)).toEqual([]);
  });

  it('reports `,.` in the translation as a warning, in the source only or on both sides as info (the seed’s shared typo)', () => {
    const found = findingsOf(
      lines('Esta estrategia, llamada [marketing viral](/viral), intenta más.'),
      lines('Diese Strategie, genannt [virales Marketing](/viral),. versucht mehr.'),
    );
    expect(found).toMatchObject([{ check: id, severity: 'warning', left: { line: 1 }, right: { line: 1 } }]);
    expect(found[0]!.message).toMatch(/^The right has doubled punctuation “,\.”: “…nt virales Marketing,\. versucht me…”\.$/);
    const sourceOnly = findingsOf(
      lines('Diese Strategie, genannt [virales Marketing](/viral),. versucht mehr.'),
      lines('Esta estrategia, llamada [marketing viral](/viral), intenta más.'),
    );
    expect(sourceOnly).toMatchObject([{ check: id, severity: 'info' }]);
    expect(sourceOnly[0]!.message).toMatch(/^The left has doubled punctuation .*; only the source has it, the translation does not\.$/);
    const shared = findingsOf(
      lines('Diese Strategie, genannt [virales Marketing](/viral),. versucht mehr.'),
      lines('Esta estrategia, llamada [marketing viral](/viral),. intenta más.'),
    );
    expect(shared).toMatchObject([{ severity: 'info', left: { line: 1 }, right: { line: 1 } }]);
    expect(shared[0]!.message).toContain('Both sides have doubled punctuation');
  });

  it('reports a space before a comma and full-width doubled marks', () => {
    expect(findingsOf(lines('Start the server, then open it.'), lines('Uruchom serwer , a potem go otwórz.'))[0]!.message).toContain(
      'The right has a space before “,”: “Uruchom serwer , a potem go',
    );
    expect(findingsOf(lines('See the examples below.'), lines('参见下方更多示例。。'))[0]!.message).toContain('doubled punctuation “。。”');
    // A space between a Latin word and a full-width mark is a style matter in Chinese: info.
    expect(findingsOf(lines('It renders the components to HTML.'), lines('它把组件渲染为 HTML 。'))).toMatchObject([{ severity: 'info' }]);
  });

  it('reports an unclosed bracket, and one that a smiley or an enumerator does not explain', () => {
    const found = findingsOf(lines('Read the guide (see [security](/security)).'), lines('Lesen Sie die Anleitung (siehe [Sicherheit](/security).'));
    expect(found).toMatchObject([{ severity: 'warning', right: { line: 1 } }]);
    expect(found[0]!.message).toContain('The right has unbalanced parentheses: 1 “(” against 0 “)”');
    expect(
      findingsOf(lines('Done :) and the steps: a) install, b) run.'), lines('Fertig :) und die Schritte: a) installieren, b) starten.')),
    ).toEqual([]);
  });

  it('reports an opening ¿ never closed, and a Spanish question without ¿ as info', () => {
    expect(findingsOf(lines('Was ist das?'), lines('¿Qué es esto.'), 'a.de.md', 'a.es.md').map((f) => f.severity)).toContain('warning');
    const missing = findingsOf(lines('Was ist das?'), lines('Qué es esto?'), 'a.de.md', 'a.es.md');
    expect(missing).toMatchObject([{ severity: 'info' }]);
    expect(missing[0]!.message).toContain('a question without its opening “¿”');
  });

  it('reports a heading that asks against one that states as a warning, a paragraph as info', () => {
    const heading = findingsOf(lines('## Was ist ein Token?'), lines('## Czym jest token.'));
    expect(heading).toMatchObject([{ severity: 'warning', left: { line: 1 }, right: { line: 1 } }]);
    expect(heading[0]!.message).toBe(
      'Ending marks differ in kind: the left heading ends as a question (“Was ist ein Token?”), the right as a statement (“Czym jest token.”).',
    );
    expect(findingsOf(lines('Can you fix this component?'), lines('このコンポーネントを修正してみてください。'))).toMatchObject([
      { severity: 'info' },
    ]);
  });

  it('sets inline code and URLs aside', () => {
    expect(
      findingsOf(lines('Use `a ,. b` or https://example.com/a,.b here.'), lines('Nutzen Sie `a ,. b` oder https://example.com/a,.b hier.')),
    ).toEqual([]);
  });

  it('reads a quote the source leaves open, left open in the translation’s own marks, as copied from the source (nodebestpractices, Japanese)', () => {
    const english = lines(
      'Blog Ben Nadel (ranked 5 for the keywords “Node.js error object”)',
      '',
      '>…”Personally, I don’t see the value in having lots of different types of error objects [in contrast with having only one] – JavaScript, as a language, doesn’t seem to cater to Constructor-based error-catching…',
    );
    const japanese = lines(
      'ブログ Ben Nadel（「Node.js error object」というキーワードで 5 位）より',
      '',
      '>…「個人的には、（ただ一つのエラーオブジェクト型を持つことに比べて）たくさんのエラーオブジェクト型を持つことに価値があると思えません - JavaScript は言語として、コンストラクタベースのエラー捕捉には適していないようです…',
    );
    const found = findingsOf(
      english,
      japanese,
      'en/sections/errorhandling/useonlythebuiltinerror.md',
      'ja/sections/errorhandling/useonlythebuiltinerror.md',
    );
    expect(found).toMatchObject([{ severity: 'info', left: { line: 3 }, right: { line: 3 } }]);
    expect(found[0]!.message).toBe('Both sides have an unpaired curly double quote (the right in its own marks) (copied from the source).');
  });

  it('reads a spaced ellipsis `. . .` as an ellipsis, not as stray full stops (Astro tutorial quiz, Korean)', () => {
    const english = lines(
      '## Test your knowledge',
      '',
      '3. Content collections uses TypeScript . . .',
      '',
      '   - to make me feel bad',
      '   - to validate and type my data',
    );
    const korean = lines(
      '## 지식 테스트',
      '',
      '3. 콘텐츠 컬렉션과 TypeScript에 대한 옳은 설명을 고르세요.',
      '',
      '   - 나를 기분 나쁘게 하기 위해',
      '   - 데이터를 검증하고 타입을 지정하기 위해',
    );
    expect(findingsOf(english, korean, 'en/tutorial/6-islands/4.mdx', 'ko/tutorial/6-islands/4.mdx')).toEqual([]);
  });

  // astro-docs guides/styling.mdx:755 has “page CSS .” in the English only; the translators wrote a clean full stop.
  it.each([
    ['es', 'Sin embargo, esto evitará la optimización de ese archivo CSS con el resto del CSS de tu página.'],
    ['ja', 'ただし、この方法ではその CSS ファイルがページの他の CSS と一緒に最適化されなくなります。'],
    ['ko', '하지만 이렇게 하면 해당 CSS 파일이 페이지의 나머지 CSS와 함께 최적화되지 않습니다.'],
  ])('a stray space only the English source has is info (%s is clean)', (language, translated) => {
    const source = lines(
      '## Advanced',
      '',
      'For advanced use cases, you can import a direct URL reference for a CSS file inside of your project `src/` directory. However, this will prevent the optimization of that CSS file with the rest of your page CSS .',
    );
    const translation = lines('## Avanzado', '', `Para casos de uso avanzado, puedes importar una URL de referencia directa. ${translated}`);
    const found = findingsOf(source, translation, 'styling.en.md', `styling.${language}.md`);
    expect(found).toMatchObject([{ severity: 'info', left: { line: 3 }, right: { line: 3 } }]);
    expect(found[0]!.message).toContain('only the source has it');
  });

  // nodebestpractices useonlythebuiltinerror.md: the French and Russian translators closed a quote the English left open.
  it.each([
    ['fr', '### Citation de blog : « Une chaîne n’est pas une erreur »'],
    ['ru', '### Цитата из блога: «Строка не является ошибкой»'],
  ])('a quote left open only in the source is info (%s closed it)', (language, heading) => {
    const found = findingsOf(lines('### Blog Quote: "A string is not an error'), lines(heading), 'a.en.md', `a.${language}.md`);
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('reads a full-width “（” closed by an ASCII “)” as balanced, only mixed: info (nodebestpractices in Chinese)', () => {
    const english = '- Operational errors (e.g. API received an invalid input) refer to known cases where the error impact is fully understood.\n';
    const chinese = '- 操作型错误（例如 API 接收到无效输入) 指的是错误影响已被充分理解的已知情况。\n';
    const found = compare(english, chinese, { leftPath: 'en/README.md', rightPath: 'zh/README.md' }).findings.filter(
      (f) => f.check === 'punctuation',
    );
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('parentheses of two widths paired');
    // Really unbalanced stays a warning.
    const open = compare(english, chinese.replace(')', ''), { leftPath: 'en/README.md', rightPath: 'zh/README.md' }).findings.filter(
      (f) => f.check === 'punctuation',
    );
    expect(open).toMatchObject([{ severity: 'warning' }]);
  });
});
