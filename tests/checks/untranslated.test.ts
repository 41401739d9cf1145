/** untranslated: aligned blocks whose natural-language text is identical on both sides. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'untranslated';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, leftPath?: string, rightPath?: string): Finding[] =>
  compare(left, right, { leftPath, rightPath }).findings.filter((f) => f.check === id);

describe('untranslated', () => {
  it('reports an English paragraph left in the German version', () => {
    const english = lines('## Setup', '', 'Install the package with npm and restart the development server afterwards.');
    const found = findingsOf(english, lines('## Einrichtung', '', 'Install the package with npm and restart the development server afterwards.'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toBe('Untranslated text: both sides read “Install the package with npm and restart the development se…”.');
  });

  it('ignores code, URLs, numbers, case and punctuation when comparing', () => {
    const found = findingsOf(
      lines('Run `npm ci` to install the exact versions from the lock file (see https://docs.npmjs.com/ci).'),
      lines('Run `yarn install` to install the exact versions from the lock file, see https://yarnpkg.com.'),
    );
    expect(found).toMatchObject([{ severity: 'warning' }]);
  });

  it('accepts names, product lists, commands and short labels that stay the same in every language', () => {
    expect(findingsOf(lines('## React Server Components'), lines('## React Server Components'))).toEqual([]);
    expect(
      findingsOf(
        lines('Facebook, Twitter, Instagram, YouTube, Snapchat, TikTok and Pinterest.'),
        lines('Facebook, Twitter, Instagram, YouTube, Snapchat, TikTok and Pinterest.'),
      ),
    ).toEqual([]);
    expect(
      findingsOf(lines('npm install --save-dev eslint-plugin-react-hooks@latest'), lines('npm install --save-dev eslint-plugin-react-hooks@latest')),
    ).toEqual([]);
  });

  it('reports an untranslated Japanese passage in a Chinese file (no word case)', () => {
    const found = findingsOf(lines('このコンポーネントは状態を持ちません。'), lines('このコンポーネントは状態を持ちません。'), 'a.ja.md', 'a.zh.md');
    expect(found).toMatchObject([{ severity: 'warning' }]);
  });

  it('softens quotations, change-log entries and titles of linked resources to info', () => {
    expect(
      findingsOf(
        lines('> One problem that I have with the Error class is that it is not simple to extend.'),
        lines('> One problem that I have with the Error class is that it is not simple to extend.'),
      ),
    ).toMatchObject([{ severity: 'info' }]);
    expect(
      findingsOf(
        lines('- Fix a crash when the document is set to null in tests. (#22695 by @acdlite)'),
        lines('- Fix a crash when the document is set to null in tests. (#22695 by @acdlite)'),
      ),
    ).toMatchObject([{ severity: 'info' }]);
    expect(
      findingsOf(
        lines('🔗 [Rising Stack Blog: Node.js dependency risks and how to handle them](https://example.com)'),
        lines('🔗 [Rising Stack Blog: Node.js dependency risks and how to handle them](https://example.com)'),
      ),
    ).toMatchObject([{ severity: 'info' }]);
  });

  it('softens an image’s alt text left in the original to info, and still reports the paragraph around an image (nodebestpractices in Russian)', () => {
    const alt = '![StackDriver default dashboard. Hard to extract in-app metrics](/assets/images/monitoring2.png)';
    expect(findingsOf(lines('## Monitoring', '', alt), lines('## Мониторинг', '', alt), 'en/monitoring.md', 'ru/monitoring.md')).toMatchObject([
      { severity: 'info', message: expect.stringContaining('(image alt text, often kept in the original language)') },
    ]);
    const paragraph = `Most cloud providers ship a default dashboard, but it is hard to extract in-app metrics from it. ${alt}`;
    expect(findingsOf(lines(paragraph), lines(paragraph), 'en/monitoring.md', 'ru/monitoring.md')).toMatchObject([{ severity: 'warning' }]);
  });

  it('reports nothing when both sides are in the same language', () => {
    const text = lines('Install the package with npm and restart the development server afterwards.');
    expect(findingsOf(text, text, 'guide.en-US.md', 'guide.en-GB.md')).toEqual([]);
  });

  it('reads text inside inline HTML <code> as code, not as untranslated prose (Astro API reference in French)', () => {
    const type =
      '**Type:** <code>(collection: CollectionKey, filter?: (entry: CollectionEntry&lt;TCollectionName&gt;) =&gt; boolean) =&gt; CollectionEntry&lt;TCollectionName&gt;[]</code>';
    const english = lines('### getCollection()', '', '<p>', '', type, '</p>', '', 'Returns the entries of a collection.');
    const french = lines('### getCollection()', '', '<p>', '', type.replace('Type:', 'Type :'), '</p>', '', 'Renvoie les entrées d’une collection.');
    expect(findingsOf(english, french, 'en/content.mdx', 'fr/content.mdx')).toEqual([]);
  });

  it('accepts console output quoted in react.dev’s <ConsoleBlock>, and a pull request title in Astro’s <SourcePR>', () => {
    // ko.react.dev hydrateRoot.md: the warning is what React prints, so the Korean page keeps it word for word.
    const warning = 'Warning: You passed a second argument to root.render(...) but it only accepts one argument.';
    const english = lines(
      '### I\'m getting an error: "You passed a second argument to root.render" {/*im-getting-an-error*/}',
      '',
      'A common mistake is to pass the options for `hydrateRoot` to `root.render(...)`:',
      '',
      '<ConsoleBlock level="error">',
      '',
      warning,
      '',
      '</ConsoleBlock>',
      '',
      'To fix, pass the root options to `hydrateRoot(...)`, not `root.render(...)`:',
    );
    const korean = lines(
      '### 오류 발생: "You passed a second argument to root.render" {/*im-getting-an-error*/}',
      '',
      '일반적인 실수는 `hydrateRoot`의 옵션을 `root.render(...)`에 전달하는 것입니다.',
      '',
      '<ConsoleBlock level="error">',
      '',
      warning,
      '',
      '</ConsoleBlock>',
      '',
      '이 문제를 해결하려면 루트 옵션을 `root.render(...)`가 아닌 `hydrateRoot(...)`에 전달하세요.',
    );
    expect(findingsOf(english, korean, 'en/reference/react-dom/client/hydrateRoot.md', 'ko/reference/react-dom/client/hydrateRoot.md')).toEqual([]);

    // astro-docs upgrade-to/v5.mdx: the title is the upstream pull request's, in English in every language.
    const pr = '<SourcePR number="11976" title="Implement legacy collections using glob in the content layer" />';
    const astroEnglish = lines(
      '##### Breaking changes to legacy `content` and `data` collections',
      '',
      pr,
      '',
      'By default, collections that use the old `type` property are now implemented using the built-in `glob()` loader.',
    );
    const astroGerman = lines(
      '##### Breaking Changes bei alten `content`- und `data`-Sammlungen',
      '',
      pr,
      '',
      'Standardmäßig werden Sammlungen mit der alten `type`-Eigenschaft jetzt mit dem eingebauten `glob()`-Loader umgesetzt.',
    );
    expect(findingsOf(astroEnglish, astroGerman, 'en/guides/upgrade-to/v5.mdx', 'de/guides/upgrade-to/v5.mdx')).toEqual([]);
  });

  it('accepts the content of components configured as verbatim, and still reports the prose around them', () => {
    const output = 'Error: the request could not be completed because the server closed the connection.';
    const english = lines('<ErrorOutput>', '', output, '', '</ErrorOutput>', '', 'Restart the development server and try the request once more.');
    const spanish = lines('<ErrorOutput>', '', output, '', '</ErrorOutput>', '', 'Restart the development server and try the request once more.');
    const configured = compare(english, spanish, {
      leftPath: 'en/errors.mdx',
      rightPath: 'es/errors.mdx',
      config: { mdx: { verbatimComponents: ['ErrorOutput'] } },
    }).findings.filter((f) => f.check === id);
    expect(configured).toMatchObject([{ left: { line: 7 } }]);
    // Without the setting, both passages are reported: one finding for the run, the second as its related place.
    expect(findingsOf(english, spanish, 'en/errors.mdx', 'es/errors.mdx')).toMatchObject([
      { left: { line: 3 }, related: [{ left: { line: 7 }, right: { line: 7 } }] },
    ]);
  });

  it('reports a run of untranslated passages as one finding with every place, and a translated passage ends the run', () => {
    // ko.react.dev's Fragment page: a new API section added in English and not translated yet, after a translated intro.
    const english = lines(
      '## Fragment refs {/*fragment-refs*/}',
      '',
      'Fragments let you group a list of children without adding extra nodes to the DOM.',
      '',
      'When you pass a ref to a Fragment, React provides a FragmentInstance object with methods for the children.',
      '',
      '- `addEventListener` and `removeEventListener` manage event listeners across all first-level DOM children.',
      '- `focus` and `focusLast` manage focus across all nested children depth-first.',
      '- `getClientRects` returns bounding rectangles of all first-level DOM children.',
      '',
      'Read more about the instance methods in the reference section below this one.',
    );
    const korean = lines(
      '## Fragment refs {/*fragment-refs*/}',
      '',
      'Fragment를 사용하면 DOM에 노드를 추가하지 않고 자식 목록을 그룹화할 수 있습니다.',
      '',
      'When you pass a ref to a Fragment, React provides a FragmentInstance object with methods for the children.',
      '',
      '- `addEventListener` and `removeEventListener` manage event listeners across all first-level DOM children.',
      '- `focus` and `focusLast` manage focus across all nested children depth-first.',
      '- `getClientRects` returns bounding rectangles of all first-level DOM children.',
      '',
      '아래 참조 섹션에서 인스턴스 메서드에 대해 자세히 알아보세요.',
    );
    const found = findingsOf(english, korean, 'en/reference/react/Fragment.md', 'ko/reference/react/Fragment.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 5 }, right: { line: 5 } });
    expect(found[0]!.related!.map((place) => [place.left!.line, place.right!.line])).toEqual([
      [7, 7],
      [8, 8],
      [9, 9],
    ]);
    expect(found[0]!.message).toContain('and the 3 passages after it are untranslated too (4 in a row, left lines 5–9)');

    // The same page with the second list item translated: two runs, two findings.
    const partly = korean.replace(
      '- `focus` and `focusLast` manage focus across all nested children depth-first.',
      '- `focus`와 `focusLast`는 중첩된 모든 자식의 포커스를 깊이 우선으로 관리합니다.',
    );
    expect(findingsOf(english, partly, 'en/reference/react/Fragment.md', 'ko/reference/react/Fragment.md')).toMatchObject([
      { left: { line: 5 }, related: [{ left: { line: 7 } }] },
      { left: { line: 9 } },
    ]);
  });

  describe('text kept in the original on purpose while what is around it is translated', () => {
    const english = lines(
      '## Common Error Messages',
      '',
      'Here are some common error messages you might see in the terminal, what they might mean, and what to do about them.',
      '',
      '### Cannot use import statement outside a module', // 5
      '',
      'In Astro components, `<script>` tags are loaded as [JS modules](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Modules) by default.',
      '',
      '**Solution**: If you have added any attributes to your `<script>` tag, you must also add the `type="module"` attribute.',
      '',
      '### Example: blocking the event loop with a synchronous loop', // 11
      '',
      'A synchronous loop in a request handler keeps every other client waiting until it has finished its work.',
    );
    const korean = lines(
      '## 일반적인 오류 메시지',
      '',
      '다음은 터미널에서 볼 수 있는 몇 가지 일반적인 오류 메시지와 그 의미, 그리고 해결 방법입니다.',
      '',
      '### Cannot use import statement outside a module', // 5
      '',
      'Astro 컴포넌트에서 `<script>` 태그는 기본적으로 [JS 모듈](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Modules)로 로드됩니다.',
      '',
      '**해결 방법**: `<script>` 태그에 속성을 추가한 경우, `type="module"` 속성도 추가해야 합니다.',
      '',
      '### Example: blocking the event loop with a synchronous loop', // 11
      '',
      '요청 핸들러의 동기 루프는 작업이 끝날 때까지 다른 모든 클라이언트를 기다리게 합니다.',
    );

    it('a heading that is a program’s error message, kept over a translated section, is info (Astro troubleshooting, Korean)', () => {
      const found = findingsOf(english, korean, 'en/guides/troubleshooting.mdx', 'ko/guides/troubleshooting.mdx');
      expect(found.find((finding) => finding.left?.line === 5)).toMatchObject({ severity: 'info', right: { line: 5 } });
      expect(found.find((finding) => finding.left?.line === 5)!.message).toBe(
        'Untranslated text: both sides read “Cannot use import statement outside a module” (a program’s message in a heading over a translated section, often kept in the original language).',
      );
      // A heading that is only a title, kept over a translated section, is still a heading the translator missed.
      expect(found.find((finding) => finding.left?.line === 11)).toMatchObject({ severity: 'warning', right: { line: 11 } });
    });

    it('an error heading whose section is untranslated too stays a warning (Korean)', () => {
      const untranslatedSection = korean
        .replace(/Astro 컴포넌트에서.*\n/, `${english.split('\n')[6]}\n`)
        .replace(/\*\*해결 방법\*\*.*\n/, `${english.split('\n')[8]}\n`);
      const found = findingsOf(english, untranslatedSection, 'en/guides/troubleshooting.mdx', 'ko/guides/troubleshooting.mdx');
      expect(found.find((finding) => finding.left?.line === 5)).toMatchObject({ severity: 'warning' });
    });

    const errorNames = [
      ['UnknownCompilerError', 'Unknown compiler error.'],
      ['ClientAddressNotAvailable', '`Astro.clientAddress` is not available in current adapter.'],
      ['NoMatchingStaticPathFound', 'No static path found for requested path.'],
      ['OnlyResponseCanBeReturned', 'Invalid type returned by Astro page.'],
      ['MissingMediaQueryDirective', 'Missing value for `client:media` directive.'],
      ['NoMatchingRenderer', 'No matching renderer found.'],
      ['NoClientEntrypoint', 'No client entrypoint specified in renderer.'],
      ['NoClientOnlyHint', 'Missing hint on client:only directive.'],
      ['InvalidGetStaticPathParam', 'Invalid value returned by getStaticPaths.'],
      ['GetStaticPathsRequired', '`getStaticPaths()` function required for dynamic routes.'],
      ['ActionsWithoutServerOutputError', 'Actions must be used with server output.'],
      ['SessionStorageInitError', 'Session storage could not be initialized.'],
    ];
    const errorList = (locale: string, from: number, to: number) =>
      errorNames.slice(from, to).map(([name, message]) => {
        const slug = name!.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase();
        return `- [**${name}**](/${locale}/reference/errors/${slug}/)<br/>${message}`;
      });
    const englishReference = lines(
      '# Error reference',
      '',
      'The following reference is a complete list of the errors you may encounter while using Astro.',
      '',
      '## Astro Errors',
      '',
      ...errorList('en', 0, 10), // 7–16
      '',
      '## Action Errors',
      '',
      ...errorList('en', 10, 11),
      '',
      '## Session Errors',
      '',
      ...errorList('en', 11, 12),
    );

    it('a page whose every list item is kept while its headings and intro are translated is one info finding (Astro error reference, Chinese)', () => {
      const chinese = lines(
        '# 错误参考',
        '',
        '下面是一张完整的错误列表，包含了你在使用 Astro 时可能遇到的所有报错。',
        '',
        '## Astro 错误',
        '',
        ...errorList('zh-cn', 0, 10),
        '',
        '## Action 错误',
        '',
        ...errorList('zh-cn', 10, 11),
        '',
        '## Session（会话）错误',
        '',
        ...errorList('zh-cn', 11, 12),
      );
      const found = findingsOf(englishReference, chinese, 'en/reference/error-reference.mdx', 'zh-cn/reference/error-reference.mdx');
      expect(found).toHaveLength(1);
      // “Unknown compiler error.” (line 7) is too short to tell; the other eleven messages are one finding.
      expect(found[0]).toMatchObject({ severity: 'info', left: { line: 8 }, right: { line: 8 } });
      expect(found[0]!.related!.map((place) => place.left!.line)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 20, 24]);
      expect(found[0]!.message).toContain('every list item of the page');
      expect(found[0]!.message).toContain('is kept in the original while its other text is translated');
    });

    it('a page where one list item is translated keeps its untranslated items as warnings (Chinese)', () => {
      const chinese = lines(
        '# 错误参考',
        '',
        '下面是一张完整的错误列表，包含了你在使用 Astro 时可能遇到的所有报错。',
        '',
        '## Astro 错误',
        '',
        '- [**UnknownCompilerError**](/zh-cn/reference/errors/unknown-compiler-error/)<br/>未知的编译器错误。',
        ...errorList('zh-cn', 1, 10),
        '',
        '## Action 错误',
        '',
        ...errorList('zh-cn', 10, 11),
        '',
        '## Session（会话）错误',
        '',
        ...errorList('zh-cn', 11, 12),
      );
      const found = findingsOf(englishReference, chinese, 'en/reference/error-reference.mdx', 'zh-cn/reference/error-reference.mdx');
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((finding) => finding.severity === 'warning')).toBe(true);
    });
  });
});
