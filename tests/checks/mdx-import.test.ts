/** mdx-import: a component used without its import, or imported from elsewhere. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'mdx-import';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] =>
  compare(left, right, { leftPath: 'page.en.mdx', rightPath: 'page.tr.mdx' }).findings.filter((f) => f.check === id);

const page = (imports: string[], heading: string, text: string) =>
  lines(
    ...imports,
    '',
    `## ${heading}`,
    '',
    '<Tabs>',
    '<TabItem label="npm">',
    '',
    text,
    '',
    '</TabItem>',
    '</Tabs>',
    '',
    'See <Badge text="new" /> features.',
  );
const imports = ["import { Tabs, TabItem, Badge } from '@astrojs/starlight/components';"];

describe('mdx-import', () => {
  it('accepts the same imports on both sides (Chinese)', () => {
    expect(findingsOf(page(imports, 'Install', 'Run `npm i`.'), page(imports, '安装', '运行 `npm i`。'))).toEqual([]);
  });

  it('reports a component still used on the right after its import was dropped, at the use', () => {
    const right = page(["import { Tabs, TabItem } from '@astrojs/starlight/components';"], '安装', '运行 `npm i`。');
    const found = findingsOf(page(imports, 'Install', 'Run `npm i`.'), right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', left: null, right: { line: 13 } });
    expect(found[0]!.message).toContain('uses <Badge> at line 13 but does not import it');
  });

  it('reports a name imported from another module as a warning', () => {
    const right = page(["import { Tabs, TabItem, Badge } from '~/components/starlight';"], 'Installer', 'Lancez `npm i`.');
    const found = findingsOf(page(imports, 'Install', 'Run `npm i`.'), right);
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(found[0]!.message).toContain('from `~/components/starlight` on the right');
  });

  it('accepts an import dropped with the component that used it, and an extra unused import', () => {
    const left = lines("import Since from '~/components/Since.astro';", '', '## Options', '', '<Since v="4.0" />', '', 'Set `site`.');
    const right = lines(
      "import Since from '~/components/Since.astro';",
      "import { Aside } from '@astrojs/starlight/components';",
      '',
      '## Opciones',
      '',
      'Define `site`.',
    );
    expect(findingsOf(left, right)).toEqual([]);
  });
});
