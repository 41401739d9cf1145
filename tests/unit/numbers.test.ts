/**
 * Number parsing per locale (src/core/checks/numbers.ts), through the model:
 * a one-paragraph document is built with buildDocument and its block's
 * features are read by unitNumbers, as the number-mismatch check does.
 *
 * Expected values come from the module's contract: one canonical value per
 * number whatever its local format (`1,000.50`, `1.000,50`, `1 000,50`,
 * `1'000.50`), an alternative reading only when the format is ambiguous,
 * digits of every script, scale words multiplying the number before them,
 * numbers inside URLs, paths and heading ids ignored, the month of a numeric
 * date soft. Cases the code gets wrong today are `it.fails`, each with the bug named.
 */
import { describe, expect, it } from 'vitest';
import { matchNumbers, unitNumbers, wordSet, writesNumber, writesRoundNumber, type NumberItem } from '../../src/core/checks/numbers.js';
import { buildDocument } from '../../src/core/model/build-document.js';

/** The numbers of the first block of `markdown`, read in `language`. */
function numbersOf(markdown: string, language: string | null): NumberItem[] {
  const document = buildDocument(`${markdown}\n`);
  const block = document.blocks[0]!;
  return unitNumbers(block.features, document.text, block.span.start, block.span.end, language);
}

/** `key`, `key|alt` when there is an alternative reading, `~` appended when soft. */
function readings(markdown: string, language: string | null): string[] {
  return numbersOf(markdown, language).map((item) => `${item.key}${item.alt === null ? '' : `|${item.alt}`}${item.soft ? '~' : ''}`);
}

/** Unmatched items per side, as keys (`~` when soft). */
function unmatched(left: string, leftLanguage: string, right: string, rightLanguage: string): { left: string[]; right: string[] } {
  const match = matchNumbers(numbersOf(left, leftLanguage), numbersOf(right, rightLanguage));
  const show = (item: NumberItem) => `${item.key}${item.soft ? '~' : ''}`;
  return { left: match.left.map(show), right: match.right.map(show) };
}

describe('unitNumbers: one value whatever the local format', () => {
  it.each([
    ['en', 'The plan costs 1,000.50 dollars a year.', 'en', ['1000.5']],
    ['de', 'Der Tarif kostet 1.000,50 Euro im Jahr.', 'de', ['1000.5']],
    ['fr, narrow no-break space', 'L’offre coûte 1\u202F000,50 euros par an.', 'fr', ['1000.5']],
    ['fr, no-break space', 'L’offre coûte 1\u00A0000,50 euros par an.', 'fr', ['1000.5']],
    ['fr, plain space', 'L’offre coûte 1 000,50 euros par an.', 'fr', ['1000.5']],
    ['fr, thin space, millions', 'Le projet compte 12\u2009345\u2009678 téléchargements.', 'fr', ['12345678']],
    ['de-CH, ASCII apostrophe', "Der Tarif kostet CHF 1'000.50 im Jahr.", 'de-CH', ['1000.5']],
    ['plain, no grouping', 'The limit is 1000.5 requests per second.', 'en', ['1000.5']],
    ['ar, Arabic-Indic digits with ٫ and ٬', 'يبلغ السعر ٢٬٥٠٠٫٧٥ دولار سنويًا.', 'ar', ['2500.75']],
    ['ar, Arabic-Indic integer', 'يجب ألا يتجاوز حجم الملف ٢٥ ميغابايت.', 'ar', ['25']],
    ['fa, Persian digits with ٫', 'نرخ تورم ۳٫۵ درصد بود.', 'fa', ['3.5']],
    ['fa, Persian digits', 'این بسته ۱۲۳۴ بار دانلود شد.', 'fa', ['1234']],
    ['ja, full-width digits', 'このパッケージは１２３４回ダウンロードされました。', 'ja', ['1234']],
    ['ja, full-width digits with an ASCII comma (ambiguous)', '料金は１,０００円です。', 'ja', ['1000|1']],
    ['hi, Devanagari digits', 'इस पैकेज को १२३ बार डाउनलोड किया गया।', 'hi', ['123']],
    ['th, Thai digits', 'ราคา ๑๒๓ บาท', 'th', ['123']],
    ['range with an en dash', 'Read pages 10–20 first.', 'en', ['10', '20']],
    ['range with a hyphen', 'Lies zuerst die Seiten 10-20.', 'de', ['10', '20']],
    ['year range', 'Maintained from 2019–2024.', 'en', ['2019', '2024']],
    ['percentage with a space', 'Die Steuer beträgt 7 % des Preises.', 'de', ['7']],
    ['percentage without a space', 'The tax is 7% of the price.', 'en', ['7']],
    ['decimal percentage, de', 'Die Gebühr beträgt 0,5 % pro Monat.', 'de', ['0.5']],
    ['currency before, en (ambiguous grouping)', 'It costs €1,250 a year.', 'en', ['1250|1.25']],
    ['currency after, de (ambiguous grouping)', 'Es kostet 1.250 € im Jahr.', 'de', ['1250|1.25']],
    ['currency with cents, en', 'It costs $1,250.00 a year.', 'en', ['1250']],
    ['currency with cents, de', 'Es kostet 1.250,00 € im Jahr.', 'de', ['1250']],
    ['currency with cents, fr', 'Cela coûte 1\u202F250,00 € par an.', 'fr', ['1250']],
    ['version, three parts', 'This guide requires React 18.2.0 or later.', 'en', ['18.2.0']],
    ['version, leading zeros kept apart', 'Node.js 20.11.1 is the minimum.', 'en', ['20.11.1']],
    ['ambiguous 1,000: a thousand in English, one in German', 'Discounts start at 1,000 users.', 'en', ['1000|1']],
    ['ambiguous 1.000: a thousand in German, one in English', 'Rabatt ab 1.000 Nutzern.', 'de', ['1000|1']],
    ['German decimal comma is not grouping', 'Die Flasche fasst 1,5 Liter.', 'de', ['1.5']],
    ['English decimal point is not grouping', 'The bottle holds 1.5 liters.', 'en', ['1.5']],
    ['grouped millions, en', 'The project has 12,345,678 downloads.', 'en', ['12345678']],
    ['grouped millions, de', 'Das Projekt hat 12.345.678 Downloads.', 'de', ['12345678']],
    ['two numbers with a space between are not grouping', 'In 2024 3 releases shipped.', 'en', ['2024', '3']],
    ['trailing zeros of the fraction are not part of the value', 'The fee is 10.50 or 10.5 dollars.', 'en', ['10.5', '10.5']],
  ])('%s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });

  // Real local formats that were once misread (each was an it.fails case).
  it.each([
    // U+2019 (’), the typographic apostrophe Swiss German typesetting and word processors write, groups thousands.
    ['de-CH, typographic apostrophe U+2019', 'Der Tarif kostet CHF 1’000.50 im Jahr.', 'de-CH', ['1000.5']],
    // Indian lakh grouping (2-digit groups after the first 3, what Intl.NumberFormat('en-IN') writes), not a version `1.0.0`.
    ['hi/en-IN, lakh grouping', 'इस योजना की कीमत 1,00,000 रुपये है।', 'hi', ['100000']],
    ['en-IN, lakh grouping with decimals', 'The plan costs ₹12,34,567.50 a year.', 'en-IN', ['1234567.5']],
    // The full-width comma U+FF0C (what a Japanese IME types between full-width digits) is a comma, not a split.
    ['ja, full-width digits and full-width comma', '料金は１，０００円です。', 'ja', ['1000|1']],
    // ٬ (U+066C) is only ever a thousands separator: `۱۲٬۵۰۰` has no reading 12.5.
    ['fa, ٬ is not ambiguous', 'قیمت ۱۲٬۵۰۰ تومان است.', 'fa', ['12500']],
  ])('%s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });

  const values = [1234567.5, 1250, 0.75, 42];
  const locales = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'ru', 'pl', 'sv', 'nb', 'de-CH', 'ar-EG', 'fa', 'ja', 'zh', 'ko', 'th'];
  const formatted = locales.flatMap((locale) => values.map((value) => [locale, value, new Intl.NumberFormat(locale).format(value)] as const));
  it.each(formatted)('%s: the value %d written by Intl.NumberFormat as %s is read back', (locale, value, written) => {
    const items = numbersOf(`Wert: ${written}.`, locale);
    expect(items).toHaveLength(1);
    expect(items[0]!.key).toBe(String(value));
  });

  // Indian (lakh) grouping: Intl.NumberFormat writes 12,34,567.5 for these locales (in Bengali and Devanagari digits for bn and mr).
  it.each(['en-IN', 'hi', 'bn', 'mr'])('%s: 1234567.5 written by Intl.NumberFormat with lakh grouping is read back', (locale) => {
    const written = new Intl.NumberFormat(locale).format(1234567.5);
    expect(numbersOf(`Wert: ${written}.`, locale).map((item) => item.key)).toEqual(['1234567.5']);
  });
});

describe('unitNumbers: scale words multiply the number before them', () => {
  it.each([
    ['en million', 'React Native had 78 million downloads.', 'en', ['78000000|78']],
    ['fr millions', 'React Native a été téléchargé 78 millions de fois.', 'fr', ['78000000|78']],
    ['de Millionen', 'React Native wurde 78 Millionen Mal heruntergeladen.', 'de', ['78000000|78']],
    ['ja 万 with a space', 'React Native は 7800 万回ダウンロードされました。', 'ja', ['78000000|7800']],
    ['ja 万 attached', 'React Native は7800万回ダウンロードされました。', 'ja', ['78000000|7800']],
    ['zh 百万 with a decimal', '约 2.5 百万用户。', 'zh', ['2500000|2.5']],
    ['ko 만', '7800만 회 다운로드되었습니다.', 'ko', ['78000000|7800']],
    ['zh 亿', '该项目有3亿次下载。', 'zh', ['300000000|3']],
    ['en billion (short scale)', 'The market is worth 2.5 billion dollars.', 'en', ['2500000000|2.5']],
    ['de Milliarden', 'Der Markt ist 2,5 Milliarden Euro wert.', 'de', ['2500000000|2.5']],
    ['de Billion (long scale)', 'Die Schulden betragen 1 Billion Euro.', 'de', ['1000000000000|1']],
    ['fr billion (long scale)', 'La dette atteint 2 billions d’euros.', 'fr', ['2000000000000|2']],
    ['es mil millones', 'El mercado vale 3 mil millones de dólares.', 'es', ['3000000000|3']],
    ['ru млн', 'Проект скачали 5 млн раз.', 'ru', ['5000000|5']],
    ['en k suffix', 'The repository has 12k stars.', 'en', ['12000|12']],
    ['en M suffix', 'It has 4M weekly users.', 'en', ['4000000|4']],
    ['a scale word multiplies only the number right before it', 'About 3 thousand people and 5 dogs.', 'en', ['3000|3', '5']],
  ])('%s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });

  // CJK numerals (issue 10): Han numerals with a scale word are read; words made of numerals (万一, 千万, 一个) are not numbers.
  it.each([
    ['zh 一千万 = 10,000,000', '该项目有一千万用户。', 'zh', ['10000000']],
    ['ja 三億 = 300,000,000', '三億回ダウンロードされました。', 'ja', ['300000000']],
    ['zh 两千五百万', '每月有两千五百万次下载。', 'zh', ['25000000']],
    ['ja 一万二千', '一万二千人が参加しました。', 'ja', ['12000']],
    ['zh 2.5 百万 (digits and a scale word)', '每周下载量为 2.5 百万次。', 'zh', ['2500000|2.5']],
    ['zh 万一 and 千万 are words', '万一出错，千万不要慌，一个一个地检查。', 'zh', []],
  ])('%s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });

  // The standard German abbreviations `Mio.` and `Mrd.` are scale words (`1,2 Mio.` is 1.2 million, not 1.2).
  it.each([
    ['de Mio.', 'Die App hat 1,2 Mio. Nutzer.', 'de', ['1200000|1.2']],
    ['de Mrd.', 'Der Umsatz liegt bei 3 Mrd. Euro.', 'de', ['3000000000|3']],
  ])('%s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });
});

describe('unitNumbers: dates, names and small numbers', () => {
  it.each([
    ['dotted date, de', 'Veröffentlicht am 3.3.2024.', 'de', ['3~', '3~', '2024']],
    ['ISO date', 'Published on 2024-03-15.', 'en', ['2024', '3~', '15']],
    ['ja date with 年月日', '2024年3月15日に公開されました。', 'ja', ['2024', '3~', '15']],
    ['ko date with 년월일', '2024년 3월 15일에 공개되었습니다.', 'ko', ['2024', '3~', '15']],
    ['year-first dotted date', 'Veröffentlicht am 2024.03.15.', 'de', ['2024', '3~', '15']],
    ['a date with the month as a word has nothing soft', 'Published on 15 March 2024.', 'en', ['15', '2024']],
  ])('%s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });

  // Bug (minor): the day of a date is marked soft (excused as a possible month) even when it is above 12 and cannot be one.
  it.fails.each([
    ['dotted date, day above 12', 'Veröffentlicht am 15.03.2024.', 'de', ['15', '3~', '2024']],
    ['US slash date, day above 12', 'Published on 03/15/2024.', 'en-US', ['3~', '15', '2024']],
    ['UK slash date, day above 12', 'Published on 15/03/2024.', 'en-GB', ['15', '3~', '2024']],
  ])('known gap, %s: %s', (_name, text, language, expected) => {
    expect(readings(text, language)).toEqual(expected);
  });

  it.each([
    ['a URL', 'See https://example.com/v2/page for details.', []],
    ['a www address', 'See www.example.com/2024/guide for details.', []],
    ['a relative path', 'Edit src/v3/api.ts first.', []],
    ['an e-mail address', 'Write to user42@example.com today.', []],
    ['a heading id', '## Schritt 2 {#step-2}', ['2']],
    ['an MDX heading id', '## Schritt 2 {/*step-3*/}', ['2']],
  ])('ignores numbers inside %s: %s', (_name, text, expected) => {
    expect(readings(text, 'de')).toEqual(expected);
  });

  it.each([
    ['3', true],
    ['12', true],
    ['13', false],
    ['2024', false],
    ['1,000', false],
    ['2.5', false],
    ['３', true],
    ['٣', true],
  ])('%s is small (may be written out on the other side): %s', (written, small) => {
    const items = numbersOf(`Wert: ${written} Stück.`, null);
    expect(items.map((item) => item.small)).toEqual([small]);
  });

  it('keeps each number’s raw text and its offset in the document', () => {
    const text = 'Der Tarif kostet 1.250,00 € und 7 % Steuer.';
    const items = numbersOf(text, 'de');
    expect(items.map((item) => [item.raw, item.offset])).toEqual([
      ['1.250,00', text.indexOf('1.250,00')],
      ['7', text.indexOf('7 %')],
    ]);
  });
});

describe('matchNumbers: the unmatched numbers of two aligned units', () => {
  it.each([
    ['en/de price', 'The plan costs $1,250.00 per year.', 'en', 'Der Tarif kostet 1.250,00 € pro Jahr.', 'de', [], []],
    ['en/fr price', 'The plan costs €1,250.00 per year.', 'en', 'L’offre coûte 1\u202F250,00 € par an.', 'fr', [], []],
    ['en/ar digits', 'The price is 2,500.75 dollars.', 'en', 'يبلغ السعر ٢٬٥٠٠٫٧٥ دولار.', 'ar', [], []],
    ['de/ja full-width', 'Die Datei darf höchstens 25 MB groß sein.', 'de', 'ファイルは最大２５MBです。', 'ja', [], []],
    ['€1,250 vs 1.250 €', 'It costs €1,250 a year.', 'en', 'Es kostet 1.250 € im Jahr.', 'de', [], []],
    ['7 % vs 7%', 'Die Steuer beträgt 7 %.', 'de', 'The tax is 7%.', 'en', [], []],
    ['1,000 thousand vs 1.000 thousand', 'Discounts from 1,000 users.', 'en', 'Rabatt ab 1.000 Nutzern.', 'de', [], []],
    ['1,000 thousand vs 1 000', 'Discounts from 1,000 users.', 'en', 'Remise dès 1 000 utilisateurs.', 'fr', [], []],
    ['de 1,000 (one) vs en 1 (its other reading)', 'Der Messbecher fasst genau 1,000 Liter.', 'de', 'The cup holds exactly 1 liter.', 'en', [], []],
    ['78 million vs 7800 万', 'React Native had 78 million downloads.', 'en', 'React Native は 7800 万回ダウンロードされました。', 'ja', [], []],
    ['78 million vs 78 Millionen', 'React Native had 78 million downloads.', 'en', 'React Native wurde 78 Millionen Mal geladen.', 'de', [], []],
    ['reordered clauses', 'From 2019 to 2024, 12 teams joined.', 'en', '12 Teams kamen zwischen 2019 und 2024 dazu.', 'de', [], []],
    ['versions', 'Requires React 18.2.0.', 'en', 'Erfordert React 18.2.0.', 'de', [], []],
    [
      'swapped digits',
      'Der Tarif kostet 1.250,00 € und umfasst 500 GB.',
      'de',
      'El plan cuesta 1.520,00 € e incluye 500 GB.',
      'es',
      ['1250'],
      ['1520'],
    ],
    ['a changed version', 'Requires React 18.2.0.', 'en', 'Erfordert React 18.3.0.', 'de', ['18.2.0'], ['18.3.0']],
    [
      'a changed scale',
      'React Native had 78 million downloads.',
      'en',
      'React Native wurde 87 Millionen Mal geladen.',
      'de',
      ['78000000'],
      ['87000000'],
    ],
    ['a repeated number once on the other side', 'Step 3 and step 3 again.', 'en', 'Schritt 3 noch einmal.', 'de', ['3'], []],
    [
      'a date with the month as a word vs digits: the soft month stays over',
      'Released on 3 March 2024.',
      'en',
      'Veröffentlicht am 3.3.2024.',
      'de',
      [],
      ['3~'],
    ],
    ['an ISO date vs 年月日', 'Published on 2024-03-15.', 'en', '2024年3月15日に公開。', 'ja', [], []],
  ])('%s', (_name, left, leftLanguage, right, rightLanguage, expectedLeft, expectedRight) => {
    expect(unmatched(left, leftLanguage, right, rightLanguage)).toEqual({ left: expectedLeft, right: expectedRight });
  });

  it.fails.each([
    // Bug: a two-part version is read as a decimal, so `3.10` and `3.1` are the same value and a changed version goes unseen.
    // Keying the version by its context was tried and reverted: “version 3.0” against Polish “wersji 3.0” then disagree.
    ['Python 3.10 vs 3.1', 'Requires Python 3.10 or later.', 'en', 'Erfordert Python 3.1 oder neuer.', 'de', ['3.10'], ['3.1']],
  ])('known gap, %s', (_name, left, leftLanguage, right, rightLanguage, expectedLeft, expectedRight) => {
    expect(unmatched(left, leftLanguage, right, rightLanguage)).toEqual({ left: expectedLeft, right: expectedRight });
  });

  it.each([['一千万 vs 10 million', 'The project has 10 million users.', 'en', '该项目有一千万用户。', 'zh', [], []]])(
    '%s',
    (_name, left, leftLanguage, right, rightLanguage, expectedLeft, expectedRight) => {
      expect(unmatched(left, leftLanguage, right, rightLanguage)).toEqual({ left: expectedLeft, right: expectedRight });
    },
  );

  it.each([
    // Lakh grouping is the same amount as Western grouping.
    ['lakh vs Western grouping', 'कीमत 1,00,000 रुपये है।', 'hi', 'The price is 100,000 rupees.', 'en', [], []],
    // ٬ has no decimal reading, so 12٬500 does not match 12.5.
    ['۱۲٬۵۰۰ vs 12.5', 'قیمت ۱۲٬۵۰۰ تومان است.', 'fa', 'The price is 12.5 toman.', 'en', ['12500'], ['12.5']],
    // Digits that continue a word are part of a name (adapter-reference.mdx: "i18n domains" is "다국어 도메인" in Korean).
    [
      'i18n, a11y, k8s, h2, utf8, es2022, x86 are names',
      'Enable i18n and a11y checks on k8s, h2 over utf8, es2022 on x86.',
      'en',
      'i18n と a11y を有効にします。',
      'ja',
      [],
      [],
    ],
    // Digits first are a number with its unit, and `v18` a version: both stay numbers.
    [
      '10px, 40paste/s and v18 are numbers',
      'Use 10px margins, 40paste/s and Node v18.',
      'en',
      'Verwenden Sie 10px Ränder, 40paste/s und Node v18.',
      'de',
      [],
      [],
    ],
    // A longer word before the digits is a name and its version; letters after a digit are a unit.
    [
      'Docker18.09 and Base32 are numbers',
      'Docker 18.09 encodes to Base32.',
      'en',
      '在2018年11月，Docker18.09 把文件编码为 base 32。',
      'zh',
      [],
      ['2018', '11~'],
    ],
    // Korean, Japanese and Chinese name number bases with digits: `16진수` is "hexadecimal" (Astro upgrade guide, v7.mdx).
    [
      '16진수 is hexadecimal',
      'Named colors may become hex values like `#639`.',
      'en',
      '색상 이름이 `#639`와 같은 16진수 값으로 변환될 수 있습니다.',
      'ko',
      [],
      [],
    ],
    ['16進数 and 2进制', 'Hex and binary values.', 'en', '16進数と2进制の値。', 'ja', [], []],
    [
      '1h20m is a duration',
      'React at Facebook Seattle (2013 - 1h20m).',
      'en',
      'Facebook Seattle で React を紹介（2013 年 - 1 時間 20 分）。',
      'ja',
      [],
      [],
    ],
    ['a unit glued to the number on one side', 'The limit is 40paste/s per user.', 'en', 'Die Grenze liegt bei 40 Pastes pro Sekunde.', 'de', [], []],
  ])('%s', (_name, left, leftLanguage, right, rightLanguage, expectedLeft, expectedRight) => {
    expect(unmatched(left, leftLanguage, right, rightLanguage)).toEqual({ left: expectedLeft, right: expectedRight });
  });

  it('is empty on both sides for empty input, and keeps everything when one side is empty', () => {
    const items = numbersOf('Schritt 3 von 5.', 'de');
    expect(matchNumbers([], [])).toEqual({ left: [], right: [] });
    expect(matchNumbers(items, []).left.map((item) => item.key)).toEqual(['3', '5']);
    expect(matchNumbers([], items).right.map((item) => item.key)).toEqual(['3', '5']);
  });
});

describe('writesNumber: a small number written out in words', () => {
  it.each([
    [3, 'Follow these three steps.', 'en', true],
    [1, 'Run the first command.', 'en', true],
    [2, 'Both sides must agree.', 'en', true],
    [12, 'A dozen examples.', 'en', true],
    [3, 'Follow these two steps.', 'en', false],
    [2, 'Beide Seiten müssen übereinstimmen.', 'de', true],
    [3, 'Folgen Sie diesen drei Schritten.', 'de-AT', true],
    [1, 'Exécutez une commande.', 'fr', true],
    [2, 'São dois passos.', 'pt-BR', true],
    [5, 'Выполните пять шагов.', 'ru', true],
    [4, 'أربع خطوات.', 'ar', true],
    [3, '三つの手順に従ってください。', 'ja', true],
    [2, '两个步骤。', 'zh', true],
    [10, '十个步骤。', 'zh-Hans', true],
    [3, '세 가지 단계를 따르세요.', 'ko', true],
    [3, '세가지 단계를 따르세요.', 'ko', true],
    [1, '첫번째 단계입니다.', 'ko', true],
    [3, 'Folgen Sie diesen drei Schritten.', null, true],
    [5, 'Follow these five steps.', 'ja', false],
    [13, 'Thirteen steps.', 'en', false],
    [2.5, 'Two and a half steps.', 'en', false],
    [-1, 'Minus one.', 'en', false],
  ])('%d in %s (%s): %s', (value, text, language, expected) => {
    expect(writesNumber(value, wordSet(text), text, language)).toBe(expected);
  });
});

describe('writesRoundNumber: a round number written with a word', () => {
  it.each([
    ['1000', 'Over a thousand users.', true],
    ['100', 'Hundreds of users.', true],
    ['100', 'Más de cien usuarios.', true],
    ['1000000', 'Über eine Million Nutzer.', true],
    ['1000000', '100만 명 이상의 개발자가 사용합니다.', true],
    ['1000000', '百万用户。', true],
    ['1000', '千人以上が参加しました。', true],
    ['1000000000', '10억 명이 사용합니다.', true],
    ['1000000000', 'Over a billion users.', true],
    ['1000000000000', 'Die Schulden betragen eine Billion Euro.', true],
    ['1000', 'Over 1000 users.', false],
    ['1250', 'Over a thousand users.', false],
    ['1000000', 'Over a thousand users.', false],
    ['100', 'Über tausend Nutzer.', false],
  ])('%s in %j: %s', (key, text, expected) => {
    expect(writesRoundNumber(key, wordSet(text), text)).toBe(expected);
  });

  it.each([
    // CJK scale words are read as numbers, not character by character: `1万` (10,000) and `十个步骤` (ten steps)
    // excuse no missing million or billion.
    ['1000000', 'ユーザーは1万人です。', false],
    ['1000000000', '请按照十个步骤操作。', false],
    ['1000000', '五百万用户。', false],
    // Spanish `mil millones` (10^9), as in unitNumbers.
    ['1000000000', 'Más de mil millones de usuarios.', true],
  ])('%s in %j: %s', (key, text, expected) => {
    expect(writesRoundNumber(key, wordSet(text), text)).toBe(expected);
  });
});
