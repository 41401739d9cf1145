/** frontmatter-value: data values that differ, text values that were not translated. */
import { describe, expect, it } from 'vitest';
import { compare, type CheckConfig, type Finding } from '../../src/core/index.js';

const id = 'frontmatter-value';
const page = (front: string[], heading: string) => `---\n${front.join('\n')}\n---\n\n# ${heading}\n`;
const findingsOf = (left: string, right: string, config?: CheckConfig): Finding[] =>
  compare(left, right, { config }).findings.filter((f) => f.check === id);

const german = page(
  [
    'title: Installation',
    'description: So richten Sie das Werkzeug ein.',
    'slug: installation',
    'sidebar_position: 2',
    'draft: false',
    'date: 2024-03-03',
    'lang: de',
  ],
  'Installation',
);

describe('frontmatter-value', () => {
  it('accepts translated text and identical data (Spanish)', () => {
    const spanish = page(
      [
        'title: Instalación',
        'description: Cómo configurar la herramienta.',
        'slug: installation',
        'sidebar_position: 2',
        'draft: false',
        'date: 2024-03-03',
        'lang: es',
      ],
      'Instalación',
    );
    expect(findingsOf(german, spanish)).toEqual([]);
  });

  it('accepts a single translated word under an unknown key (text, not an identifier)', () => {
    expect(findingsOf(page(['section: Overview'], 'A'), page(['section: Übersicht'], 'B'))).toEqual([]);
  });

  it('accepts a path that differs only in its language code', () => {
    expect(findingsOf(page(['permalink: /de/guide/install/'], 'A'), page(['permalink: /pl/guide/install/'], 'B'))).toEqual([]);
  });

  it('reports a translated slug (Spanish), at the key’s line', () => {
    const spanish = page(
      [
        'title: Instalación',
        'description: Cómo configurar la herramienta.',
        'slug: instalacion',
        'sidebar_position: 2',
        'draft: false',
        'date: 2024-03-03',
        'lang: es',
      ],
      'Instalación',
    );
    const found = findingsOf(german, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 4 }, right: { line: 4 } });
    expect(found[0]!.message).toBe(
      'Front matter “slug” differs: the left has “installation”, the right “instalacion”; the value is data, not text, and must be the same on both sides.',
    );
  });

  it('reports a changed number, boolean and date (Polish)', () => {
    const polish = page(
      [
        'title: Instalacja',
        'description: Jak skonfigurować narzędzie.',
        'slug: installation',
        'sidebar_position: 3',
        'draft: true',
        'date: 2024-03-04',
        'lang: pl',
      ],
      'Instalacja',
    );
    const found = findingsOf(german, polish);
    expect(found.map((f) => f.message.split(' differs')[0])).toEqual([
      'Front matter “sidebar_position”',
      'Front matter “draft”',
      'Front matter “date”',
    ]);
    expect(found.map((f) => f.left?.line)).toEqual([5, 6, 7]);
  });

  it('applies frontMatter.mustMatch to any value, and mustTranslate to text left as it was', () => {
    const left = page(['title: Getting started', 'author: Jane Doe'], 'Getting started');
    const right = page(['title: Getting started', 'author: ジェーン・ドウ'], 'はじめに');
    const found = findingsOf(left, right, { frontMatter: { mustMatch: ['author'], mustTranslate: ['title'] } });
    expect(found.map((f) => f.message)).toEqual([
      'Front matter “title” must be translated, but both sides have “Getting started”.',
      'Front matter “author” differs: the left has “Jane Doe”, the right “ジェーン・ドウ”; the value is data, not text, and must be the same on both sides.',
    ]);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 2 }, right: { line: 2 } });
  });

  // Seed 12: astro-docs ko and zh-cn cms pages keep `i18nReady: false` copied from an older English page.
  it('a translation-status flag that differs is info, unless the configuration says it must match', () => {
    const english = page(
      [
        'title: Directus & Astro',
        'description: Add content to your Astro project using Directus as a CMS',
        'type: cms',
        'stub: true',
        'i18nReady: true',
      ],
      'Directus & Astro',
    );
    const korean = page(
      [
        'title: Directus & Astro',
        'description: Directus를 CMS로 사용하여 Astro 프로젝트에 콘텐츠 추가',
        'type: cms',
        'stub: true',
        'i18nReady: false',
      ],
      'Directus & Astro',
    );
    const chinese = page(
      ['title: Directus & Astro', 'description: 使用 Directus 作为 CMS 向你的 Astro 项目添加内容', 'type: cms', 'stub: true', 'i18nReady: false'],
      'Directus & Astro',
    );
    for (const translated of [korean, chinese]) {
      const found = findingsOf(english, translated);
      expect(found).toMatchObject([{ severity: 'info', left: { line: 6 }, right: { line: 6 } }]);
      expect(found[0]!.message).toContain('translation bookkeeping');
    }
    expect(findingsOf(english, korean, { frontMatter: { mustMatch: ['i18nReady'] } })).toMatchObject([{ severity: 'warning' }]);
    // A data key next to it is still held to its value.
    const moved = korean.replace('type: cms', 'type: guide');
    expect(
      findingsOf(english, moved)
        .map((f) => f.severity)
        .sort(),
    ).toEqual(['info', 'warning']);
  });
});
