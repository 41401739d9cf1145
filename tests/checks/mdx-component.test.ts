/** mdx-component: components missing, extra, replaced, or with a prop that must match changed. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';
import type { CompareOptions } from '../../src/core/compare.js';

const id = 'mdx-component';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, options: CompareOptions = {}): Finding[] =>
  compare(left, right, { leftPath: 'page.en.mdx', rightPath: 'page.tr.mdx', ...options }).findings.filter((f) => f.check === id);

const english = lines(
  "import { Steps, LinkCard, Aside } from '@astrojs/starlight/components';",
  '',
  '## Deploy',
  '',
  '<Steps>',
  '',
  '1. Build your site with `npm run build`.',
  '2. Upload the `dist/` folder.',
  '',
  '</Steps>',
  '',
  '<Aside type="tip" title="Preview first">',
  'Run `npm run preview` to check the build locally.',
  '</Aside>',
  '',
  '<LinkCard title="Deployment guides" href="/en/guides/deploy/" />',
);
const korean = lines(
  "import { Steps, LinkCard, Aside } from '@astrojs/starlight/components';",
  '',
  '## 배포',
  '',
  '<Steps>',
  '',
  '1. `npm run build`로 사이트를 빌드합니다.',
  '2. `dist/` 폴더를 업로드합니다.',
  '',
  '</Steps>',
  '',
  '<Aside type="tip" title="먼저 미리 보기">',
  '`npm run preview`를 실행하여 빌드를 로컬에서 확인하세요.',
  '</Aside>',
  '',
  '<LinkCard title="배포 가이드" href="/ko/guides/deploy/" />',
);

describe('mdx-component', () => {
  it('accepts a faithful Korean page: prose props translated, the link in the Korean tree', () => {
    expect(findingsOf(english, korean)).toEqual([]);
  });

  it('reports a dropped <Steps> wrapper, at its line, and nothing about the list it held', () => {
    const dropped = korean.replace('<Steps>\n\n', '').replace('\n</Steps>\n', '');
    const report = compare(english, dropped, { leftPath: 'page.en.mdx', rightPath: 'page.ko.mdx' });
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', left: { line: 5 }, right: null });
    expect(found[0]!.message).toContain('<Steps>');
    expect(report.findings.filter((f) => f.check === 'missing-block')).toEqual([]);
  });

  it('reports a whole <Aside> dropped with its content once, not once per paragraph inside it', () => {
    const dropped = korean.replace(
      '<Aside type="tip" title="먼저 미리 보기">\n`npm run preview`를 실행하여 빌드를 로컬에서 확인하세요.\n</Aside>\n\n',
      '',
    );
    const report = compare(english, dropped, { leftPath: 'page.en.mdx', rightPath: 'page.ko.mdx' });
    expect(report.findings.map((f) => `${f.check} ${f.left?.line ?? '-'}/${f.right?.line ?? '-'}`)).toEqual([`${id} 12/-`]);
  });

  it('reports an HTML wrapper such as <p> lost around kept content as a warning only (Spanish)', () => {
    const left = lines('### `site`', '', '<p>', '', '**Type:** `string`', '</p>', '', 'Your final URL.');
    const right = lines('### `site`', '', '**Tipo:** `string`', '', 'Tu URL final.');
    const found = findingsOf(left, right);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 3 } }]);
    expect(found[0]!.message).toContain('the HTML element <p>');
  });

  it('reports a translated prop name and a link to another page', () => {
    const changed = korean.replace('<Aside type="tip" title=', '<Aside type="tip" 제목=').replace('/ko/guides/deploy/', '/ko/guides/integrations/');
    const found = findingsOf(english, changed);
    expect(found.map((f) => [f.left?.line, f.right?.line])).toEqual([
      [12, 12],
      [16, 16],
    ]);
    expect(found[0]!.message).toContain('has `제목` where the left has `title`');
    expect(found[1]!.message).toContain('prop `href` differs');
  });

  it('reports another component in the place of one', () => {
    const replaced = korean.replace('<Aside type="tip" title="먼저 미리 보기">', '<Card title="먼저 미리 보기">').replace('</Aside>', '</Card>');
    const found = findingsOf(english, replaced);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('The left has <Aside> at line 12');
    expect(found[0]!.message).toContain('the right <Card>');
  });

  it('compares configured props: Docusaurus tab values must stay untranslated', () => {
    const tabs = (value: string) =>
      lines("import TabItem from '@theme/TabItem';", '', '## Install', '', `<TabItem value="${value}" label="npm">`, '', 'Text.', '', '</TabItem>');
    expect(findingsOf(tabs('npm'), tabs('エヌピーエム'))).toEqual([]);
    const found = findingsOf(tabs('npm'), tabs('エヌピーエム'), { config: { mdx: { presets: ['docusaurus'] } } });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('prop `value` differs');
  });

  it('accepts a component translators may remove, configured or named by the source', () => {
    const withBanner = english.replace('## Deploy', '<Banner />\n\n## Deploy');
    expect(findingsOf(withBanner, korean)).toMatchObject([{ left: { line: 3 }, right: null }]);
    expect(findingsOf(withBanner, korean, { config: { mdx: { removableComponents: ['Banner'] } } })).toEqual([]);
    const instructed = withBanner.replace('## Deploy', '{/* Translators, please remove the <Banner /> component. */}\n\n## Deploy');
    expect(findingsOf(instructed, korean)).toEqual([]);
  });

  it('accepts a component the Korean page writes over three lines where the English writes it inline in a paragraph', () => {
    const left = lines(
      "import ReadMore from '~/components/ReadMore.astro';",
      '',
      '## Deploy',
      '',
      'Build the site with `astro build`.',
      '',
      '<ReadMore>See the [Vercel deploy guide](/en/guides/deploy/vercel/).</ReadMore>',
    );
    const right = lines(
      "import ReadMore from '~/components/ReadMore.astro';",
      '',
      '## 배포',
      '',
      '`astro build`로 사이트를 빌드하세요.',
      '',
      '<ReadMore>',
      '[Vercel 배포 가이드](/ko/guides/deploy/vercel/)를 참고하세요.',
      '</ReadMore>',
    );
    expect(findingsOf(left, right, { leftPath: 'vercel.en.mdx', rightPath: 'vercel.ko.mdx' })).toEqual([]);
  });

  it('does not call a wrapper shift “another component in its place”: both names occur on both sides (Chinese)', () => {
    const left = lines(
      '## toggle()',
      '',
      '<p>',
      '',
      '**Type:** `() => void`',
      '',
      '</p>',
      '',
      '<Since v="4.7.0" />',
      '',
      'Toggles the state.',
      '',
      '## send()',
      '',
      '<p>',
      '',
      '**Type:** `(data) => void`',
      '',
      '</p>',
    );
    const right = lines(
      '## toggle()',
      '',
      '<Since v="4.7.0" />',
      '',
      '切换状态。',
      '',
      '## send()',
      '',
      '<p>',
      '',
      '**类型：** `(data) => void`',
      '',
      '</p>',
    );
    const found = findingsOf(left, right, { leftPath: 'toolbar.en.mdx', rightPath: 'toolbar.zh-cn.mdx' });
    expect(found.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(found.filter((finding) => finding.message.includes('another component in its place'))).toEqual([]);
  });
});
