/** list-items: aligned lists whose items do not correspond one to one. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'list-items';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const spanish = lines(
  '## Requisitos', // 1
  '',
  '- Node.js 20 o posterior', // 3
  '- `npm` 10', // 4
  '- Un navegador moderno', // 5
);

describe('list-items', () => {
  it('accepts a Polish list with the same three items', () => {
    const polish = lines('## Wymagania', '', '- Node.js 20 lub nowszy', '- `npm` 10', '- Nowoczesna przeglądarka');
    expect(findingsOf(spanish, polish)).toEqual([]);
  });

  it('accepts the same items in a nested list (German ↔ Norwegian)', () => {
    const german = lines(
      '## Inhalt',
      '',
      '- [Installation](/install)',
      '  - [Linux](/install/linux)',
      '  - [macOS](/install/macos)',
      '- [Nutzung](/usage)',
    );
    const norwegian = lines(
      '## Innhold',
      '',
      '- [Installasjon](/install)',
      '  - [Linux](/install/linux)',
      '  - [macOS](/install/macos)',
      '- [Bruk](/usage)',
    );
    expect(findingsOf(german, norwegian)).toEqual([]);
  });

  it('reports the item the Polish list dropped, at its line', () => {
    const polish = lines('## Wymagania', '', '- Node.js 20 lub nowszy', '- Nowoczesna przeglądarka');
    const found = findingsOf(spanish, polish);
    expect(found).toHaveLength(1);
    // Left: the item itself; right: the whole list (there is no item to point at).
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 4, column: 1, endLine: 4 }, right: { line: 3, endLine: 4 } });
    expect(found[0]!.message).toBe('List items differ (left 3 items, right 2): the left 1 item at line 4 has no counterpart on the right.');
  });

  it('reports an item only the Japanese numbered list has', () => {
    const german = lines('## Voraussetzungen', '', '1. Node.js 20', '2. `npm` 10');
    const japanese = lines('## 要件', '', '1. Node.js 20', '2. `npm` 10', '3. `git` 2.40 以降'); // 5
    const found = findingsOf(german, japanese);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 3, endLine: 4 }, right: { line: 5, endLine: 5 } });
    expect(found[0]!.message).toContain('the right 1 item at line 5 has no counterpart on the left');
  });

  it('reports items missing on both sides in one finding', () => {
    // Engine bug (reported): with equal counts the items pair by position; `json` pairs with `xlsx`
    // and `xlsx` with `pdf` although the shared `xlsx` says otherwise, and nothing is reported.
    const german = lines('## Funktionen', '', '- Export als `csv`', '- Export als `json`', '- Import aus `xlsx`');
    const korean = lines('## 기능', '', '- `csv`로 내보내기', '- `xlsx`에서 가져오기', '- `pdf`로 인쇄하기');
    const found = findingsOf(german, korean);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 4 }, right: { line: 5 } });
    expect(found[0]!.message).toContain('the left 1 item at line 4 has no counterpart on the right');
    expect(found[0]!.message).toContain('the right 1 item at line 5 has no counterpart on the left');
  });

  it('pairs an item whose content changed instead of reporting two missing items', () => {
    const german = lines('## Funktionen', '', '- Export als CSV', '- Export als JSON', '- Import aus Excel');
    const korean = lines('## 기능', '', '- CSV로 내보내기', '- XML로 내보내기', '- Excel에서 가져오기');
    expect(findingsOf(german, korean)).toEqual([]);
  });

  it('reports a dropped nested item, counting nested items (German ↔ Norwegian)', () => {
    const german = lines(
      '## Inhalt',
      '',
      '- [Installation](/install)',
      '  - [Linux](/install/linux)',
      '  - [macOS](/install/macos)',
      '  - [Windows](/install/windows)', // 6
      '- [Nutzung](/usage)',
    );
    const norwegian = lines(
      '## Innhold',
      '',
      '- [Installasjon](/install)',
      '  - [Linux](/install/linux)',
      '  - [macOS](/install/macos)',
      '- [Bruk](/usage)',
    );
    const found = findingsOf(german, norwegian);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 6, column: 3 } });
    expect(found[0]!.message).toContain('(left 5 items, right 4)');
    expect(found[0]!.message).toContain('item at line 6');
  });

  it('aligns pseudo-bullet items too (Norwegian en dashes)', () => {
    const german = lines('## Highlights', '', '- Leicht zu installieren, mit `npm i`.', '- Schnell: 10 ms pro Seite.', '- Kostenlos.');
    const norwegian = lines('## Høydepunkter', '', '– Enkel å installere, med `npm i`.', '– Gratis.');
    const found = findingsOf(german, norwegian);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 4 }, right: { line: 3, endLine: 4 } });
    expect(found[0]!.message).toContain('(left 3 items, right 2)');
  });

  it('uses plurals for several missing items', () => {
    const german = lines('## Plattformen', '', '- Linux (`x64`)', '- macOS (`arm64`)', '- Windows (`x64`, `arm64`)', '- FreeBSD (`x64`)');
    const arabic = lines('## المنصات', '', '- لينكس (`x64`)', '- ماك (`arm64`)');
    const found = findingsOf(german, arabic);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('the left 2 items at lines 5 and 6 have no counterpart on the right');
  });
});

describe('list-items: a list split by an item that lost its marker', () => {
  it('does not call the items of a Chinese list split in two missing (missing-block reports the split once)', () => {
    const english = [
      '#### Caveats {/*root-render-caveats*/}',
      '',
      '* The first time you call `root.render`, React will clear all the existing HTML content inside the React root.', // 3
      '',
      '* If your root contains HTML generated by React on the server, use [`hydrateRoot()`](/reference/react-dom/client/hydrateRoot) instead.',
      '',
      '* If you call `render` on the same root more than once, React will update the DOM by ["matching it up"](/learn/preserving-and-resetting-state) with the previous tree.',
      '',
      '* Although rendering is synchronous once it starts, `root.render(...)` is not: wrap it in [`flushSync`](https://react.dev/reference/react-dom/flushSync) if timing matters.',
      '',
    ].join('\n');
    const chinese = [
      '#### 注意 {/*root-render-caveats*/}',
      '',
      '* 首次调用 `root.render` 时，React 会先清空根节点中所有已经存在的 HTML。', // 3
      '',
      '* 如果你的根节点包含了由 React 在服务端生成的 HTML 内容，请使用 [`hydrateRoot()`](/reference/react-dom/client/hydrateRoot) 替代这个方法。',
      '',
      '如果你在一个根节点上多次调用了 `render`，React 会通过 [“比较”](/learn/preserving-and-resetting-state) 之前渲染的树来更新 DOM。', // 7
      '',
      '* 尽管渲染一旦开始就是同步的，但 `root.render(...)` 并不是：如果时序很重要，可以用 [`flushSync`](https://react.dev/reference/react-dom/flushSync) 包裹它。',
      '',
    ].join('\n');
    const findings = compare(english, chinese).findings.filter((f) => f.severity !== 'info');
    expect(findings.filter((f) => f.check === 'list-items')).toEqual([]);
    const structural = findings.filter((f) => f.check === 'missing-block');
    expect(structural).toHaveLength(1);
    expect(structural[0]!.message).toContain('a list item lost its marker, or a continuation its indent, which ends the list there');
  });

  it('reads items standing in a list of their own in the same section as a list split apart, not missing (info; nodebestpractices in Japanese)', () => {
    const english = lines(
      '## Protect Personally Identifiable Information (PII Data)',
      '',
      '- Personally identifiable information (PII) is any data that can be used to identify a specific individual',
      '- Protect Personally Identifiable Information in the applications by encrypting them',
      '- Follow the data privacy laws of the land. Reference laws:',
      '  - European Union: GDPR - https://ec.europa.eu/info/law/law-topic/data-protection_en',
      '  - India: https://meity.gov.in/writereaddata/files/Personal_Data_Protection_Bill,2018.pdf',
      '  - Singapore: https://www.pdpc.gov.sg/Legislation-and-Guidelines/Personal-Data-Protection-Act-Overview',
    );
    const japanese = lines(
      '## 個人識別可能な情報（PIIデータ）の保護',
      '',
      '- 個人情報（PII）とは、特定の個人を識別できるデータのことである',
      '- アプリケーションでは個人情報は暗号化して保護する',
      '- その地域におけるデータプライバシーに関する法律に従う',
      '',
      '参考となる法律:',
      '',
      '- 欧州連合（EU）: GDPR - https://ec.europa.eu/info/law/law-topic/data-protection_en',
      '- インド: https://meity.gov.in/writereaddata/files/Personal_Data_Protection_Bill,2018.pdf',
      '- シンガポール: https://www.pdpc.gov.sg/Legislation-and-Guidelines/Personal-Data-Protection-Act-Overview',
    );
    const found = compare(english, japanese, {
      leftPath: 'en/commonsecuritybestpractices.md',
      rightPath: 'ja/commonsecuritybestpractices.md',
    }).findings.filter((f) => f.check === 'list-items');
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('but the right has 3 items in a list of its own at line 3 in the same section: the list may be split apart');
    // Without the separate list, the three laws are missing: a warning.
    const short = japanese.replace(/\n参考となる法律:[\s\S]*$/, '\n');
    expect(
      compare(english, short, { leftPath: 'en/commonsecuritybestpractices.md', rightPath: 'ja/commonsecuritybestpractices.md' }).findings.filter(
        (f) => f.check === 'list-items',
      ),
    ).toMatchObject([{ severity: 'warning' }]);
  });
});
