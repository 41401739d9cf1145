import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageFromFileName, rightToLeftScript } from '../../src/core/language-hints.js';

const fixture = (name: string) => readFileSync(new URL(`../browser/fixtures/${name}`, import.meta.url), 'utf8');

describe('language hints', () => {
  it('reads the language from the file names translators use', () => {
    expect(languageFromFileName('README.hebrew.md')).toBe('he');
    expect(languageFromFileName('README-he.md')).toBe('he');
    expect(languageFromFileName('he/README.md')).toBe('he');
    expect(languageFromFileName('README.he.md')).toBe('he');
    expect(languageFromFileName('README_zh-CN.md')).toBe('zh-CN');
    expect(languageFromFileName('README.japanese.md')).toBe('ja');
    expect(languageFromFileName('README.md')).toBeNull();
    expect(languageFromFileName('CHANGELOG.md')).toBeNull();
  });

  it('finds a right-to-left script in a Hebrew README full of English code, and none in Japanese', () => {
    expect(rightToLeftScript(fixture('nodebestpractices.he.md'))).toEqual({ language: 'he' });
    expect(rightToLeftScript(fixture('nodebestpractices.ja.md'))).toBeNull();
    expect(rightToLeftScript(fixture('nodebestpractices.en.md'))).toBeNull();
  });
});
