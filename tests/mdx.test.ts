/**
 * MDX and directives in the model: the flavor from the configuration, the
 * front matter, the file name and the text; components, imports and
 * directive boxes as blocks with their content as ordinary blocks; heading
 * ids as ids; and the configuration keys that govern them.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ConfigError, buildDocument, compare, validateConfig } from '../src/core/index.js';
import { detectSyntax } from '../src/core/parse/flavor.js';
import { maskForParse } from '../src/core/parse/parse-markdown.js';

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const shape = (text: string, path?: string) =>
  buildDocument(text, { path }).blocks.map((block) => {
    const name = block.component ? `<${block.component.name}>` : block.directive ? `:::${block.directive.name}` : block.kind;
    return `${name} ${block.span.line}-${block.span.endLine}${block.container === undefined ? '' : ` in ${block.container}`}`;
  });

describe('flavor', () => {
  it('comes from the setting, then the front matter, then the file name, then the text', () => {
    expect(detectSyntax('# Hi\n', { path: 'a.mdx' })).toMatchObject({ flavor: 'mdx', detectedBy: 'path', directives: true });
    expect(detectSyntax('# Hi\n', { path: 'a.md' })).toMatchObject({ flavor: 'markdown', detectedBy: 'path', directives: false });
    expect(detectSyntax('# Hi\n', { path: 'a.md', setting: 'mdx' })).toMatchObject({ flavor: 'mdx', detectedBy: 'config' });
    expect(detectSyntax('---\ntitle: Hi\nformat: md\n---\n\n# Hi\n', { path: 'a.mdx' })).toMatchObject({
      flavor: 'markdown',
      detectedBy: 'front-matter',
    });
    expect(detectSyntax("import X from './x';\n\n<X />\n")).toMatchObject({ flavor: 'mdx', detectedBy: 'content' });
    // An `import` line in a JavaScript example is code, not MDX.
    expect(detectSyntax("# Guide\n\n```js\nimport x from 'x';\n```\n").flavor).toBe('markdown');
  });

  it('reads directives in a Markdown file that opens one, not in code', () => {
    expect(detectSyntax(':::note\nText.\n:::\n', { path: 'a.md' }).directives).toBe(true);
    expect(detectSyntax('```\n:::note\n```\n', { path: 'a.md' }).directives).toBe(false);
  });

  it('blanks `{#id}` and admonition titles with spaces of the same length, never inside code', () => {
    const text = lines('## Setup {#setup}', '', ':::tip Use the LTS', 'Text.', ':::', '', '```md', '## Code {#code}', '```');
    const masked = maskForParse(text, { flavor: 'mdx', detectedBy: 'path', directives: true });
    expect(masked.length).toBe(text.length);
    expect(masked).toContain(`## Setup ${' '.repeat('{#setup}'.length)}\n`);
    expect(masked).toContain(`:::tip${' '.repeat(' Use the LTS'.length)}\n`);
    expect(masked).toContain('## Code {#code}');
  });
});

describe('the MDX model', () => {
  const starlight = lines(
    '---',
    'title: Démarrer',
    '---',
    '',
    "import { Steps, Tabs, TabItem } from '@astrojs/starlight/components';",
    '',
    '<Steps>',
    '',
    '1. Installez `astro`.',
    '',
    '</Steps>',
    '',
    '<Tabs syncKey="pkg">',
    '  <TabItem label="npm">',
    '',
    '  ```sh',
    '  npm i astro',
    '  ```',
    '',
    '  </TabItem>',
    '</Tabs>',
    '',
    ':::caution[Obsolète]',
    'Cette option sera retirée.',
    ':::',
  );

  it('reads components, imports and directive boxes as blocks, their content as ordinary blocks inside them', () => {
    expect(shape(starlight, 'start.fr.mdx')).toEqual([
      'frontmatter 1-3',
      'esm 5-5',
      '<Steps> 7-7',
      'list 9-9 in 2',
      '<Tabs> 13-13',
      '<TabItem> 14-14 in 4',
      'code 16-18 in 5',
      ':::caution 23-23',
      'paragraph 24-24 in 7',
    ]);
    const document = buildDocument(starlight, { path: 'start.fr.mdx' });
    expect(document.blocks[1]!.esm!.imports.map((binding) => binding.local)).toEqual(['Steps', 'Tabs', 'TabItem']);
    expect(document.blocks[4]!.component!.props).toEqual([{ name: 'syncKey', value: 'pkg', kind: 'token' }]);
    expect(document.blocks[5]!.component!.props).toEqual([{ name: 'label', value: 'npm', kind: 'prose' }]);
    expect(document.blocks[5]!.features.text).toBe('npm');
    expect(document.blocks[7]!.directive).toMatchObject({ kind: 'container', name: 'caution', label: 'Obsolète' });
    expect(document.blocks[7]!.features.text).toBe('Obsolète');
  });

  it('reads the same file as Markdown when it is named `.md`: no components, the aside a paragraph-free box', () => {
    const blocks = shape(starlight, 'start.fr.md');
    expect(blocks.some((block) => block.startsWith('<'))).toBe(false);
    expect(blocks).toContain(':::caution 23-23');
  });

  it("reads Docusaurus' `:::tip Title` with its title and `{#id}` as an id (Japanese)", () => {
    const document = buildDocument(lines('## 要件 {#requirements}', '', ':::tip 最新の LTS', '本文。', ':::'), { path: 'a.ja.mdx' });
    expect(document.blocks[0]!.heading!.text).toBe('要件');
    expect(document.blocks[0]!.features.anchors).toEqual(['requirements']);
    expect(document.blocks[1]!.directive).toMatchObject({ name: 'tip', label: '最新の LTS' });
  });

  it('never runs what it parses: an expression with side effects stays text in the tree', () => {
    const marker = '__mdparity_ran__';
    const text = lines(
      `export const x = (globalThis.${marker} = true);`,
      '',
      `Value: {(globalThis.${marker} = true)}`,
      '',
      `<Box onClick={() => { globalThis.${marker} = true }} />`,
    );
    const document = buildDocument(text, { path: 'x.mdx' });
    expect(document.mdxError).toBeNull();
    expect(document.blocks.map((block) => block.kind)).toEqual(['esm', 'paragraph', 'component']);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('reads a file that does not compile as Markdown and keeps MDX’s message and position', () => {
    const document = buildDocument(lines('# 标题', '', '<Aside>', '', '内容 {未闭合'), { path: 'a.zh.mdx' });
    expect(document.syntax.flavor).toBe('markdown');
    expect(document.mdxError).toMatchObject({ line: 5 });
  });

  it('shows the flavor in the report', () => {
    const report = compare('# A\n', '# B\n', { leftPath: 'a.en.mdx', rightPath: 'a.de.md' });
    expect([report.left.flavor, report.right.flavor]).toEqual(['mdx', 'markdown']);
  });
});

describe('MDX configuration', () => {
  const validateSchema = new Ajv({ strict: true }).compile(JSON.parse(readFileSync('docs/config.schema.json', 'utf8')));

  it('accepts the flavor and the mdx settings, as the schema does', () => {
    const config = { flavor: 'mdx', mdx: { presets: ['starlight', 'docusaurus'], removableComponents: ['Banner'], propsMustMatch: ['variant'] } };
    expect(validateConfig(config)).toEqual(config);
    expect(validateSchema(config)).toBe(true);
  });

  it('names the key at fault', () => {
    expect(() => validateConfig({ flavor: 'markdoc' })).toThrow(/“flavor” must be one of auto, markdown, mdx/);
    expect(() => validateConfig({ mdx: { presets: ['nextra'] } })).toThrow(/unknown preset “nextra” in “mdx.presets”/);
    expect(() => validateConfig({ mdx: { removable: [] } })).toThrow(ConfigError);
    expect(validateSchema({ flavor: 'markdoc' })).toBe(false);
  });
});
