/** image: images that differ in number or source, or alt text on one side only. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'image';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, leftPath?: string, rightPath?: string): Finding[] =>
  compare(left, right, { leftPath, rightPath }).findings.filter((f) => f.check === id);

describe('image', () => {
  it('accepts the same image with translated alt text (French)', () => {
    expect(findingsOf(lines('![Architecture diagram](/img/architecture.png)'), lines('![Schéma de l’architecture](/img/architecture.png)'))).toEqual(
      [],
    );
  });

  it('accepts localised screenshots: a language code in the path or file name', () => {
    expect(findingsOf(lines('![Dashboard](/img/de/dashboard.png)'), lines('![Panel](/img/pl/dashboard.png)'))).toEqual([]);
    expect(
      findingsOf(lines('![Settings](/assets/settings.en.png)'), lines('![設定](/assets/settings.ja.png)'), 'docs/guide.en.md', 'docs/guide.ja.md'),
    ).toEqual([]);
  });

  it('reports a typo in the Polish image path', () => {
    const found = findingsOf(
      lines('# Aufbau', '', 'Siehe ![Diagramm](/img/architecture.png) unten.'),
      lines('# Budowa', '', 'Zobacz ![Diagram](/img/architecure.png) poniżej.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: id, severity: 'warning', left: { line: 3, column: 7 }, right: { line: 3, column: 8 } });
    expect(found[0]!.message).toBe('Image sources differ: the left shows “/img/architecture.png” where the right shows “/img/architecure.png”.');
  });

  it('reports an image dropped from a Chinese paragraph', () => {
    const found = findingsOf(
      lines('Click ![gear](/icons/gear.svg) and then ![save](/icons/save.svg).'),
      lines('点击 ![齿轮](/icons/gear.svg)，然后保存。'),
    );
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toBe('Image counts differ: the left has 2 images, the right 1; only the left shows “/icons/save.svg”.');
  });

  it('reports alt text present on one side only (Arabic)', () => {
    const found = findingsOf(lines('![Login screen](/img/login.png)'), lines('![](/img/login.png)'));
    expect(found).toMatchObject([{ severity: 'warning', left: { line: 1 }, right: { line: 1 } }]);
    expect(found[0]!.message).toBe(
      'Alt text missing on the right: the left image “/img/login.png” has the alt text “Login screen”, the right one has none.',
    );
    expect(findingsOf(lines('![](/img/login.png)'), lines('![شاشة تسجيل الدخول](/img/login.png)'))[0]!.message).toContain(
      'Alt text missing on the left',
    );
  });

  it('counts an image written as HTML, as a reader sees it (nodebestpractices’ linked icons)', () => {
    const english = lines(
      '[<img src="assets/images/twitter.svg" width="16" height="16" alt="Twitter"/> **Follow us!**](https://twitter.com/nodepractices/)',
    );
    const korean = lines('[![Twitter](assets/images/twitter.svg) **팔로우하세요!**](https://twitter.com/nodepractices/)');
    expect(compare(english, korean).findings.filter((finding) => finding.check === 'image')).toEqual([]);
  });

  it('keeps alt text only the translation has to info: an empty alt in the source is often a decorative icon (Portuguese)', () => {
    const found = findingsOf(
      lines('[![](/assets/twitter.svg) Follow us on Twitter](https://twitter.com/nodepractices)'),
      lines('[![nodepractices](/assets/twitter.svg) Siga-nos no Twitter](https://twitter.com/nodepractices)'),
    );
    expect(found).toMatchObject([{ severity: 'info', left: { line: 1 }, right: { line: 1 } }]);
    expect(found[0]!.message).toMatch(/^Alt text missing on the left/);
  });
});
