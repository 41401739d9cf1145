/** directive-type: a directive box of another type, or one that lost its title. */
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../../src/core/index.js';

const id = 'directive-type';
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;
const findingsOf = (left: string, right: string, paths = ['guide.en.mdx', 'guide.tr.mdx']): Finding[] =>
  compare(left, right, { leftPath: paths[0], rightPath: paths[1] }).findings.filter((f) => f.check === id);

const english = lines('## Deploy', '', ':::danger[Data loss]', 'This command deletes the `dist/` folder.', ':::', '', 'Then run `npm run build`.');

describe('directive-type', () => {
  it('accepts the same box with a translated title (Arabic)', () => {
    const arabic = lines('## النشر', '', ':::danger[فقدان البيانات]', 'يحذف هذا الأمر المجلد `dist/`.', ':::', '', 'ثم شغّل `npm run build`.');
    expect(findingsOf(english, arabic)).toEqual([]);
  });

  it('reports a danger box turned into a note (German), at the opening line', () => {
    const german = lines(
      '## Bereitstellen',
      '',
      ':::note[Datenverlust]',
      'Dieser Befehl löscht den Ordner `dist/`.',
      ':::',
      '',
      'Dann `npm run build` ausführen.',
    );
    const found = findingsOf(english, german);
    expect(found).toMatchObject([{ severity: 'error', left: { line: 3, endLine: 3 }, right: { line: 3, endLine: 3 } }]);
    expect(found[0]!.message).toContain('`:::danger`');
    expect(found[0]!.message).toContain('`:::note`');
  });

  it('reports a lost title as a warning, in Markdown files too (Docusaurus `:::tip Title`)', () => {
    const left = lines('# Setup', '', ':::tip Use the LTS release', 'Node.js `20` is tested on every change.', ':::');
    const right = lines('# セットアップ', '', ':::tip', 'Node.js `20` はすべての変更でテストされています。', ':::');
    const found = findingsOf(left, right, ['setup.en.md', 'setup.ja.md']);
    expect(found).toMatchObject([{ severity: 'warning' }]);
    expect(found[0]!.message).toContain('“Use the LTS release”');
    // The other way round, a title written out where the source has none is mostly the default title: info.
    expect(findingsOf(right, left, ['setup.ja.md', 'setup.en.md'])).toMatchObject([{ severity: 'info' }]);
  });

  it('reads the box content as ordinary blocks: missing-block and the content checks run inside it', () => {
    const left = lines(
      '## Deploy',
      '',
      ':::caution',
      'Back up the `data/` folder first.',
      '',
      'The upgrade rewrites 42 files in `config/` and cannot be undone.',
      ':::',
    );
    const right = lines('## Déployer', '', ':::caution', 'Sauvegardez d’abord le dossier `data/`.', ':::');
    const report = compare(left, right, { leftPath: 'a.en.mdx', rightPath: 'a.fr.mdx' });
    // The second paragraph reads as merged into the first (a warning); its inline code and its number are missing.
    expect(report.findings.map((f) => `${f.check} ${f.left?.line ?? '-'}/${f.right?.line ?? '-'}`).sort()).toEqual([
      'code-span 6/4',
      'missing-block 6/-',
      'number-mismatch 6/4',
    ]);
  });
});
