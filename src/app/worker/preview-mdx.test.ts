import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/model/build-document.js';
import { definitionNodes, previewHast } from './preview-hast.js';

/** Each block's rendered preview as HTML, by the block's first line. */
function previews(text: string, path: string): Map<number, string> {
  const model = buildDocument(text, { path });
  const definitions = definitionNodes(model);
  const out = new Map<number, string>();
  for (const block of model.blocks) {
    const hast = previewHast(block, definitions);
    if (hast) out.set(block.span.line, toHtml(hast));
  }
  return out;
}

// A Starlight page in Korean (astro-docs shape): an import, a container of steps, an aside, inline JSX.
const korean = [
  '---',
  'title: 통합 추가하기',
  '---',
  "import { Steps, Tabs, TabItem } from '@astrojs/starlight/components';",
  '',
  '<Steps>',
  '1. 패키지를 설치합니다.',
  '2. 설정 파일에 <Badge text="새 기능" variant="tip" />을 추가합니다.',
  '</Steps>',
  '',
  ':::caution[사용 중단]',
  '이 API는 다음 버전에서 제거됩니다.',
  ':::',
  '',
  '<Tabs syncKey="pkg">',
  '  <TabItem label="npm">',
  '  ```sh',
  '  npm install @astrojs/react',
  '  ```',
  '  </TabItem>',
  '</Tabs>',
  '',
  '현재 값은 {frontmatter.version}입니다.',
].join('\n');

describe('MDX in the rendered preview', () => {
  const html = previews(korean, 'ko/guides/integrations.mdx');

  it('shows a component container by its name and props, its content left to its own rows', () => {
    expect(html.get(6)).toBe('<div class="mdx-box"><div class="mdx-label">&#x3C;Steps></div></div>');
    expect(html.get(15)).toContain('&#x3C;Tabs syncKey="pkg">');
    // The Tabs row does not repeat the TabItem's code: the nested component is a row of its own.
    expect(html.get(15)).not.toContain('npm install');
  });

  it('shows an inline component as a labelled box inside the sentence, props as written, nothing evaluated', () => {
    const list = html.get(7)!;
    expect(list).toContain('<span class="mdx-inline"><span class="mdx-label">&#x3C;Badge text="새 기능" variant="tip"></span></span>');
    expect(list).toContain('패키지를 설치합니다.');
  });

  it('shows a directive by its type and label, and an expression as its source', () => {
    expect(html.get(11)).toBe('<div class="mdx-box"><div class="mdx-label">:::caution[사용 중단]</div></div>');
    expect(html.get(23)).toContain('<span class="mdx-expression">{frontmatter.version}</span>');
    expect(html.get(4)).toContain("<pre><code>import { Steps, Tabs, TabItem } from '@astrojs/starlight/components';</code></pre>");
  });

  it('keeps the sanitiser: a component cannot smuggle a script or a handler through its props', () => {
    const model = buildDocument('<Note onClick="alert(1)" title="x"><script>alert(2)</script></Note>\n\n<img src="x" onerror="alert(3)" />', {
      path: 'he/x.mdx',
    });
    const trees = model.blocks.map((block) => previewHast(block, []));
    const elements: Array<{ tagName: string; properties: Record<string, unknown> }> = [];
    const walk = (node: Nodes) => {
      if (node.type === 'element') elements.push(node);
      if ('children' in node) for (const child of node.children) walk(child);
    };
    for (const tree of trees) if (tree) walk(tree);
    // The props are shown as text in the label; no element is a script or carries a handler.
    expect(elements.map((element) => element.tagName)).not.toContain('script');
    expect(elements.flatMap((element) => Object.keys(element.properties)).filter((key) => /^on/i.test(key))).toEqual([]);
    expect(trees.map((tree) => (tree ? toHtml(tree) : '')).join('\n')).toContain('&#x3C;Note onClick="alert(1)" title="x">');
  });
});
