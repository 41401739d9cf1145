import { describe, expect, it } from 'vitest';
import { distinctNames } from '../../src/core/vocabulary/pair-names.js';

describe('distinctNames', () => {
  it('keeps base names that already differ', () => {
    expect(distinctNames({ name: 'docs/guide.de.md', language: 'de' }, { name: 'docs/guide.fr.md', language: 'fr' })).toEqual({
      left: 'guide.de.md',
      right: 'guide.fr.md',
    });
  });

  it('adds the folders that differ when the file names are the same', () => {
    expect(distinctNames({ name: 'docs/en/README.md', language: null }, { name: 'docs/fr/README.md', language: null })).toEqual({
      left: 'en/README.md',
      right: 'fr/README.md',
    });
    expect(distinctNames({ name: 'README.md', language: 'en' }, { name: 'i18n/he/README.md', language: 'he' })).toEqual({
      left: 'README.md',
      right: 'he/README.md',
    });
  });

  it('names the languages when the paths are the same (the app knows file names only)', () => {
    expect(distinctNames({ name: 'README.md', language: 'en' }, { name: 'README.md', language: 'he' })).toEqual({
      left: 'README.md (en)',
      right: 'README.md (he)',
    });
    expect(distinctNames({ name: 'README.md', language: null }, { name: 'README.md', language: null })).toEqual({
      left: 'README.md',
      right: 'README.md',
    });
  });
});
