/** An HTML block that is only a heading element is a heading: sections, ids and the alignment see it. */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../src/core/index.js';
import { buildDocument } from '../../src/core/model/build-document.js';
import { headingAnchors } from '../../src/core/model/slug.js';

// A Chinese README that writes its category titles as `<h1 id>` over code, as the stale nodebestpractices one does.
const chinese = [
  '# Node.js 最佳实践',
  '',
  '<h1 align="center">',
  '  <img src="assets/images/banner-2.jpg" alt="Node.js Best Practices" />',
  '</h1>',
  '',
  '1. [项目结构实践](#1-project-structure-practices)',
  '2. [异常处理实践](#2-error-handling-practices)',
  '3. [测试和总体质量实践](#3-testing-practices)',
  '',
  '<h1 id="1-project-structure-practices"><code>1. 项目结构实践</code></h1>',
  '',
  '项目结构对于可维护性至关重要。',
  '',
  '<h1 id="2-error-handling-practices"><code>2. 错误处理最佳实践</code></h1>',
  '',
  '使用 [async-await](https://javascript.info/async-await) 处理异步错误。',
  '',
  '<h2 id="3-testing-practices" dir="ltr">',
  '  3. 测试 &amp; 质量',
  '</h2>',
  '',
  '<h2>Node.js</h2><div>横幅</div>',
  '',
].join('\n');

const english = [
  '# Node.js Best Practices',
  '',
  '<h1 align="center">',
  '  <img src="assets/images/banner-2.jpg" alt="Node.js Best Practices" />',
  '</h1>',
  '',
  '1. [Project Structure Practices](#1-project-structure-practices)',
  '2. [Error Handling Practices](#2-error-handling-practices)',
  '3. [Testing Practices](#3-testing-practices)',
  '',
  '# `1. Project Structure Practices`',
  '',
  'A good structure is the key to maintainability.',
  '',
  '# `2. Error Handling Practices`',
  '',
  'Handle async errors with [async-await](https://javascript.info/async-await).',
  '',
  '## 3. Testing & Quality',
  '',
  '<h2>Node.js</h2><div>Banner</div>',
  '',
].join('\n');

describe('HTML heading blocks', () => {
  it('reads <h1 id><code>…</code></h1> as a heading of depth 1 with its text, code and id, at the positions of the file', () => {
    const doc = buildDocument(chinese);
    const heading = doc.blocks.find((block) => block.span.line === 11)!;
    expect(heading.kind).toBe('heading');
    expect(heading.heading).toEqual({ depth: 1, form: 'html', text: '1. 项目结构实践' });
    expect(heading.features.anchors).toEqual(['1-project-structure-practices']);
    expect(heading.features.codes[0]).toMatchObject({ value: '1. 项目结构实践', span: { line: 11, column: 46 } });
  });

  it('reads a heading element over several lines, with other attributes and entities; a banner image heading keeps its image', () => {
    const doc = buildDocument(chinese);
    const testing = doc.blocks.find((block) => block.span.line === 19)!;
    expect(testing.heading).toEqual({ depth: 2, form: 'html', text: '3. 测试 & 质量' });
    expect(testing.features.anchors).toEqual(['3-testing-practices']);
    const banner = doc.blocks.find((block) => block.span.line === 3)!;
    expect(banner.heading).toMatchObject({ depth: 1, text: '' });
    expect(banner.features.images[0]).toMatchObject({ url: 'assets/images/banner-2.jpg', alt: 'Node.js Best Practices' });
  });

  it('keeps an HTML block that holds more than a heading element an HTML block', () => {
    const doc = buildDocument(chinese);
    expect(doc.blocks.find((block) => block.span.line === 23)!.kind).toBe('html');
  });

  it('opens sections and resolves table-of-contents links through the explicit ids', () => {
    const doc = buildDocument(chinese);
    expect(doc.sections.map((section) => section.title)).toEqual([
      '',
      'Node.js 最佳实践',
      '',
      '1. 项目结构实践',
      '2. 错误处理最佳实践',
      '3. 测试 & 质量',
    ]);
    const anchors = headingAnchors(doc);
    expect(doc.blocks[anchors.get('2-error-handling-practices')!]!.span.line).toBe(15);
  });

  it('pairs the HTML headings with the Markdown headings of the other language', () => {
    const { report } = compareDocuments(english, chinese, { leftPath: 'README.md', rightPath: 'README.zh.md' });
    const pairs = report.alignment.filter((row) => row.left && row.right).map((row) => `${row.left!.line}/${row.right!.line}`);
    expect(pairs).toEqual(expect.arrayContaining(['11/11', '15/15', '19/19']));
  });
});
