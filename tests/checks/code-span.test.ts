/** code-span: inline code that differs between aligned blocks. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'code-span';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

describe('code-span', () => {
  it('accepts the same code in another order (German ↔ Spanish)', () => {
    expect(
      findingsOf(
        lines('Führen Sie `npm run build` aus und öffnen Sie `dist/index.html`.'),
        lines('Abra `dist/index.html` después de ejecutar `npm run build`.'),
      ),
    ).toEqual([]);
  });

  it('accepts translated tldr placeholders', () => {
    const left = lines('- Copy a file:', '', '`cp {{path/to/source}} {{path/to/target}}`');
    const right = lines('- Copier un fichier :', '', '`cp {{chemin/vers/source}} {{chemin/vers/cible}}`');
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('reports a translated command as a warning, at both code spans', () => {
    const found = findingsOf(lines('# Build', '', 'Führen Sie `npm run build` aus.'), lines('# Compilación', '', 'Ejecute `npm ejecutar build`.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, column: 12 }, right: { line: 3, column: 9 } });
    expect(found[0]!.message).toBe('Inline code differs: the left has `npm run build` where the right has `npm ejecutar build`.');
  });

  it('reports a typo in a Japanese hook name', () => {
    const found = findingsOf(lines('Call `useState` at the top level.'), lines('`useStat` はトップレベルで呼び出してください。'));
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toContain('`useState` where the right has `useStat`');
  });

  it('reports code dropped from the Polish side that appears nowhere else in it', () => {
    const found = findingsOf(lines('Setzen Sie `NODE_ENV=production`, bevor Sie starten.'), lines('Przed uruchomieniem ustaw zmienną środowiskową.'));
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1 }, right: { line: 1 } }]);
    expect(found[0]!.message).toContain('Inline code missing on the right: the left has `NODE_ENV=production`');
  });

  it('softens code the other side names elsewhere (a translator writing `roomId` for “it”) to info', () => {
    const left = lines('The Effect reads `roomId`.', '', 'It changes when the user picks another room.');
    const right = lines('Effect は `roomId` を読み取ります。', '', 'ユーザが別のルームを選ぶと `roomId` が変わります。');
    const found = findingsOf(left, right);
    expect(found).toMatchObject([{ severity: 'info', right: { line: 3 } }]);
  });

  it('softens code written as plain text on the other side to info', () => {
    const found = findingsOf(lines('Install it with npm.'), lines('Installieren Sie es mit `npm`.'));
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('the right formats `npm` as code, the left as plain text');
  });

  it('softens code written differently (`<Card>` against `Card`, `160픽셀` against `160`) to info', () => {
    const found = findingsOf(lines('Pass `size` to `Card`, for example `160`.'), lines('`Card`에 `size`를 전달합니다. 예: `160픽셀`.'));
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('written differently');
  });

  it('softens the sentence’s period written inside the span (`useEffect.`) to info (react.dev in Japanese)', () => {
    // ja.react.dev useMemo: the English link text is `useEffect.`, the Japanese sentence goes on after `useEffect`.
    const found = findingsOf(
      lines('Read more about [`useEffect.`](/reference/react/useEffect)'),
      lines('詳しくは [`useEffect`](/reference/react/useEffect) を参照してください。'),
    );
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('the left writes `useEffect.` where the right writes `useEffect`');
    // A real difference still ends in punctuation now and then: `npm run build:` is not `npm run dev`.
    expect(findingsOf(lines('Run `npm run build:`'), lines('Ejecute `npm run dev:`'))).toMatchObject([{ severity: 'warning' }]);
  });

  it('softens translated text set as code (a Chinese UI label) to info', () => {
    const found = findingsOf(lines('Click `Send` to post the message.'), lines('点击 `发送` 发布消息。'));
    expect(found).toMatchObject([{ severity: 'info' }]);
  });

  // Seed 12 (astro-docs ko imports.mdx, es astro-fetch.mdx): only the string literal inside the code span is translated.
  it.each([
    ['ko', 'Always add `alt="a helpful description"` to your images.', '이미지에는 항상 `alt="유용한 설명"`을 추가하세요.'],
    ['es', "For example, `{ slug: 'my-post' }` renders the post.", "Por ejemplo, `{ slug: 'mi-artículo' }` muestra el artículo."],
    ['zh', 'Pass `t("Save changes")` to the button.', '向按钮传入 `t("保存更改")`。'],
  ])('code whose string literals alone are translated is info (%s)', (_language, source, translated) => {
    expect(findingsOf(lines(source), lines(translated))).toMatchObject([{ severity: 'info' }]);
  });

  it('a key changed next to a translated string is still a warning (es)', () => {
    const found = findingsOf(
      lines("For example, `{ slug: 'my-post' }` renders the post."),
      lines("Por ejemplo, `{ id: 'mi-artículo' }` muestra el artículo."),
    );
    expect(found).toMatchObject([{ severity: 'warning' }]);
  });

  it('softens example names the translation localised to info, and keeps a translated keyword a warning', () => {
    // Astro's French docs localise made-up names in commands and hosts.
    const french = findingsOf(
      lines('Run `npm create astro@latest -- --template my-project` and deploy to `app.yourcompany.com`.'),
      lines('Exécutez `npm create astro@latest -- --template mon-projet` et déployez sur `app.votreentreprise.com`.'),
    );
    expect(french).toMatchObject([{ severity: 'info' }]);
    expect(french[0]!.message).toContain('(example names the translation localised: “my-project” → “mon-projet”, “yourcompany” → “votreentreprise”)');
    // ko.react.dev: `async` translated in one sentence, kept in the code block below: a keyword, not an example name.
    const korean = findingsOf(
      lines('Mark the function `async` to await inside it.', '', '```js', 'async function load() {}', '```'),
      lines('함수를 `비동기`로 표시하면 그 안에서 기다릴 수 있습니다.', '', '```js', 'async function load() {}', '```'),
    );
    expect(korean).toMatchObject([{ severity: 'warning' }]);
    // An ESLint rule's name is not made up: translated, it no longer names the rule (nodebestpractices in Chinese).
    expect(findingsOf(lines('Enable the `max-len` rule.'), lines('启用 `最大长度` 规则。'))).toMatchObject([{ severity: 'warning' }]);
  });

  it('softens JSX whose text alone was translated (react.dev in Spanish) to info', () => {
    const found = findingsOf(
      lines('Write `{student && <p>I am still in school.</p>}` to show it conditionally.'),
      lines('Escribe `{student && <p>Sigo estudiando.</p>}` para mostrarlo de forma condicional.'),
    );
    expect(found).toMatchObject([{ severity: 'info' }]);
  });

  it('reads the same code split or spanned differently as info (react.dev in Korean, Astro in Chinese)', () => {
    const split = findingsOf(
      lines('We also added support for `async` / `await` in Server Components.'),
      lines('서버 컴포넌트에서 `async / await` 지원도 추가했습니다.'),
    );
    expect(split).toMatchObject([{ severity: 'info' }]);
    expect(split[0]!.message).toContain('(the same code, split or spanned differently)');
    const widened = findingsOf(lines('Astro v3 requires Node `18.14.1` or higher.'), lines('Astro v3 需要 `Node 18.14.1` 或更高版本。'));
    expect(widened).toMatchObject([{ severity: 'info' }]);
    // A flag added to a command is not a wider span: it is new code.
    expect(
      findingsOf(lines('Run `npm run build` to build the site.'), lines('Ejecute `npm run build --watch` para compilar el sitio.')),
    ).toMatchObject([{ severity: 'warning' }]);
  });
});
