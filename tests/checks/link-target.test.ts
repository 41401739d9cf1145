/** link-target: aligned blocks with as many links, some to different targets. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'link-target';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string): Finding[] => compare(left, right).findings.filter((f) => f.check === id);

const german = lines('# Einrichtung', '', 'Siehe [die Anleitung](/guide/setup) für Details.');

describe('link-target', () => {
  it('accepts the same target in the Polish version', () => {
    expect(findingsOf(german, lines('# Konfiguracja', '', 'Zobacz [przewodnik](/guide/setup), aby poznać szczegóły.'))).toEqual([]);
  });

  it('accepts reordered links (targets compared as multisets)', () => {
    expect(findingsOf(lines('Erst [A](/a), dann [B](/b).'), lines('Najpierw [B](/b), potem [A](/a).'))).toEqual([]);
  });

  it('accepts a trailing slash, http against https and a `www.` host', () => {
    expect(findingsOf(lines('Siehe [Seite](http://example.com/docs/).'), lines('Zobacz [stronę](https://www.example.com/docs).'))).toEqual([]);
  });

  it('accepts the localized page of a documentation site (MDN /de/ against /ko/)', () => {
    const left = lines('Siehe [MDN](https://developer.mozilla.org/de/docs/Web/HTML).');
    const right = lines('[MDN](https://developer.mozilla.org/ko/docs/Web/HTML)을 참고하세요.');
    expect(findingsOf(left, right)).toEqual([]);
  });

  it('reports a typo in the Polish link target, at both links', () => {
    const polish = lines('# Konfiguracja', '', 'Zobacz [przewodnik](/guide/stup), aby poznać szczegóły.');
    const found = findingsOf(german, polish);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, column: 7 }, right: { line: 3, column: 8 } });
    expect(found[0]!.message).toBe('Link targets differ: the left links to “/guide/setup” where the right links to “/guide/stup”.');
  });

  it('names every differing pair in one finding (Norwegian)', () => {
    const found = findingsOf(lines('Links: [eins](/eins), [zwei](/zwei), [drei](/drei).'), lines('Lenker: [én](/een), [to](/twee), [tre](/drei).'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: { line: 1, column: 8 }, right: { line: 1, column: 9 } });
    expect(found[0]!.message).toContain('the left links to “/eins” where the right links to “/een”');
    expect(found[0]!.message).toContain('the left links to “/zwei” where the right links to “/twee”');
  });

  it('reports a wrong target inside a list item, at the item’s link (Hebrew)', () => {
    const english = lines('## Links', '', '- [Docs](/docs)', '- [Blog](/blog)');
    const hebrew = lines('## קישורים', '', '- [תיעוד](/docs)', '- [בלוג](/blgo)');
    const found = findingsOf(english, hebrew);
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 4, column: 3 }, right: { line: 4, column: 3 } }]);
    expect(found[0]!.message).toContain('“/blog” where the right links to “/blgo”');
  });

  it('softens a link to the localized article of the same site to info (Wikipedia de ↔ ja)', () => {
    const left = lines('Siehe [Berlin](https://de.wikipedia.org/wiki/Berlin).');
    const right = lines('[ベルリン](https://ja.wikipedia.org/wiki/ベルリン)を参照。');
    const found = findingsOf(left, right);
    expect(found).toMatchObject([{ severity: 'info', left: { line: 1, column: 7 }, right: { line: 1, column: 1 } }]);
    expect(found[0]!.message).toContain('(a localized page of the same site)');
  });

  it('accepts the same page written another way: absolute for site-relative, with .html or without (react.dev in Korean)', () => {
    expect(
      findingsOf(
        lines(
          'See the [React 18 upgrade guide](https://react.dev/blog/2022/03/08/react-18-upgrade-guide) and [Vite SSR](https://vite.dev/guide/ssr).',
        ),
        lines('[React 18 업그레이드 가이드](/blog/2022/03/08/react-18-upgrade-guide)와 [Vite SSR](https://vite.dev/guide/ssr.html)을 참고하세요.'),
      ),
    ).toEqual([]);
    // Another page of the same site stays a finding.
    expect(
      findingsOf(
        lines('See [prerender](https://react.dev/reference/react-dom/static/prerender).'),
        lines('[prerender](/reference/react-dom/static/index)를 참고하세요.'),
      ),
    ).toMatchObject([{ severity: 'warning' }]);
  });

  it('keeps a link to another site a warning', () => {
    const found = findingsOf(
      lines('Siehe [Berlin](https://de.wikipedia.org/wiki/Berlin).'),
      lines('[ベルリン](https://example.com/wiki/Berlin)を参照。'),
    );
    expect(found).toMatchObject([{ severity: 'warning' }]);
  });

  it('leaves different link counts to link-count', () => {
    expect(findingsOf(lines('[A](/a) und [B](/b).'), lines('[A](/x).'))).toEqual([]);
  });

  it('accepts in-page anchors that point at each side’s own aligned heading', () => {
    // Engine bug (reported): heading slugs are translated with the heading, so `#voraussetzungen` and
    // `#requisitos-previos` are the same link; link-target warns.
    const left = lines(
      '## Einrichtung',
      '',
      'Siehe [Voraussetzungen](#voraussetzungen) und [FAQ](/faq).',
      '',
      '## Voraussetzungen',
      '',
      'Node.js 20.',
    );
    const right = lines(
      '## Configuración',
      '',
      'Ver [requisitos](#requisitos-previos) y [FAQ](/faq).',
      '',
      '## Requisitos previos',
      '',
      'Node.js 20.',
    );
    const found = findingsOf(left, right).filter((f) => f.severity !== 'info');
    expect(found).toEqual([]);
  });

  it('quotes the targets as written in the files, not in their normalised form', () => {
    // Engine bug (reported): the message prints the normalised targets (language segment dropped),
    // so it reads “the left links to “” where the right links to “/om””.
    const found = findingsOf(lines('Zur [Startseite](/de/).'), lines('Til [forsiden](/no/om).'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('“/de/”');
    expect(found[0]!.message).toContain('“/no/om”');
  });
});

describe('link-target: links written as HTML', () => {
  it('reads the Korean “back to top” HTML link to its own table of contents as the same target as the English one', () => {
    const english = [
      '## Table of Contents',
      '',
      '1. [Project Architecture Practices](#1-project-architecture-practices)',
      '',
      '# `1. Project Architecture Practices`',
      '',
      '**TL;DR:** Structure your solution by business components.',
      '',
      '<p align="right"><a href="#table-of-contents">⬆ Return to top</a></p>',
      '',
    ].join('\n');
    const korean = [
      '## 목차',
      '',
      '1. [프로젝트 구조 설계](#1-프로젝트-구조-설계)',
      '',
      '# `1. 프로젝트 구조 설계`',
      '',
      '**핵심요약:** 솔루션을 비즈니스 컴포넌트 단위로 구성하라.',
      '',
      '<p align="right"><a href="#목차">⬆ 목차로 돌아가기</a></p>',
      '',
    ].join('\n');
    const report = compare(english, korean);
    expect(report.findings.filter((f) => f.check === 'link-target' || f.check === 'missing-block' || f.check === 'link-count')).toEqual([]);
  });
});
