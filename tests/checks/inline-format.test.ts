/** inline-format: emphasis, strong, strikethrough and hard breaks that differ. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'inline-format';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, leftPath?: string, rightPath?: string): Finding[] =>
  compare(left, right, { leftPath, rightPath }).findings.filter((f) => f.check === id);

describe('inline-format', () => {
  it('accepts the same marks in another order (German ↔ Spanish)', () => {
    expect(findingsOf(lines('**Wichtig:** Speichern Sie *vorher*.'), lines('**Importante:** guarde *antes*.'))).toEqual([]);
  });

  it('accepts emphasis turned into bold in Chinese, and `<strong>` for `**` in Korean', () => {
    expect(findingsOf(lines('Effects run as a *result* of rendering.'), lines('Effect 是渲染的**结果**。'))).toEqual([]);
    expect(findingsOf(lines('Read **[the guide](/guide)** first.'), lines('먼저 <strong>[가이드](/guide)</strong>를 읽으세요.'))).toEqual([]);
  });

  it('softens emphasis dropped in Japanese (no italics) to info', () => {
    const found = findingsOf(
      lines('You tell React *what* to render, and React figures out *how*.'),
      lines('何をレンダーするかを伝えると、React がどう表示するかを考えます。'),
      'a.en.md',
      'a.ja.md',
    );
    expect(found).toMatchObject([{ severity: 'info' }]);
  });

  it('reports a lost strikethrough as a warning (Spanish)', () => {
    const found = findingsOf(
      lines('# Hinweis', '', 'Der Parameter ist ~~empfohlen~~ veraltet.'),
      lines('# Nota', '', 'El parámetro está recomendado y obsoleto.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toBe('Inline formatting differs: the left has 1 strikethrough, the right 0.');
  });

  it('reports every highlight of a block gone (Polish) as a warning, one fewer as info', () => {
    const german = lines('**Achtung:** Löschen Sie den Ordner **nie** vor dem Backup.');
    expect(findingsOf(german, lines('Uwaga: nigdy nie usuwaj folderu przed kopią zapasową.'))).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(german, lines('**Uwaga:** nigdy nie usuwaj folderu przed kopią zapasową.'))).toMatchObject([{ severity: 'info' }]);
  });

  it('reports `**` that CommonMark leaves as asterisks (Korean particle after the closer)', () => {
    const found = findingsOf(lines('The function is called **twice**.'), lines('함수는 **"두 번"**호출됩니다.'));
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toContain('the right writes “**” that CommonMark does not read as strong');
  });

  it('treats hard line breaks as info', () => {
    const found = findingsOf(lines('Musterstraße 1  ', '12345 Berlin'), lines('Musterstraße 1, 12345 Berlin'));
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('1 hard line break, the right 0');
  });
});
