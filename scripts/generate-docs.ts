/** Writes the generated documentation: docs/checks.md. */
import { writeFileSync } from 'node:fs';
import { renderCatalog } from './catalog.js';

writeFileSync('docs/checks.md', renderCatalog());
console.log('wrote docs/checks.md');
