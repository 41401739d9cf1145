/** heading-id: explicit heading ids lost, changed or added. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'heading-id';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, paths = ['a.en.mdx', 'a.tr.mdx']): Finding[] =>
  compare(left, right, { leftPath: paths[0], rightPath: paths[1] }).findings.filter((f) => f.check === id);

const english = lines('## Installation {#installation}', '', 'Run `npm install`.', '', '## Usage {#usage}', '', 'Import `run` from the package.');

describe('heading-id', () => {
  it('accepts ids kept under translated headings, and reads them as ids, not text (MDX and Markdown)', () => {
    const hebrew = lines('## התקנה {#installation}', '', 'הריצו `npm install`.', '', '## שימוש {#usage}', '', 'ייבאו את `run` מהחבילה.');
    expect(findingsOf(english, hebrew)).toEqual([]);
    expect(findingsOf(english, hebrew, ['a.en.md', 'a.he.md'])).toEqual([]);
    const report = compare(english, hebrew, { leftPath: 'a.en.mdx', rightPath: 'a.he.mdx' });
    expect(report.sections.slice(1).map((s) => s.left?.title)).toEqual(['Installation', 'Usage']);
    expect(report.left.flavor).toBe('mdx');
  });

  it('reports a lost id and a translated one (Portuguese)', () => {
    const portuguese = lines('## Instalação', '', 'Execute `npm install`.', '', '## Uso {#uso}', '', 'Importe `run` do pacote.');
    const found = findingsOf(english, portuguese);
    expect(found).toMatchObject([
      { severity: 'error', left: { line: 1 }, right: { line: 1 } },
      { severity: 'error', left: { line: 5 }, right: { line: 5 } },
    ]);
    expect(found[0]!.message).toContain('lost its id `#installation`');
    expect(found[1]!.message).toContain('the left has `#usage`, the right `#uso`');
  });

  it("reads react.dev's comment ids in MDX and reports a changed one (Chinese)", () => {
    const left = lines('## Installing React {/*installing-react*/}', '', 'Run `npm install react`.');
    const right = lines('## 安装 React {/*an-zhuang-react*/}', '', '运行 `npm install react`。');
    const found = findingsOf(left, right, ['install.en.md', 'install.zh.md']);
    expect(found).toHaveLength(1);
    const mdx = compare(left, right, { leftPath: 'install.en.md', rightPath: 'install.zh.md', config: { flavor: 'mdx' } });
    expect(mdx.left.flavor).toBe('mdx');
    expect(mdx.findings.filter((f) => f.check === id)).toHaveLength(1);
    expect(mdx.findings.filter((f) => f.check === 'inline-format')).toEqual([]);
  });

  it('accepts an explicit id that equals the other side’s generated anchor (a Chinese <h1 id> against an English Markdown heading)', () => {
    const left = lines('# 4. Testing and overall quality practices', '', 'Write [API tests](#4-1-at-the-very-least-write-api-tests) first.');
    const right = lines(
      '<h1 id="4-testing-and-overall-quality-practices">4. 测试和总体质量实践</h1>',
      '',
      '先写 [API 测试](#4-1-at-the-very-least-write-api-tests)。',
    );
    expect(findingsOf(left, right, ['README.md', 'README.zh.md'])).toEqual([]);
  });
});
