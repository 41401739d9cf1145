/** Writes the generated documentation: docs/checks.md, and the format table in README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFormatTable } from '../src/core/report/formats.js';
import { renderCatalog } from './catalog.js';

writeFileSync('docs/checks.md', renderCatalog());
console.log('wrote docs/checks.md');
writeFileSync('README.md', withFormatTable(readFileSync('README.md', 'utf8')));
console.log('wrote the format table in README.md');
