/** number-mismatch: aligned blocks whose numbers differ once local formats are read as values. */
import { describe, expect, it } from 'vitest';
import { compare, type CompareOptions, type Finding } from '../../src/core/index.js';

const id = 'number-mismatch';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, options: CompareOptions = {}): Finding[] =>
  compare(left, right, options).findings.filter((f) => f.check === id);

describe('number-mismatch', () => {
  it('reads local number formats as the same values (German, French, English, Polish)', () => {
    const german = lines('# Preise', '', 'Der Tarif kostet 1.250,00 € im Jahr, dazu 7 % Steuer; Rabatt ab 1.000 Nutzern.');
    const english = lines('# Pricing', '', 'The plan costs €1,250.00 a year plus 7% tax; discounts from 1,000 users.');
    const french = lines('# Tarifs', '', 'L’offre coûte 1 250,00 € par an, plus 7 % de taxe ; remise dès 1 000 utilisateurs.');
    const polish = lines('# Cennik', '', 'Plan kosztuje 1 250,00 zł rocznie plus 7% podatku; rabat od 1000 użytkowników.');
    expect(findingsOf(german, english)).toEqual([]);
    expect(findingsOf(german, french)).toEqual([]);
    expect(findingsOf(english, polish)).toEqual([]);
  });

  it('reads Arabic-Indic and full-width digits as digits', () => {
    expect(findingsOf(lines('Die Datei darf höchstens 25 MB groß sein.'), lines('يجب ألا يتجاوز حجم الملف ٢٥ ميغابايت.'))).toEqual([]);
    expect(findingsOf(lines('Die Datei darf höchstens 25 MB groß sein.'), lines('ファイルは最大２５MBです。'))).toEqual([]);
  });

  it('accepts a date written with the month as a word on one side and digits on the other', () => {
    expect(findingsOf(lines('Released on 3 March 2024.'), lines('2024年3月3日にリリースされました。'))).toEqual([]);
    expect(findingsOf(lines('Veröffentlicht am 3. März 2024.'), lines('Publicado el 2024-03-03.'))).toEqual([]);
    expect(findingsOf(lines('Opublikowano 3.03.2024.'), lines('Publié le 3 mars 2024.'))).toEqual([]);
  });

  it('accepts scale words: 78 million against 7800万, 4M against 400万', () => {
    expect(
      findingsOf(
        lines('React Native had 78 million downloads and 4M weekly users.'),
        lines('React Native は 7800 万回ダウンロードされ、週 400万 人が使っています。'),
      ),
    ).toEqual([]);
    expect(findingsOf(lines('Over a million developers use it.'), lines('100만 명 이상의 개발자가 사용합니다.'))).toEqual([]);
  });

  it('accepts small numbers written out in words (Norwegian, Spanish)', () => {
    expect(findingsOf(lines('Wählen Sie eine der 2 Optionen.'), lines('Velg ett av to alternativer.'))).toEqual([]);
    expect(findingsOf(lines('The import takes three steps.'), lines('La importación tiene 3 pasos.'))).toEqual([]);
  });

  it('reports swapped digits in a Spanish price', () => {
    const found = findingsOf(
      lines('# Tarif', '', 'Der Tarif kostet 1.250,00 € pro Jahr.'),
      lines('# Tarifa', '', 'La tarifa cuesta 1.520,00 € al año.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3 }, right: { line: 3 } });
    expect(found[0]!.message).toBe('Numbers differ: the left has “1.250,00”, which the right lacks; the right has “1.520,00”, which the left lacks.');
  });

  it('reports a limit dropped from a Polish list item, at the item', () => {
    const german = lines('## Grenzen', '', '- Uploads bis 500 MB', '- Höchstens 20 Dateien pro Anfrage und 3 Anfragen pro Sekunde');
    const polish = lines('## Limity', '', '- Przesyłanie do 500 MB', '- Najwyżej 20 plików na żądanie');
    const found = findingsOf(german, polish);
    expect(found).toMatchObject([{ severity: 'info', left: { line: 4 }, right: { line: 4 } }]);
    expect(found[0]!.message).toContain('the left has “3”');
    expect(found[0]!.message).toContain('written out in words');
  });

  it('reports a changed version number in a Chinese list item as a warning', () => {
    const found = findingsOf(lines('- Requires Node.js 18.17 or later'), lines('- 需要 Node.js 16.14 或更高版本'));
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1 }, right: { line: 1 } }]);
    expect(found[0]!.message).toContain('“18.17”');
    expect(found[0]!.message).toContain('“16.14”');
  });

  it('reports a number moved into the neighbouring paragraph as info, not as missing', () => {
    const english = lines('The cache keeps entries for 30 minutes.', '', 'After that, the server fetches them again.');
    const german = lines('Der Cache hält Einträge vor.', '', 'Nach 30 Minuten holt der Server sie neu.');
    const found = findingsOf(english, german);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
    expect(found.map((f) => f.message).join(' ')).toContain('moved');
  });

  it('treats a number repeated on one side as info (React 18 named twice)', () => {
    const found = findingsOf(
      lines('You can adopt React 18 and try the new features at your own pace.'),
      lines('React 18 を導入し、自分のペースで React 18 の新機能を試せます。'),
    );
    expect(found).toMatchObject([{ severity: 'info' }]);
    expect(found[0]!.message).toContain('once more');
  });

  it('ignores numbers inside URLs, paths, heading ids and inline code', () => {
    const left = lines('## Step 1 {/*step-1*/}', '', 'See https://example.com/v2/page or `retry(3)` and docs/2024/notes.');
    const right = lines('## Schritt 1 {/*step-1*/}', '', 'Siehe https://example.com/v3/page oder `retry(5)` und docs/2025/notes.');
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('reads digits inside names (i18n, a11y, utf8) as part of the name, and still reports a changed number (Astro adapter reference, Korean)', () => {
    const english = lines(
      '### `i18nDomains`',
      '',
      '<p>',
      '',
      '**Type:** `AdapterSupportsKind`',
      '</p>',
      '',
      'Defines whether the adapter is able to support i18n domains.',
      '',
      'The a11y audit of the dev toolbar reads utf8 pages and allows 40 requests per second.',
    );
    const korean = lines(
      '### `i18nDomains`',
      '',
      '<p>',
      '',
      '**타입:** `AdapterSupportsKind`',
      '</p>',
      '',
      '어댑터가 다국어 도메인을 지원할 수 있는지 정의합니다.',
      '',
      '개발 툴바의 접근성 감사는 UTF-8 페이지를 읽고 초당 4개의 요청을 허용합니다.',
    );
    const found = findingsOf(english, korean, { leftPath: 'en/reference/adapter-reference.mdx', rightPath: 'ko/reference/adapter-reference.mdx' });
    expect(found).toHaveLength(1);
    expect(found[0]!.left).toMatchObject({ line: 10 });
    expect(found[0]!.message).toContain('40');
    expect(found[0]!.message).not.toContain('8');
  });

  it('keeps a number only the translation adds (a gloss such as “in React 18”) to info, and one it lacks a warning', () => {
    const english = lines('- Consistent batching: updates inside promises, timeouts and native event handlers are now batched.');
    const korean = lines('- 일관된 배칭: React 18에서는 프로미스, 타임아웃, 네이티브 이벤트 핸들러 내부의 업데이트도 배칭됩니다.');
    const added = findingsOf(english, korean, { leftPath: 'en/blog/react-18-upgrade-guide.md', rightPath: 'ko/blog/react-18-upgrade-guide.md' });
    expect(added).toMatchObject([{ severity: 'info' }]);
    expect(added[0]!.message).toBe('Numbers differ: the right has “18”, which the left lacks (added by the translation, often as a gloss).');
    // The other way round: the source names React 18 and the translation dropped it.
    const lacking = findingsOf(english.replace('are now batched', 'are now batched in React 18'), korean.replace('React 18에서는 ', ''), {
      leftPath: 'en/blog/react-18-upgrade-guide.md',
      rightPath: 'ko/blog/react-18-upgrade-guide.md',
    });
    expect(lacking).toMatchObject([{ severity: 'warning' }]);
  });
});
