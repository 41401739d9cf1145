/**
 * Defaults that agree (issue 12): the time budget grows with the files' size so that a page the size limit
 * admits is not refused as "too complex" on a loaded machine; mistyped configuration keys get a suggestion.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultBudgetMs } from '../src/cli/run-in-worker.js';
import { ConfigError, parseConfig } from '../src/core/index.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');
const tmp = mkdtempSync(join(tmpdir(), 'mdparity-defaults-'));

function configError(text: string): string {
  try {
    parseConfig(text, 'mdparity.config.json');
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
}

describe('the default time budget', () => {
  it('is 30 s for ordinary pages and grows by 30 s per MB of the two files', () => {
    const seed = 4_000;
    expect(defaultBudgetMs(seed, seed)).toBe(30_000 + Math.ceil(((2 * seed) / 1024 ** 2) * 30_000));
    expect(defaultBudgetMs(1024 ** 2, 1024 ** 2)).toBe(90_000);
    // The largest pair --max-file-size admits by default (10 MB each): over ten minutes of processor time.
    expect(defaultBudgetMs(10 * 1024 ** 2, 10 * 1024 ** 2)).toBe(630_000);
  });

  it('a run over --timeout says that it is a time limit and how to raise it', () => {
    const slow = join(tmp, 'slow.md');
    // Many short sections: a large alignment.
    writeFileSync(slow, Array.from({ length: 4000 }, (_, i) => `## Kafli ${i}\n\nTexti ${i} með [tengli](https://example.is/${i}).\n`).join('\n'));
    const result = spawnSync(process.execPath, [bin, 'compare', slow, 'seeds/smo.no.md', '--timeout', '0.2'], { encoding: 'utf8', timeout: 110_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/more than 0\.2 s of processor time \(a time limit, raise it with --timeout SECONDS\)/);
    expect(spawnSync(process.execPath, [bin, 'compare', '--help'], { encoding: 'utf8' }).stdout).toContain('default 30 plus 30 per MB');
  });
});

describe('did you mean, for configuration keys', () => {
  it.each([
    ['{"ignores": ["drafts/**"]}', 'unknown key “ignores”; did you mean “ignore”?'],
    ['{"severity": {"link-target": "off"}}', 'unknown key “severity”; did you mean “checks”?'],
    ['{"rules": {}}', 'unknown key “rules”; did you mean “checks”?'],
    ['{"checks": {"link-targt": "off"}}', 'unknown check “link-targt” in “checks”; did you mean “link-target”?'],
    ['{"frontMatter": {"mustmatch": ["lang"]}}', 'unknown key “frontMatter.mustmatch”; did you mean “mustMatch”?'],
    ['{"mdx": {"preset": ["docusaurus"]}}', 'unknown key “mdx.preset”; did you mean “presets”?'],
  ])('%s', (text, message) => {
    expect(configError(text)).toContain(message);
  });

  it('suggests nothing for a key that is nothing like a known one', () => {
    expect(configError('{"colour": "blue"}')).toBe(
      'mdparity.config.json: unknown key “colour” (known keys: checks, frontMatter, protectedTerms, ignore, flavor, mdx)',
    );
  });
});
