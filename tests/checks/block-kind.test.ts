/** block-kind: aligned blocks of different kinds. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'block-kind';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const japaneseSteps = lines(
  '## 手順', // 1
  '',
  '1. リポジトリをクローンします。', // 3
  '2. `npm install` を実行します。',
  '3. `npm start` でサーバーを起動します。', // 5
);

describe('block-kind', () => {
  it('accepts a Chinese translation that keeps the numbered list', () => {
    const chinese = lines('## 步骤', '', '1. 克隆仓库。', '2. 运行 `npm install`。', '3. 用 `npm start` 启动服务器。');
    expect(findingsOf(japaneseSteps, chinese)).toEqual([]);
  });

  it('accepts a pseudo-bullet list against a real bulleted list (bullet-marker reports that)', () => {
    const german = lines('## Highlights', '', '- Leicht zu installieren.', '- Schnell.', '- Kostenlos.');
    const norwegian = lines('## Høydepunkter', '', '– Enkel å installere.', '– Rask.', '– Gratis.');
    expect(findingsOf(german, norwegian)).toEqual([]);
  });

  it('accepts an indented code block against a fenced one', () => {
    const german = lines('# Tests', '', 'Starten Sie die Tests:', '', '    npm test', '', 'Fertig.');
    const norwegian = lines('# Tester', '', 'Start testene:', '', '```', 'npm test', '```', '', 'Ferdig.');
    expect(findingsOf(german, norwegian)).toEqual([]);
  });

  it('reports numbered steps flattened into one Chinese paragraph', () => {
    const chinese = lines('## 步骤', '', '克隆仓库，运行 `npm install`，然后用 `npm start` 启动服务器。');
    const found = findingsOf(japaneseSteps, chinese);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, endLine: 5 }, right: { line: 3, endLine: 3 } });
    expect(found[0]!.message).toBe('Block kinds differ: the left has a numbered list (line 3), the right a paragraph (line 3).');
  });

  it('reports a numbered list turned into a bulleted one (Polish)', () => {
    const german = lines('## Schritte', '', '1. Repository klonen.', '2. `npm install` ausführen.', '3. `npm start` starten.');
    const polish = lines('## Kroki', '', '- Sklonuj repozytorium.', '- Uruchom `npm install`.', '- Uruchom `npm start`.');
    const found = findingsOf(german, polish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 3, endLine: 5 }, right: { line: 3, endLine: 5 } });
    expect(found[0]!.message).toContain('the left has a numbered list (line 3), the right a list (line 3)');
  });

  it('reports a warning note that lost its block quote (Norwegian)', () => {
    const german = lines('# Update', '', 'Vor dem Update:', '', '> **Achtung:** Sichern Sie vorher den Ordner `backup/`.', '', 'Dann starten.');
    const norwegian = lines(
      '# Oppdatering',
      '',
      'Før oppdateringen:',
      '',
      '**Advarsel:** Sikkerhetskopier mappen `backup/` først.',
      '',
      'Start deretter.',
    );
    const found = findingsOf(german, norwegian);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 5 }, right: { line: 5 } }]);
    expect(found[0]!.message).toContain('the left has a block quote (line 5), the right a paragraph (line 5)');
  });

  it('reports a code fence lost in the Polish version, so code became prose', () => {
    const german = lines('# Build', '', 'Führen Sie aus:', '', '```sh', 'npm run build', '```', '', 'Fertig.');
    const polish = lines('# Budowanie', '', 'Uruchom:', '', 'npm run build', '', 'Gotowe.');
    const found = findingsOf(german, polish);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 5, endLine: 7 }, right: { line: 5, endLine: 5 } }]);
    expect(found[0]!.message).toContain('code block (line 5), the right a paragraph');
  });

  it('reports a table rewritten as a list (German ↔ Norwegian)', () => {
    const german = lines('## Optionen', '', '| Option | Wert |', '| --- | --- |', '| `port` | 8080 |', '| `host` | localhost |');
    const norwegian = lines('## Alternativer', '', '- `port`: 8080', '- `host`: localhost');
    const found = findingsOf(german, norwegian);
    expect(found).toMatchObject([{ left: { line: 3, endLine: 6 }, right: { line: 3, endLine: 4 } }]);
    expect(found[0]!.message).toContain('the left has a table (line 3), the right a list (line 3)');
  });

  it('reports an HTML block against Markdown (Hebrew)', () => {
    const english = lines('# Welcome', '', 'Intro text.', '', '<p align="center">Welcome to <b>mdparity</b></p>', '', 'More.');
    const hebrew = lines('# ברוכים הבאים', '', 'טקסט פתיחה.', '', 'ברוכים הבאים ל-**mdparity**', '', 'עוד.');
    const found = findingsOf(english, hebrew);
    expect(found).toMatchObject([{ left: { line: 5 }, right: { line: 5 } }]);
    expect(found[0]!.message).toMatch(/the left has an? HTML block \(line 5\), the right a paragraph \(line 5\)/);
  });

  it('accepts a `<br/>` spacer against a `<br/><br/>` one (an HTML block and a paragraph to CommonMark; nodebestpractices, Korean)', () => {
    const english = lines(
      '# Assign TransactionId to each log statement',
      '',
      '<br/><br/>',
      '',
      '### One Paragraph Explainer',
      '',
      'A typical log is a warehouse of entries from all components and requests.',
      '',
      '<br/>',
      '',
      '### Code example: sharing TransactionId among request functions',
    );
    const korean = lines(
      '# 각 로그 문에 TransactionId 할당',
      '',
      '<br/><br/>',
      '',
      '### 한 문단 설명',
      '',
      '일반적인 로그는 모든 구성 요소와 요청의 항목이 모인 창고입니다.',
      '',
      '<br/><br/>',
      '',
      '### 코드 예제: 요청 함수 간에 TransactionId 공유하기',
    );
    expect(findingsOf(english, korean)).toEqual([]);
  });

  describe('a restyling that keeps the content is info and says so', () => {
    it('a `<Note>` box written as a `>` quote in an older Korean translation (react.dev, read as Markdown)', () => {
      const english = lines(
        '## Resetting state with a key',
        '',
        'Specifying a `key` tells React to use the `key` itself as part of the position, instead of their order within the parent.',
        '',
        '<Note>',
        '',
        'Remember that keys are not globally unique. They only specify the position *within the parent*.', // 7
        '',
        '</Note>',
        '',
        'Resetting state with a key is particularly useful when dealing with forms.',
      );
      const korean = lines(
        '## key를 이용해 State를 초기화하기',
        '',
        '`key`를 명시하면 React는 부모 내에서의 순서 대신에 `key` 자체를 위치의 일부로 사용합니다.',
        '',
        '> key가 전역적으로 유일하지 않다는 것을 기억해야 합니다. key는 오직 부모 안에서만 자리를 명시합니다.', // 5
        '',
        'key로 State를 초기화하는 것은 특히 폼을 다룰 때 유용합니다.',
      );
      const found = findingsOf(english, korean);
      expect(found).toMatchObject([{ severity: 'info', left: { line: 7 }, right: { line: 5 } }]);
      expect(found[0]!.message).toBe(
        'Block kinds differ: the left has a paragraph (line 7), the right a block quote (line 5). The left’s paragraph is in a <Note> box, which the right writes as a block quote: the same content, set off another way.',
      );
    });

    it('a plain paragraph the Chinese translation sets off as a quote', () => {
      const english = lines(
        '## Naming event handler props',
        '',
        'Built-in components like `<button>` and `<div>` only support browser event names like `onClick`.',
        '',
        'By convention, event handler props should start with `on`, followed by a capital letter.', // 5
        '',
        'For example, the `Button` component’s `onClick` prop could have been called `onSmash`.',
      );
      const chinese = lines(
        '## 命名事件处理函数 prop',
        '',
        '内置组件（`<button>` 和 `<div>`）仅支持 [浏览器事件名称](/reference/react-dom/components/common#common-props)，例如 `onClick`。',
        '',
        '> 按照惯例，事件处理函数 props 应该以 `on` 开头，后跟一个大写字母。', // 5
        '',
        '例如，`Button` 组件的 `onClick` prop 本来也可以被命名为 `onSmash`。',
      );
      const found = findingsOf(english, chinese);
      expect(found).toMatchObject([{ severity: 'info', left: { line: 5 }, right: { line: 5 } }]);
      expect(found[0]!.message).toContain(
        'The right sets the left’s paragraph off as a block quote, with the same content: a restyling, nothing lost',
      );
    });

    it('a one-item list written as a paragraph (Astro, Korean)', () => {
      const english = lines(
        '## Examples',
        '',
        '* The [Astro MDX starter template](https://github.com/withastro/astro/tree/latest/examples/with-mdx) shows how to use MDX files in your Astro project.', // 3
      );
      const korean = lines(
        '## 예시',
        '',
        '[Astro MDX 시작 템플릿](https://github.com/withastro/astro/tree/latest/examples/with-mdx)은 Astro 프로젝트에서 MDX 파일을 사용하는 방법을 보여줍니다.',
      );
      const found = findingsOf(english, korean);
      expect(found).toMatchObject([{ severity: 'info', left: { line: 3 }, right: { line: 3 } }]);
      expect(found[0]!.message).toContain(
        'The left’s list has one item, written as a paragraph on the right with the same content: a restyling, nothing lost',
      );
    });

    it('stays a warning when the list had several items whose bullets were lost (Korean, react.dev)', () => {
      const english = lines(
        '## Breaking rules of Hooks',
        '',
        '* ✅ Call them at the top level in the body of a function component.', // 3
        '* ✅ Call them at the top level in the body of a custom Hook.',
      );
      const korean = lines(
        '## Hook 규칙 위반',
        '',
        '✅ 함수 컴포넌트 본문의 최상위 레벨에서 호출하세요.', // 3
        '✅ 커스텀 Hook 본문의 최상위 레벨에서 호출하세요.',
      );
      expect(findingsOf(english, korean)).toMatchObject([{ severity: 'warning', left: { line: 3 }, right: { line: 3 } }]);
    });

    it('stays a warning when a quote swallowed the next paragraph (no blank line after it; nodebestpractices, Chinese)', () => {
      const english = lines(
        '### Blog Quote: "So what does the architecture of your application scream?"',
        '',
        'From the blog [uncle-bob](https://blog.cleancoder.com/uncle-bob/2011/09/30/Screaming-Architecture.html)',
        '',
        'So what does the architecture of your application scream? Do they scream: Health Care System, or Rails?', // 5
      );
      const chinese = lines(
        '### 博客引用: "那么, 你的应用程序的架构声明了什么?"',
        '',
        '> 摘自博客 [uncle-bob](https://blog.cleancoder.com/uncle-bob/2011/09/30/Screaming-Architecture.html)',
        '那么, 应用程序的体系架构会声明什么呢？ 他们声明: 医疗保健系统, 或 Rails？', // 4: no `>`, joined to the quote
      );
      const found = findingsOf(english, chinese);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((finding) => finding.severity === 'warning')).toBe(true);
    });
  });
});
