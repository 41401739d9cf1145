#!/usr/bin/env node
// The mdparity command. The CLI is TypeScript compiled to dist/ by `npm install` (the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('mdparity: not built yet; run `npm install` (or `npm run build:lib`) in the mdparity folder\n');
  process.exit(3);
}
const { main } = await import(entry.href);
await main();
