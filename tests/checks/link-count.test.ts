/** link-count: aligned paragraphs, items or cells with different numbers of (logical) links. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'link-count';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const english = lines('Read the [installation guide](/docs/install) and the [FAQ](/docs/faq) first.');

describe('link-count', () => {
  it('accepts the same two links in another order (French)', () => {
    const french = lines('Lisez d’abord la [FAQ](/docs/faq) et le [guide d’installation](/docs/install).');
    expect(findingsOf(english, french)).toEqual([]);
  });

  it('accepts a reference link against an inline link to the same target (German)', () => {
    const german = lines('Lesen Sie zuerst die [Anleitung][install] und die [FAQ](/docs/faq).', '', '[install]: /docs/install');
    expect(findingsOf(english, german)).toEqual([]);
  });

  it('does not count a link split into adjacent links to the same target twice (link-span reports it)', () => {
    const norwegian = lines('Optimalisering er bruken av [sosiale medienettverk](/sns) for å nå kunder.');
    const icelandic = lines('Hagræðing er notkun [samfélagsmiðlaneta](/sns) [til](/sns) að ná til viðskiptavina.');
    expect(findingsOf(norwegian, icelandic)).toEqual([]);
  });

  it('reports a link the French paragraph lost, at the lost link', () => {
    const french = lines('Lisez d’abord le [guide d’installation](/docs/install) et la FAQ.');
    const found = findingsOf(english, french);
    expect(found).toHaveLength(1);
    // Left: the link that has no counterpart (column of `[FAQ]`); right: the paragraph.
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 1, column: 54 }, right: { line: 1, column: 1 } });
    expect(found[0]!.message).toBe('Link counts differ: the left has 2 links, the right 1; only the left links to “/docs/faq”.');
  });

  it('reports a link only the Chinese paragraph has, at that link', () => {
    const german = lines(
      '# Über uns',
      '',
      'Wir sind ein kleines Team aus Berlin.',
      '',
      'Schreiben Sie uns an [info@example.com](mailto:info@example.com).',
    );
    const chinese = lines(
      '# 关于我们',
      '',
      '我们是来自柏林的一个小团队，见[官网](https://example.cn)。',
      '',
      '请写信到 [info@example.com](mailto:info@example.com)。',
    );
    const found = findingsOf(german, chinese);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 3, column: 1 }, right: { line: 3, column: 16 } });
    expect(found[0]!.message).toContain('the left has 0 links, the right 1; only the right links to “https://example.cn”');
  });

  it('compares list items one by one and points at the item (German ↔ Norwegian)', () => {
    const german = lines('## Links', '', '- [Dokumentation](/docs) und [API](/api)', '- [Blog](/blog)');
    const norwegian = lines('## Lenker', '', '- [Dokumentasjon](/docs)', '- [Blogg](/blog)');
    const found = findingsOf(german, norwegian);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 3, column: 30 }, right: { line: 3, column: 1 } });
    expect(found[0]!.message).toContain('only the left links to “/api”');
  });

  it('resolves reference links through their definitions (Polish)', () => {
    const german = lines('Siehe [die Anleitung][guide] und die [FAQ][faq].', '', '[guide]: /guide', '[faq]: /faq');
    const polish = lines('Zobacz [przewodnik][guide].', '', '[guide]: /guide', '[faq]: /faq');
    const found = findingsOf(german, polish);
    expect(found).toMatchObject([{ left: { line: 1, column: 38 }, right: { line: 1 } }]);
    expect(found[0]!.message).toContain('only the left links to “/faq”');
  });

  it('counts links in table cells (Japanese)', () => {
    const german = lines('| Seite | Link |', '| --- | --- |', '| Start | [Home](/) |', '| Hilfe | [FAQ](/faq) |');
    const japanese = lines('| ページ | リンク |', '| --- | --- |', '| スタート | [ホーム](/) |', '| ヘルプ | FAQ |');
    const found = findingsOf(german, japanese);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 4, column: 11 }, right: { line: 1 } }]);
    expect(found[0]!.message).toContain('only the left links to “/faq”');
  });

  it('says so when the counts differ although every target is on both sides', () => {
    const german = lines('Siehe [Anleitung](/guide), [Beispiele](/guide) und [FAQ](/faq).');
    const spanish = lines('Ver la [guía](/guide) y las [preguntas](/faq).');
    const found = findingsOf(german, spanish);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('the left has 3 links, the right 2; only the left links to “/guide”');
  });
});
