/** broken-anchor: in-page links whose fragment names nothing in their own file. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'broken-anchor';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, paths = ['guide.en.md', 'guide.tr.md']): Finding[] =>
  compare(left, right, { leftPath: paths[0], rightPath: paths[1] }).findings.filter((f) => f.check === id);

const english = lines(
  '# Deploying',
  '',
  'Read [the requirements](#requirements) and [the first build](#your-first-build) before you start.',
  '',
  '## Requirements',
  '',
  'Node 20 or later.',
  '',
  '## Your first build',
  '',
  'Run `npm run build`.',
);

describe('broken-anchor', () => {
  it('accepts anchors that follow the translated headings (Russian), and link-target stays quiet too', () => {
    const russian = lines(
      '# Развёртывание',
      '',
      'Прочтите [требования](#требования) и [первую сборку](#ваша-первая-сборка), прежде чем начать.',
      '',
      '## Требования',
      '',
      'Node 20 или новее.',
      '',
      '## Ваша первая сборка',
      '',
      'Выполните `npm run build`.',
    );
    const report = compare(english, russian, { leftPath: 'guide.en.md', rightPath: 'guide.ru.md' });
    expect(report.findings.filter((f) => f.check === id || f.check === 'link-target')).toEqual([]);
  });

  it('accepts explicit ids, HTML anchors, `#top` and GitHub’s user-content prefix (Japanese)', () => {
    const japanese = lines(
      '# デプロイ',
      '',
      '[要件](#requirements)と[最初のビルド](#user-content-first-build)を読んでから[先頭へ](#top)。',
      '',
      '## 要件 {#requirements}',
      '',
      'Node 20 以降。',
      '',
      '<a id="first-build"></a>',
      '## 最初のビルド',
      '',
      '`npm run build` を実行します。',
    );
    expect(findingsOf(english, japanese)).toEqual([]);
  });

  it('reports an English anchor kept under a translated heading, on the right, as a warning (Turkish)', () => {
    const turkish = lines(
      '# Dağıtım',
      '',
      'Başlamadan önce [gereksinimleri](#requirements) ve [ilk derlemeyi](#ilk-derlemeniz) okuyun.',
      '',
      '## Gereksinimler',
      '',
      'Node 20 veya üstü.',
      '',
      '## İlk derlemeniz',
      '',
      '`npm run build` komutunu çalıştırın.',
    );
    const found = findingsOf(english, turkish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: null, right: { line: 3 } });
    expect(found[0]!.message).toContain('“#requirements”');
    // The changed target is this check's finding, not also link-target's.
    const report = compare(english, turkish, { leftPath: 'guide.en.md', rightPath: 'guide.tr.md' });
    expect(report.findings.filter((f) => f.check === 'link-target')).toEqual([]);
  });

  it('groups a table of contents whose anchors were all left in English into one finding with every place (Hebrew)', () => {
    const left = lines(
      '# Guide',
      '',
      '- [Install](#install)',
      '- [Configure](#configure)',
      '- [Deploy](#deploy)',
      '',
      '## Install',
      '',
      'Run `npm i`.',
      '',
      '## Configure',
      '',
      'Edit `app.json`.',
      '',
      '## Deploy',
      '',
      'Run `npm run deploy`.',
    );
    const hebrew = lines(
      '# מדריך',
      '',
      '- [התקנה](#install)',
      '- [הגדרה](#configure)',
      '- [פריסה](#deploy)',
      '',
      '## התקנה',
      '',
      'הריצו `npm i`.',
      '',
      '## הגדרה',
      '',
      'ערכו את `app.json`.',
      '',
      '## פריסה',
      '',
      'הריצו `npm run deploy`.',
    );
    const found = findingsOf(left, hebrew, ['guide.en.md', 'guide.he.md']);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/^3 in-page links on the right/);
    expect(found[0]!.right?.line).toBe(3);
    expect(found[0]!.related?.map((place) => place.right?.line)).toEqual([4, 5]);
  });

  it('keeps a broken link the source has too to info, and a defect of the left alone to info', () => {
    const left = lines('# Setup', '', 'See [the options](#options).', '', '## Install', '', 'Run `make`.');
    const german = lines('# Einrichtung', '', 'Siehe [die Optionen](#options).', '', '## Installation', '', 'Führen Sie `make` aus.');
    expect(findingsOf(left, german, ['a.en.md', 'a.de.md'])).toMatchObject([{ severity: 'info', left: null, right: { line: 3 } }]);
    const fixed = lines('# Einrichtung', '', 'Siehe [die Installation](#installation).', '', '## Installation', '', 'Führen Sie `make` aus.');
    expect(findingsOf(left, fixed, ['a.en.md', 'a.de.md'])).toMatchObject([{ severity: 'info', left: { line: 3 }, right: null }]);
  });

  it('does not judge a file without headings (an include whose anchors live in the page around it)', () => {
    const left = lines('See [the options](#options) below.');
    const right = lines('Zobacz [opcje](#opcje) poniżej.');
    expect(findingsOf(left, right, ['a.en.md', 'a.pl.md'])).toEqual([]);
  });

  it('sits on the row of the block that holds the link, so the app and the reports show it with its paragraph', () => {
    // The Turkish intro links to an anchor no Turkish heading has (the heading was translated, the link was not).
    const turkish = lines(
      '# Dağıtım',
      '',
      'Başlamadan önce [gereksinimleri](#gereksinimler) ve [ilk derlemeyi](#your-first-build) okuyun.',
      '',
      '## Gereksinimler',
      '',
      'Node 20 veya üstü.',
      '',
      '## İlk derleme',
      '',
      '`npm run build` komutunu çalıştırın.',
    );
    const report = compare(english, turkish, { leftPath: 'guide.en.md', rightPath: 'guide.tr.md' });
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toMatchObject([{ right: { line: 3 } }]);
    expect(report.alignment[found[0]!.row!]).toMatchObject({ left: { line: 3 }, right: { line: 3 } });
  });
});
