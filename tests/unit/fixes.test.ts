/**
 * Mechanical fixes (src/core/fixes): applied to the translation only, each proven by comparing again
 * (the answered finding is gone, no new finding appears). Realistic pairs: the seed (is ↔ no),
 * a Korean heading written without its space, a German list whose source uses `*`; list marker styles
 * (`1)` ↔ `1.`, `*` ↔ `-`) in Japanese, Spanish, Hebrew and Russian; lost heading ids in French and Korean;
 * an empty link text in Arabic (reported, never fixed: no tool can invent the words).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, computeFixes, fixTranslation } from '../../src/core/fixes/compute-fixes.js';
import { compare } from '../../src/core/index.js';

const is = readFileSync('seeds/smo.is.md', 'utf8');
const no = readFileSync('seeds/smo.no.md', 'utf8');
const checksOf = (left: string, right: string) =>
  compare(left, right)
    .findings.map((finding) => `${finding.severity} ${finding.check}`)
    .sort();

describe('mechanical fixes', () => {
  it('each side once as the translation: only the link-span warning and the shared typo are left (issue 12)', () => {
    const norwegian = fixTranslation(is, no);
    expect(norwegian.problem).toBeNull();
    expect(norwegian.fixes.map((fix) => fix.finding.check)).toEqual(['bullet-marker']);
    const icelandic = fixTranslation(norwegian.text, is);
    expect(icelandic.problem).toBeNull();
    expect(icelandic.fixes.map((fix) => fix.finding.check)).toEqual(['heading-format']);
    expect(checksOf(icelandic.text, norwegian.text)).toEqual(['info punctuation', 'warning link-span']);
    // Only the fixed lines changed.
    expect(norwegian.text.split('\n').filter((line, index) => line !== no.split('\n')[index])).toEqual([
      expect.stringMatching(/^- Optimalisering av sosiale medier/),
      expect.stringMatching(/^- Det kan øke bevisstheten/),
    ]);
  });

  it('never fixes the source: a flaw on the left side has no fix', () => {
    expect(computeFixes(compare(is, no).findings, is, no).map((fix) => fix.finding.check)).toEqual(['bullet-marker']);
  });

  it('adds the space to a Korean heading and keeps CRLF line endings', () => {
    const en = '# Installation\r\n\r\n## Requirements\r\n\r\nReact needs Node.js 18 or later.\r\n';
    const ko = '# 설치\r\n\r\n##요구 사항\r\n\r\nReact는 Node.js 18 이상이 필요합니다.\r\n';
    const result = fixTranslation(en, ko);
    expect(result.problem).toBeNull();
    expect(result.text).toBe('# 설치\r\n\r\n## 요구 사항\r\n\r\nReact는 Node.js 18 이상이 필요합니다.\r\n');
    expect(checksOf(en, result.text)).toEqual([]);
  });

  it('uses the source’s marker (`*`) for a German list written with bullet characters', () => {
    const en = '## Features\n\n* Fast builds.\n* Small bundles.\n* Type checking.\n';
    const de = '## Funktionen\n\n• Schnelle Builds.\n• Kleine Bundles.\n• Typprüfung.\n';
    const result = fixTranslation(en, de);
    expect(result.problem).toBeNull();
    expect(result.text).toBe('## Funktionen\n\n* Schnelle Builds.\n* Kleine Bundles.\n* Typprüfung.\n');
  });

  it('refuses an edit whose line is not what it expected', () => {
    expect(() => applyEdits('## A\n', [{ line: 1, before: '##B', after: '## B' }])).toThrow(/line 1 is not what the fix expected/);
  });

  it('offers nothing when the source list has no real marker to copy', () => {
    const en = '## Features\n\n– Fast builds.\n– Small bundles.\n';
    const de = '## Funktionen\n\n• Schnelle Builds.\n• Kleine Bundles.\n';
    expect(fixTranslation(en, de).fixes).toEqual([]);
  });

  describe('list marker style: the source’s, only when each whole list uses one style', () => {
    it('Japanese steps written `1)` against the source’s `1.`: the delimiter is changed, the numbers kept', () => {
      const en =
        '# Getting started\n\nFollow these steps:\n\n1. Install Node.js 20.\n2. Run `npm install`.\n3. Start the server with `npm start`.\n\nThen open the app.\n';
      const ja =
        '# はじめに\n\n次の手順に従ってください:\n\n1) Node.js 20 をインストールします。\n2) `npm install` を実行します。\n3) `npm start` でサーバーを起動します。\n\nその後、アプリを開きます。\n';
      expect(checksOf(en, ja)).toEqual(['info bullet-marker']);
      const result = fixTranslation(en, ja);
      expect(result.problem).toBeNull();
      expect(result.fixes.map((fix) => fix.description)).toEqual(['write the 3 items with “1.”, the source’s list marker']);
      expect(result.text).toBe(ja.replace('1) ', '1. ').replace('2) ', '2. ').replace('3) ', '3. '));
      expect(checksOf(en, result.text)).toEqual([]);
    });

    it('Spanish steps written `1.` against the source’s `1)`, numbered from 3', () => {
      const en = '## Upgrade\n\n3) Stop the service.\n4) Replace the binary in `/usr/local/bin`.\n5) Start it again.\n';
      const es = '## Actualización\n\n3. Detenga el servicio.\n4. Reemplace el binario en `/usr/local/bin`.\n5. Vuelva a iniciarlo.\n';
      const result = fixTranslation(en, es);
      expect(result.problem).toBeNull();
      expect(result.text).toBe('## Actualización\n\n3) Detenga el servicio.\n4) Reemplace el binario en `/usr/local/bin`.\n5) Vuelva a iniciarlo.\n');
    });

    it('a Hebrew list written with `*` against the source’s `-`: top-level items only, a nested list keeps its own marker', () => {
      const en = '## Requirements\n\n- Node.js 20 or later\n  * npm 10\n  * or pnpm 9\n- Git 2.40\n- 2 GB of memory\n';
      const he = '## דרישות\n\n* Node.js 20 ומעלה\n  * npm 10\n  * או pnpm 9\n* Git 2.40\n* 2 GB זיכרון\n';
      const result = fixTranslation(en, he);
      expect(result.problem).toBeNull();
      expect(result.text).toBe('## דרישות\n\n- Node.js 20 ומעלה\n  * npm 10\n  * או pnpm 9\n- Git 2.40\n- 2 GB זיכרון\n');
      expect(checksOf(en, result.text)).toEqual([]);
    });

    it('no fix between bullets and numbers: which one the translator meant is not mechanical', () => {
      const en = '## Schritte\n\n- Repository klonen.\n- `npm ci` ausführen.\n';
      const ru = '## Шаги\n\n1. Клонируйте репозиторий.\n2. Выполните `npm ci`.\n';
      expect(fixTranslation(en, ru).fixes).toEqual([]);
    });
  });

  describe('heading ids', () => {
    it('restores a French heading’s lost `{#id}`, so links to #installing-react land on it', () => {
      const en = '# React\n\n## Installing React {#installing-react}\n\nRun `npm install react`.\n';
      const fr = '# React\n\n## Installer React\n\nExécutez `npm install react`.\n';
      expect(checksOf(en, fr)).toEqual(['error heading-id']);
      const result = fixTranslation(en, fr);
      expect(result.problem).toBeNull();
      expect(result.text).toBe('# React\n\n## Installer React {#installing-react}\n\nExécutez `npm install react`.\n');
      expect(checksOf(en, result.text)).toEqual([]);
    });

    it('restores react.dev’s comment form in Korean, and leaves a changed id to the reviewer', () => {
      const en = '## Installing React {/*installing-react*/}\n\nRun `npm install react`.\n\n## Next steps {/*next-steps*/}\n\nRead the tutorial.\n';
      const ko = '## React 설치하기\n\n`npm install react`를 실행하세요.\n\n## 다음 단계 {/*da-eum-dan-gye*/}\n\n튜토리얼을 읽으세요.\n';
      const result = fixTranslation(en, ko);
      expect(result.problem).toBeNull();
      expect(result.fixes.map((fix) => fix.finding.check)).toEqual(['heading-id']);
      expect(result.text.split('\n')[0]).toBe('## React 설치하기 {/*installing-react*/}');
      expect(checksOf(en, result.text)).toEqual(['error heading-id']);
    });
  });

  it('an Arabic link with no text is reported and never fixed: its words cannot be invented', () => {
    const en = '## Contributing\n\nRead [the contributing guide](/docs/contributing) before you open a pull request.\n';
    const ar = '## المساهمة\n\nاقرأ [](/docs/contributing) قبل أن تفتح طلب سحب.\n';
    const findings = compare(en, ar).findings;
    expect(findings.map((finding) => `${finding.severity} ${finding.check}`)).toEqual(['warning link-span']);
    expect(findings[0]!.message).toMatch(/^A link with no text: the right link to “\/docs\/contributing” has no text/);
    expect(fixTranslation(en, ar).fixes).toEqual([]);
  });
});
