/**
 * `mdparity tree` writes one artifact for the whole run in every format (issue 12): SARIF valid against
 * the official schema with every page, JUnit, CSV, Markdown, HTML, GitLab; pages missing on either side
 * are in it; the terminal summary puts what to do first at the top. Runs the built CLI on a small
 * documentation tree: the seed pair (Icelandic ↔ Norwegian), a Korean and an Arabic page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compileSchema } from './report/helpers.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = join(process.cwd(), 'bin/mdparity.js');
const validateSarif = compileSchema(JSON.parse(readFileSync('tests/report/sarif-schema-2.1.0.json', 'utf8')));
const root = mkdtempSync(join(tmpdir(), 'mdparity-tree-artifact-'));

function mdparity(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '' },
    timeout: 110_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function put(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const en = {
  install: `# Installation\n\nRun \`npm install react\` to add React, then read the [quick start](https://react.dev/learn).\n\n## Requirements\n\nReact needs Node.js 18 or later.\n`,
  hooks: `# Hooks\n\n## useState\n\nCall \`useState\` at the top level of your component.\n\n## useEffect\n\nCall \`useEffect\` to [synchronise](https://react.dev/learn/synchronizing-with-effects) with an external system.\n\n## useRef\n\nCall \`useRef\` to keep a value that is not needed for rendering.\n\n## useMemo\n\nCall \`useMemo\` to cache a calculation between re-renders.\n\n## useContext\n\nCall \`useContext\` to read a [context](https://react.dev/learn/passing-data-deeply-with-context).\n`,
  faq: '# FAQ\n\nAnswers to common questions.\n',
};
const translations = {
  install: `# 설치\n\n\`npm install react\`로 React를 추가한 다음 [빠른 시작](https://react.dev/learn)을 읽으세요.\n\n## 요구 사항\n\nReact는 Node.js 18 이상이 필요합니다.\n`,
  // An Arabic page translated from an old version with one section: the four added since are missing.
  hooks: `# الخطافات\n\n## useState\n\nاستدعِ \`useState\` في المستوى الأعلى من مكوّنك.\n`,
  old: '# 旧页面\n\n这个页面已被删除。\n',
};

beforeAll(() => {
  put('package.json', '{"name":"docs"}\n');
  put('docs/en/guide/smo.md', readFileSync('seeds/smo.is.md', 'utf8'));
  put('docs/xx/guide/smo.md', readFileSync('seeds/smo.no.md', 'utf8'));
  put('docs/en/install.md', en.install);
  put('docs/xx/install.md', translations.install);
  put('docs/en/hooks.md', en.hooks);
  put('docs/xx/hooks.md', translations.hooks);
  put('docs/en/faq.md', en.faq);
  put('docs/xx/old.md', translations.old);
});

describe('one artifact for a tree run', () => {
  it('SARIF: one run with every page’s results and the missing pages, valid against the schema', () => {
    const { code } = mdparity(['tree', 'docs/en', 'docs/xx', '--out', 'tree.sarif']);
    expect(code).toBe(1);
    const log = JSON.parse(readFileSync(join(root, 'tree.sarif'), 'utf8'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    const files = new Set(
      run.results.map(
        (result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          result.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    );
    expect(files.has('docs/en/faq.md')).toBe(true);
    expect(files.has('docs/xx/old.md')).toBe(true);
    expect(files.has('docs/xx/guide/smo.md')).toBe(true);
    // Every index points at the right rule and artifact.
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      const location = result.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[location.index].location.uri).toBe(location.uri);
    }
    const missing = run.results.find((result: { ruleId: string }) => result.ruleId === 'missing-page');
    expect(missing.level).toBe('error');
    expect(run.results.find((result: { ruleId: string }) => result.ruleId === 'extra-page').level).toBe('note');
  });

  it('JUnit: a suite per page plus one for the pages, failures counted by --fail-on and --allow-missing', () => {
    const count = (args: string[]) => {
      mdparity(['tree', 'docs/en', 'docs/xx', '--out', 'tree.xml', ...args]);
      const xml = readFileSync(join(root, 'tree.xml'), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
      const suites = [parsed.testsuites.testsuite].flat() as Array<{ name: string; failures: string }>;
      return { total: Number(parsed.testsuites.failures), suites: suites.map((suite) => suite.name) };
    };
    const strict = count(['--fail-on', 'warning']);
    expect(strict.suites).toHaveLength(4);
    expect(strict.suites.at(-1)).toBe('pages');
    const lenient = count(['--fail-on', 'warning', '--allow-missing']);
    expect(lenient.total).toBe(strict.total - 1);
    expect(count(['--fail-on', 'never']).total).toBe(0);
  });

  it('CSV, GitLab, compact and github hold every page’s findings and the missing pages', () => {
    mdparity(['tree', 'docs/en', 'docs/xx', '--out', 'tree.json', '--format', 'json']);
    const tree = JSON.parse(readFileSync(join(root, 'tree.json'), 'utf8')) as { files: Array<{ report?: { findings: unknown[] } }> };
    const findings = tree.files.reduce((sum, file) => sum + (file.report?.findings.length ?? 0), 0);
    mdparity(['tree', 'docs/en', 'docs/xx', '--out', 'tree.csv']);
    const rows = parseCsv(readFileSync(join(root, 'tree.csv'), 'utf8').slice(1), { record_delimiter: '\r\n' }) as string[][];
    expect(rows[0]![0]).toBe('check');
    expect(rows.length - 1).toBe(findings + 2);
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['missing-page', 'extra-page', 'heading-format']));

    mdparity(['tree', 'docs/en', 'docs/xx', '--format', 'gitlab', '--out', 'gl.json']);
    const issues = JSON.parse(readFileSync(join(root, 'gl.json'), 'utf8')) as Array<{ fingerprint: string; check_name: string }>;
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.map((issue) => issue.check_name)).toContain('missing-page');

    const compact = mdparity(['tree', 'docs/en', 'docs/xx', '--format', 'compact']).stdout;
    expect(compact).toMatch(/^docs\/en\/faq\.md:1:1: error missing-page /m);
    expect(compact).toMatch(/^docs\/xx\/guide\/smo\.md:30:1: warning heading-format /m);
    expect(mdparity(['tree', 'docs/en', 'docs/xx', '--format', 'github']).stdout).toMatch(
      /^::error file=docs\/en\/faq\.md,line=1,title=mdparity missing-page::/m,
    );
  });

  it('Markdown and HTML: a table of pages worst first, then each page; HTML ids unique across pages', () => {
    const markdown = mdparity(['tree', 'docs/en', 'docs/xx', '--format', 'markdown']).stdout;
    expect(markdown.length).toBeLessThanOrEqual(65_536);
    const table = markdown.split('\n').filter((line) => line.startsWith('| `'));
    const names = table.map((line) => line.split('|')[1]!.trim());
    expect(names.slice(0, 3)).toEqual(['`docs/en/faq.md`', '`docs/xx/old.md`', '`hooks.md`']);
    expect(names).toContain('`guide/smo.md`');
    expect(table.find((line) => line.includes('hooks.md'))).toContain('**retranslate**');
    mdparity(['tree', 'docs/en', 'docs/xx', '--out', 'tree.html']);
    const html = readFileSync(join(root, 'tree.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
    expect(html).toContain('استدعِ `useState` في المستوى الأعلى من مكوّنك.');
    // Proportionate to what needs a look: the style once, a page without findings is its table row only, and
    // each page shows its rows with findings and one row around them (the Arabic title row is folded away).
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toMatch(/<tr><td dir="auto">install\.md<\/td><td>clean<\/td>/);
    expect(html).not.toContain('빠른 시작');
    expect(html).toContain('<tr class="fold"><td colspan="3">2 rows without findings left out (left lines 1–3, right lines 1–3)</td></tr>');
    expect(html).not.toContain('# الخطافات');
  });

  it('text: missing pages first, then pages worst first; a mostly stale page says retranslate once; totals per check', () => {
    const { stdout } = mdparity(['tree', 'docs/en', 'docs/xx']);
    const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(lines.map((line) => line.trim().split(/\s+/)[0])).toEqual(['missing', 'retranslate', 'warnings', 'extra']);
    expect(stdout.match(/retranslate/g)).toHaveLength(1);
    expect(lines[1]).toContain('hooks.md: mostly stale');
    expect(stdout).toMatch(/^By check: missing-section \d+/m);
  });
});
