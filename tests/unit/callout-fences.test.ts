/**
 * Fenced callout boxes (javascript.info's ```smart and ```warn, ```note elsewhere): read as boxes of prose with
 * positions in the document, so the content checks compare them as text and code-block leaves them alone.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/core/index.js';
import { buildDocument } from '../../src/core/model/build-document.js';

const english = [
  '# Variables',
  '',
  'A variable is a “named storage” for data.',
  '',
  '```smart header="Case matters"',
  'Variables named `apple` and `APPLE` are two different variables.',
  '```',
  '',
  '```warn header="Reserved names"',
  'There is a [list of reserved words](https://tc39.es/ecma262/#sec-keywords), which cannot be used as variable names.',
  '',
  'For example: `let`, `class`, `return`, and `function` are reserved.',
  '```',
  '',
  '```js',
  'let message = "Hello!";',
  '```',
  '',
].join('\n');

const russian = [
  '# Переменные',
  '',
  'Переменная – это «именованное хранилище» для данных.',
  '',
  '```smart header="Регистр имеет значение"',
  'Переменные с именами `apple` и `APPLE` – это две разные переменные.',
  '```',
  '',
  '```warn header="Зарезервированные имена"',
  'Существует [список зарезервированных слов](https://tc39.es/ecma262/#sec-keywords), которые нельзя использовать в качестве имён переменных.',
  '',
  'Например: `let`, `class`, `return` и `function` зарезервированы.',
  '```',
  '',
  '```js',
  'let message = "Привет!";',
  '```',
  '',
].join('\n');

describe('callout fences', () => {
  it('reads ```smart and ```warn as boxes whose content is prose, at its own lines', () => {
    const document = buildDocument(english, { path: 'en/variables.md' });
    const kinds = document.blocks.map((block) => `${block.kind}:${block.span.line}`);
    expect(kinds).toEqual(['heading:1', 'paragraph:3', 'directive:5', 'paragraph:6', 'directive:9', 'paragraph:10', 'paragraph:12', 'code:15']);
    expect(document.blocks[2]!.directive).toMatchObject({ name: 'smart', attributes: { header: 'Case matters' } });
    expect(document.blocks[5]!.features.links[0]).toMatchObject({ url: 'https://tc39.es/ecma262/#sec-keywords', span: { line: 10 } });
    expect(document.blocks[6]!.container).toBe(4);
  });

  it('compares a translated box as prose (javascript.info, Russian), and reports a box left untranslated', () => {
    const findings = compare(english, russian, { leftPath: 'en/variables.md', rightPath: 'ru/variables.md' }).findings;
    // The only code finding is the example's translated string (info); the boxes are not code.
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.check === 'code-block').map((f) => f.left?.line)).toEqual([16]);
    const stale = russian.replace(
      'Например: `let`, `class`, `return` и `function` зарезервированы.',
      'For example: `let`, `class`, `return`, and `function` are reserved.',
    );
    const untranslated = compare(english, stale, { leftPath: 'en/variables.md', rightPath: 'ru/variables.md' }).findings.filter(
      (f) => f.check === 'untranslated',
    );
    expect(untranslated).toMatchObject([{ left: { line: 12 }, right: { line: 12 } }]);
  });

  it('leaves a code fence of a programming language, and an indented callout fence, as code', () => {
    const indented = ['1. Step one:', '', '   ```smart', '   Keep this in mind.', '   ```', ''].join('\n');
    const document = buildDocument(indented, { path: 'en/steps.md' });
    expect(document.blocks.map((block) => block.kind)).toEqual(['list']);
    expect(buildDocument(english, { path: 'en/variables.md' }).blocks.at(-1)!.code).toMatchObject({ lang: 'js' });
  });
});
