/** Generated documentation is never stale; the package version is the one the core reports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { version } from '../src/core/index.js';
import { renderCatalog } from '../scripts/catalog.js';

describe('generated docs', () => {
  it('docs/checks.md matches the checks’ metadata (run `npm run docs`)', () => {
    expect(readFileSync('docs/checks.md', 'utf8')).toBe(renderCatalog());
  });

  it('the core’s version is package.json’s', () => {
    expect(version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
