/** link-span: a link split into adjacent links with the same target, or link text covering markedly different parts. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'link-span';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const norwegian = lines('Optimalisering er bruken av [sosiale medienettverk](/sns) for å nå kunder.');

describe('link-span', () => {
  it('accepts a German compound against a longer English link text', () => {
    const german = lines('Die [Installationsanleitung](/install) erklärt alle Schritte.');
    const english = lines('The [installation guide for beginners](/install) explains every step.');
    expect(findingsOf(german, english)).toEqual([]);
  });

  it('accepts adjacent links to different targets, and separate links to the same target', () => {
    expect(
      findingsOf(lines('Siehe [Linux](/linux) [macOS](/macos) Anleitungen.'), lines('Se [Linux](/linux) [macOS](/macos) veiledninger.')),
    ).toEqual([]);
    expect(
      findingsOf(
        lines('Die [Anleitung](/guide) ist gut, und die [Anleitung](/guide) ist kurz.'),
        lines('Ten [przewodnik](/guide) jest dobry, a [przewodnik](/guide) jest krótki.'),
      ),
    ).toEqual([]);
  });

  it('reports the Icelandic link split in two adjacent links, at the first part', () => {
    const icelandic = lines('Hagræðing er notkun [samfélagsmiðlaneta](/sns) [til](/sns) að ná til viðskiptavina.');
    const report = compare(norwegian, icelandic);
    const found = report.findings.filter((f) => f.check === id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 1, column: 1 }, right: { line: 1, column: 21 } });
    expect(found[0]!.message).toBe(
      'Link spans differ: the left has one link “sosiale medienettverk”; the right splits one link to “/sns” into 2 adjacent links (“samfélagsmiðlaneta” + “til”).',
    );
    // Reported once, here: not also as a different link count.
    expect(report.findings.map((f) => f.check)).toEqual([id]);
  });

  it('reports a split on the left side (German compound broken in two)', () => {
    const german = lines('Lesen Sie die [Installations](/install) [anleitung](/install) zuerst.');
    const spanish = lines('Lea primero la [guía de instalación](/install).');
    const found = findingsOf(german, spanish);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1, column: 15 }, right: { line: 1, column: 1 } }]);
    expect(found[0]!.message).toContain('the left splits one link to “/install” into 2 adjacent links (“Installations” + “anleitung”)');
    expect(found[0]!.message).toContain('the right has one link “guía de instalación”');
  });

  it('sees a split with no space between the parts (Japanese)', () => {
    const japanese = lines('詳しくは[インストール](/install)[ガイド](/install)を参照してください。');
    const german = lines('Details finden Sie in der [Installationsanleitung](/install).');
    const found = findingsOf(japanese, german);
    expect(found).toMatchObject([{ left: { line: 1, column: 5 } }]);
    expect(found[0]!.message).toContain('(“インストール” + “ガイド”)');
  });

  it('points at the list item that holds the split link (Norwegian)', () => {
    const german = lines('## Links', '', '- Lesen Sie die [Anleitung](/guide).', '- Siehe [FAQ](/faq).');
    const norwegianList = lines('## Lenker', '', '- Les [veiledningen](/guide).', '- Se [ofte](/faq) [stilte spørsmål](/faq).');
    const found = findingsOf(german, norwegianList);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 4, column: 1 }, right: { line: 4, column: 6 } }]);
    expect(found[0]!.message).toContain('the right splits one link to “/faq” into 2 adjacent links (“ofte” + “stilte spørsmål”)');
  });

  it('reports a link that grew to cover the whole Spanish sentence, as a hint (info: natural link phrasing looks the same)', () => {
    const german = lines('Lesen Sie zuerst die [Anleitung](/guide), bevor Sie das Programm auf Ihrem Rechner installieren und starten.');
    const spanish = lines('[Lea primero la guía antes de instalar el programa en su ordenador y de iniciarlo](/guide).');
    const found = findingsOf(german, spanish);
    expect(found).toMatchObject([{ severity: 'info', left: { line: 1, column: 22 }, right: { line: 1, column: 1 } }]);
    expect(found[0]!.message).toMatch(/the left link “Anleitung” covers \d+% of its paragraph, the right link “Lea primero la guía .*” 99%/);
  });

  it('softens the same split on both sides, its parts covering the same words, to info', () => {
    // "Soziale | Netzwerke" and "Sosiale | nettverk": the split itself is a defect, but it did not drift.
    const left = lines('Die Optimierung nutzt [Soziale](/sns) [Netzwerke](/sns), um Kunden zu erreichen.');
    const right = lines('Optimaliseringen bruker [sosiale](/sns) [nettverk](/sns) for å nå kunder.');
    const found = findingsOf(left, right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', left: { line: 1, column: 23 }, right: { line: 1, column: 25 } });
    expect(found[0]!.message).toMatch(/^Both sides split a link alike/);
  });

  it('keeps a warning when both sides split the link at different words (the seed pair’s case)', () => {
    // "sosiale | medienettverk" (social | media networks) against "samfélagsmiðla | neta" (social media | networks).
    const left = lines('Optimalisering er bruken av [sosiale](/sns) [medienettverk](/sns) for å nå kunder.');
    const right = lines('Hagræðing er notkun [samfélagsmiðla](/sns) [neta](/sns) til að ná til viðskiptavina.');
    const found = findingsOf(left, right);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 1, column: 29 }, right: { line: 1, column: 21 } });
  });

  it('reports a link whose text was lost, which renders as nothing (Polish against German)', () => {
    const german = lines('# Preise', '', 'Alle Tarife finden Sie auf der [Preisseite](/pricing).');
    const polish = lines('# Ceny', '', 'Wszystkie plany znajdziesz na [](/pricing).');
    const found = findingsOf(german, polish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', left: { line: 3, column: 32 }, right: { line: 3, column: 31 } });
    expect(found[0]!.message).toBe(
      'A link with no text: the right link to “/pricing” has no text and renders as nothing; the left link reads “Preisseite”.',
    );
    // A link around an image has no text either, and is not empty to a reader.
    const badge = lines('[![Build](https://ci.example.org/badge.svg)](https://ci.example.org) Dokumentation');
    const badgeJa = lines('[![ビルド](https://ci.example.org/badge.svg)](https://ci.example.org) ドキュメント');
    expect(findingsOf(badge, badgeJa)).toEqual([]);
  });

  it('keeps a link that only covers a different share because Chinese is denser as info', () => {
    // react.dev's <select> page: “multiple selection.” is exactly “多选”, a larger share of the shorter English text.
    const english = lines('Pass `multiple={true}` to let the user make [multiple selection.](https://developer.mozilla.org/docs/select)');
    const chinese = lines(
      '传入 `multiple={true}` 以允许用户进行[多选](https://developer.mozilla.org/docs/select)，并按住 Ctrl 或 Command 键选择多个选项。',
    );
    expect(findingsOf(english, chinese).map((finding) => finding.severity)).toEqual(['info']);
  });
});
