/** table-shape: aligned tables with different columns, rows or alignment. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'table-shape';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const german = lines(
  '## Tarife',
  '',
  '| Tarif | Preis | Nutzer |',
  '| --- | ---: | :---: |',
  '| Basis | 5 € | 1 |',
  '| Pro | 12 € | 5 |',
  '| Team | 30 € | 20 |',
);

describe('table-shape', () => {
  it('accepts a translated table of the same shape (Norwegian)', () => {
    const norwegian = lines(
      '## Planer',
      '',
      '| Plan | Pris | Brukere |',
      '| --- | ---: | :---: |',
      '| Basis | 5 € | 1 |',
      '| Pro | 12 € | 5 |',
      '| Team | 30 € | 20 |',
    );
    expect(findingsOf(german, norwegian)).toEqual([]);
  });

  it('reports a dropped row (Polish)', () => {
    const polish = lines('## Plany', '', '| Plan | Cena | Użytkownicy |', '| --- | ---: | :---: |', '| Podstawowy | 5 € | 1 |', '| Pro | 12 € | 5 |');
    const found = findingsOf(german, polish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, endLine: 7 }, right: { line: 3, endLine: 6 } });
    expect(found[0]!.message).toBe('Tables differ in shape: the left has 3 body rows, the right 2.');
  });

  it('reports lost column alignment (Japanese)', () => {
    const japanese = lines(
      '## プラン',
      '',
      '| プラン | 価格 | ユーザー |',
      '| --- | --- | :---: |',
      '| ベーシック | 5 € | 1 |',
      '| プロ | 12 € | 5 |',
      '| チーム | 30 € | 20 |',
    );
    const found = findingsOf(german, japanese);
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toBe('Tables differ in shape: column 2 is right-aligned on the left, not aligned on the right.');
  });

  it('names the row with a stray cell (an unescaped | in Spanish text)', () => {
    const spanish = lines(
      '## Planes',
      '',
      '| Plan | Precio | Usuarios |',
      '| --- | ---: | :---: |',
      '| Básico | 5 € | 1 |',
      '| Pro | 12 € | 5 | o más |',
      '| Equipo | 30 € | 20 |',
    );
    const found = findingsOf(german, spanish);
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toContain('the right row at line 6 has 4 cells against 3 in its header');
  });
});
