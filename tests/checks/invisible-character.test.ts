/**
 * invisible-character: bidirectional controls and invisible characters on
 * one side only (docs/hostile-inputs.md #38, #39; Trojan Source). The
 * documents are generated here, one case per row.
 */
import { describe, expect, it } from 'vitest';
import { compare, formatNames, writers, type Finding } from '../../src/core/index.js';

const id = 'invisible-character';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, leftPath?: string, rightPath?: string): Finding[] =>
  compare(left, right, { leftPath, rightPath }).findings.filter((f) => f.check === id);

const english = lines('## Install', '', 'Run `npm install`, then open the settings.');

describe('invisible-character', () => {
  it.each([
    [
      'U+202E RIGHT-TO-LEFT OVERRIDE in a heading',
      lines('## \u202EInstallieren', '', 'Führen Sie `npm install` aus, dann öffnen Sie die Einstellungen.'),
      'error',
      'U+202E',
    ],
    [
      'U+2066 LEFT-TO-RIGHT ISOLATE in a paragraph',
      lines('## Installieren', '', 'Führen Sie `npm install` aus, dann \u2066öffnen\u2069 Sie die Einstellungen.'),
      'error',
      'U+2066',
    ],
    [
      'U+202A LEFT-TO-RIGHT EMBEDDING',
      lines('## Installieren', '', 'Führen Sie \u202A`npm install`\u202C aus, dann öffnen Sie die Einstellungen.'),
      'error',
      'U+202A',
    ],
    [
      'U+200B ZERO WIDTH SPACE inside a word',
      lines('## In\u200Bstallieren', '', 'Führen Sie `npm install` aus, dann öffnen Sie die Einstellungen.'),
      'warning',
      'U+200B',
    ],
    [
      'U+00AD SOFT HYPHEN',
      lines('## Installieren', '', 'Führen Sie `npm install` aus, dann öffnen Sie die Ein\u00ADstellungen.'),
      'warning',
      'U+00AD',
    ],
    [
      'U+2060 WORD JOINER',
      lines('## Installieren', '', 'Führen Sie `npm\u2060install` aus, dann öffnen Sie die Einstellungen.'),
      'warning',
      'U+2060',
    ],
    [
      'U+FEFF inside the text',
      lines('## Installieren', '', 'Führen Sie `npm install` aus,\uFEFF dann öffnen Sie die Einstellungen.'),
      'warning',
      'U+FEFF',
    ],
    [
      'U+200D ZERO WIDTH JOINER between Latin letters',
      lines('## Instal\u200Dlieren', '', 'Führen Sie `npm install` aus, dann öffnen Sie die Einstellungen.'),
      'warning',
      'U+200D',
    ],
  ])('reports %s on one side, naming the code point visibly', (_name, german, severity, code) => {
    const found = findingsOf(english, german, 'guide.en.md', 'guide.de.md');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity });
    expect(found[0]!.message).toContain(code);
    expect(found[0]!.message).toContain(`⟨${code}⟩`);
    // The other direction: the left has it, the right does not.
    expect(findingsOf(german, english, 'guide.de.md', 'guide.en.md')[0]!.message).toMatch(/^The left has/);
  });

  it.each([
    [
      'the same control on both sides',
      lines('## \u202EInstall', '', 'Run `npm install`, then open the settings.'),
      lines('## \u202EInstallieren', '', 'Führen Sie `npm install` aus.'),
    ],
    [
      'Persian with zero-width non-joiners',
      english,
      lines('## نصب', '', 'دستور `npm install` را اجرا کنید، سپس تنظیمات را باز کنید. می‌توانید آن را بعداً تغییر دهید.'),
    ],
    ['Hindi with a zero-width joiner', english, lines('## इंस्टॉल', '', '`npm install` चलाएँ, फिर सेटिंग्स खोलें। क्‍या यह काम करता है?')],
    ['an emoji ZWJ sequence', lines('## Team', '', 'Our team 👩‍💻 writes docs.'), lines('## Équipe', '', 'Notre équipe 👩‍💻 écrit la documentation.')],
    ['Arabic text without controls', english, lines('## التثبيت', '', 'شغّل `npm install` ثم افتح الإعدادات.')],
    ['a byte order mark at the start of the file', english, `\uFEFF${lines('## Installieren', '', 'Führen Sie `npm install` aus.')}`],
  ])('accepts %s', (_name, left, right) => {
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('shows the finding visibly in every report format (no raw control in the output)', () => {
    const german = lines('## \u202EInstallieren', '', 'Führen Sie `npm install` aus.');
    const report = compare(english, german, { leftPath: 'guide.en.md', rightPath: 'guide.de.md' });
    for (const format of formatNames) {
      const output = writers[format](report, { leftText: english, rightText: german });
      expect(output, format).toContain('U+202E');
      expect(output, format).not.toContain('\u202E');
    }
  });

  it('stays linear: one scan per document, however many rows', () => {
    const many = (n: number, mark: string) => Array.from({ length: n }, (_, i) => `## S${i}\n\nText${mark} ${i}.\n`).join('\n');
    const start = performance.now();
    const found = findingsOf(many(1000, ''), many(1000, '\u200B'));
    expect(found).toHaveLength(1000);
    expect(performance.now() - start).toBeLessThan(60_000);
  }, 120_000);

  // astro-docs guides/internationalization.mdx:27: two U+200B in the English source, the translations are clean.
  it.each([
    [
      'ko',
      '`i18n` 구성에서 지원되는 모든 언어 목록([`locales`](/ko/reference/configuration-reference/#i18nlocales))을 지정하고 그 중 하나를 기본 언어로 설정합니다.',
    ],
    [
      'ja',
      '`i18n`設定で、サポートするすべての言語のリスト（[`locales`](/ja/reference/configuration-reference/#i18nlocales)）を指定し、そのうちの1つをデフォルト言語に設定します。',
    ],
    [
      'fr',
      'Dans votre configuration `i18n`, indiquez la liste de toutes les langues prises en charge ([`locales`](/fr/reference/configuration-reference/#i18nlocales)) et choisissez-en une comme langue par défaut.',
    ],
  ])('characters only the English source has are info (%s is clean)', (language, translated) => {
    const source = lines(
      '## Configure i18n routing',
      '',
      'In your `i18n` configuration, specify the list of all supported languages \u200B\u200B([`locales`](/en/reference/configuration-reference/#i18nlocales)) and set one of them as the default language.',
    );
    const found = findingsOf(source, lines('## i18n', '', translated), 'i18n.en.mdx', `i18n.${language}.mdx`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', left: { line: 3 } });
    expect(found[0]!.message).toMatch(
      /^The left has 2 invisible characters the right does not: U\+200B ZERO WIDTH SPACE \(2×\).*only the source has them, the translation is clean\.$/,
    );
  });
});
