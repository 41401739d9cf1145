/** frontmatter-keys: keys on one side only, or front matter on one side only. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'frontmatter-keys';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const german = lines(
  '---', // 1
  'title: Einführung',
  'description: Was das Werkzeug tut.',
  'sidebar_position: 1',
  '---', // 5
  '',
  '# Einführung',
);

describe('frontmatter-keys', () => {
  it('accepts the same keys with translated values (Spanish)', () => {
    const spanish = lines('---', 'title: Introducción', 'description: Qué hace la herramienta.', 'sidebar_position: 1', '---', '', '# Introducción');
    expect(findingsOf(german, spanish)).toEqual([]);
  });

  it('accepts the same keys in another order, quoted keys and nested values (Japanese)', () => {
    const japanese = lines('---', 'sidebar_position: 1', '"title": はじめに', 'description: >-', '  ツールの機能。', '---', '', '# はじめに');
    expect(findingsOf(german, japanese)).toEqual([]);
  });

  it('accepts two documents without front matter', () => {
    expect(findingsOf(lines('# Einführung', '', 'Text.'), lines('# Introducción', '', 'Texto.'))).toEqual([]);
  });

  it('reports a key the Spanish front matter lacks, at both front matter blocks', () => {
    const spanish = lines('---', 'title: Introducción', 'sidebar_position: 1', '---', '', '# Introducción');
    const found = findingsOf(german, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 1, endLine: 5 }, right: { line: 1, endLine: 4 }, row: 0 });
    expect(found[0]!.message).toBe('Front matter keys differ: only the left has “description”.');
  });

  it('names keys only one side has, on both sides (Korean ↔ Arabic)', () => {
    const korean = lines('---', 'title: 소개', 'author: 김민수', '---', '', '# 소개');
    const arabic = lines('---', 'title: مقدمة', 'dir: rtl', '---', '', '# مقدمة');
    const found = findingsOf(korean, arabic);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Front matter keys differ: only the left has “author”; only the right has “dir”.');
  });

  it('reports front matter only the left has; the right location is its first line', () => {
    const left = lines('---', 'title: Einführung', 'slug: /intro', '---', '', '# Einführung', '', 'Text.');
    const right = lines('# Introducción', '', 'Texto.');
    const found = findingsOf(left, right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 1, endLine: 4 }, right: { line: 1, column: 1 } });
    expect(found[0]!.message).toBe('Only the left has front matter (“title”, “slug”); the right has none.');
  });

  it('reports front matter only the right (Hebrew) has', () => {
    const found = findingsOf(lines('# Introduction', '', 'Text.'), lines('---', 'title: מבוא', '---', '', '# מבוא', '', 'טקסט.'));
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1 }, right: { line: 1, endLine: 3 } }]);
    expect(found[0]!.message).toContain('Only the right has front matter (“title”)');
  });

  it('reports the keys of an empty front matter block as missing', () => {
    const found = findingsOf(lines('---', '---', '', '# A'), lines('---', 'title: B', '---', '', '# B'));
    expect(found).toMatchObject([{ left: { line: 1, endLine: 2 }, right: { line: 1, endLine: 3 } }]);
    expect(found[0]!.message).toContain('only the right has “title”');
  });

  it('reads the keys of front matter that does not parse (Polish, broken quote)', () => {
    const polish = lines('---', 'title: Wprowadzenie', 'description: "Co robi narzędzie', 'sidebar_position: 1', '---', '', '# Wprowadzenie');
    const found = findingsOf(german, polish);
    // Keys are read line by line even when the YAML is broken: all three are there.
    expect(found).toEqual([]);
  });

  it('compares the keys of front matter that CommonMark missed (a blank line before the fence)', () => {
    const norwegian = lines('', '---', 'title: Introduksjon', 'sidebar_position: 1', '---', '', '# Introduksjon');
    const found = findingsOf(german, norwegian);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1, endLine: 5 }, right: { line: 2, endLine: 5 } }]);
    expect(found[0]!.message).toContain('only the left has “description”');
  });

  // Seed 12: react.dev zh-hans pages credit their translators; Astro docs translations omit the source-only `i18nReady`.
  it('translation bookkeeping on one side is info, a real key in the same front matter still a warning', () => {
    const english = lines(
      '---',
      'title: Scaling Up with Reducer and Context',
      '---',
      '',
      '<Intro>',
      '',
      'Reducers let you consolidate a component’s state update logic.',
      '',
      '</Intro>',
    );
    const chinese = lines(
      '---',
      'title: 使用 Reducer 和 Context 拓展你的应用',
      'translators:',
      '  - Ikaite',
      '  - KnowsCount',
      '---',
      '',
      '<Intro>',
      '',
      'Reducer 可以整合组件的状态更新逻辑。',
      '',
      '</Intro>',
    );
    const credits = findingsOf(english, chinese);
    expect(credits).toMatchObject([{ severity: 'info' }]);
    expect(credits[0]!.message).toBe(
      'Front matter keys differ: only the right has “translators”; translation bookkeeping (a readiness flag the site reads from the source, or credits and status a translation keeps), not a difference of the page.',
    );
    const astro = lines('---', 'title: Pages', 'description: Create your first Astro page.', 'i18nReady: true', '---', '', '# Pages');
    for (const translated of [
      lines('---', 'title: 页面', 'description: 创建你的第一个 Astro 页面。', '---', '', '# 页面'),
      lines('---', 'title: 페이지', 'description: 첫 번째 Astro 페이지를 만드세요.', '---', '', '# 페이지'),
    ])
      expect(findingsOf(astro, translated).map((f) => f.severity)).toEqual(['info']);
    const noDescription = lines('---', 'title: Páginas', '---', '', '# Páginas');
    expect(findingsOf(astro, noDescription).map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'Front matter keys differ: only the left has “description”.'],
      ['info', expect.stringContaining('only the left has “i18nReady”; translation bookkeeping')],
    ]);
  });
});
