/**
 * What the README and docs/ promise a team adopting mdparity (issue 12) holds: the install lines, a complete
 * GitHub Actions workflow whose every mdparity command is one the CLI accepts, and the docs on silencing and parity.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCommand } from '../src/cli/args.js';
import { compare } from '../src/core/index.js';

const readme = readFileSync('README.md', 'utf8');

/** The fenced code blocks of a Markdown file, by info string. */
function codeBlocks(markdown: string, language: string): string[] {
  return Array.from(markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm')), (match) => match[1]!);
}

/** The arguments of each `npx mdparity …` command in shell text: quotes removed, redirections, `||` and comments cut off. */
function mdparityCommands(shell: string): string[][] {
  return Array.from(shell.matchAll(/npx mdparity ([^\n]*)/g), (match) =>
    match[1]!
      .replace(/\s(#|\|\||>>|>|\|).*$/, '')
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/^"(.*)"$/, '$1')),
  );
}

describe('the README, for a team adopting mdparity on its own repository (issue 12)', () => {
  it('installs from a git URL or a packed tarball, and the package builds its command when installed so', () => {
    expect(readme).toMatch(/npm install -D git\+https:\/\/\S+\.git/);
    expect(readme).toMatch(/npm install -D \.\/mdparity-[\d.]+\.tgz/);
    expect(readme).toContain('npm pack');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    // A git install runs `prepare`: it must build dist/, which bin/mdparity.js loads.
    expect(pkg.scripts.prepare).toContain('build:lib');
    expect(pkg.bin.mdparity).toBe('bin/mdparity.js');
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist']));
    expect(readFileSync('bin/mdparity.js', 'utf8')).toContain('dist/');
  });

  it('packs a tarball that runs: `npm pack` holds the built command, and its mdparity compares the seed pair', () => {
    // Needs dist/ (`npm run build:lib`, as every CLI test). The install's dependencies are the project's own node_modules.
    const dir = mkdtempSync(join(tmpdir(), 'mdparity-pack-'));
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { encoding: 'utf8', timeout: 120_000 });
    expect(pack.status).toBe(0);
    const [packed] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed!.files.map((entry) => entry.path);
    expect(files).toEqual(expect.arrayContaining(['bin/mdparity.js', 'dist/cli/main.js', 'dist/cli/compare-worker.js', 'dist/core/index.js']));
    expect(files.some((path) => path.startsWith('tests/') || path.startsWith('src/'))).toBe(false);
    expect(spawnSync('tar', ['-xzf', join(dir, packed!.filename), '-C', dir]).status).toBe(0);
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'package/node_modules'));
    const run = spawnSync(
      process.execPath,
      [join(dir, 'package/bin/mdparity.js'), 'compare', 'seeds/smo.is.md', 'seeds/smo.no.md', '--format', 'compact'],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('seeds/smo.no.md:30:1: warning heading-format ');
  }, 240_000);

  it('has a complete GitHub Actions workflow: changed pages, SARIF upload, a Markdown job summary', () => {
    const workflow = codeBlocks(readme, 'yaml')
      .map((text) => parseYaml(text) as Record<string, unknown>)
      .find((document) => document && typeof document === 'object' && 'jobs' in document) as {
      on: unknown;
      permissions: Record<string, string>;
      jobs: Record<string, { 'runs-on': string; steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }>;
    };
    expect(workflow).toBeDefined();
    expect(workflow.on).toBe('pull_request');
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const uses = steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif']));
    const script = steps.map((step) => step.run ?? '').join('\n');
    // Changed pages: the pull request's diff against its base, compared one by one.
    expect(script).toMatch(/git diff --name-only[^\n]*github\.base_ref/);
    const commands = mdparityCommands(script).map((args) => parseCommand(args));
    const compares = commands.filter((command) => command.name === 'compare');
    const trees = commands.filter((command) => command.name === 'tree');
    expect(compares.length).toBeGreaterThan(0);
    // The SARIF file the upload step reads is the one a tree run writes (its format from the extension).
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    const sarif = trees.find((command) => 'out' in command && command.out === upload.with!.sarif_file);
    expect(sarif && 'formats' in sarif ? sarif.formats : null).toEqual(['sarif']);
    // The job summary: a Markdown tree report appended to $GITHUB_STEP_SUMMARY.
    expect(script).toMatch(/--format markdown >> "\$GITHUB_STEP_SUMMARY"/);
    // Exit code 1 (findings) lets the upload run; 2 and 3 stop the job.
    expect(script).toContain('|| [ $? -eq 1 ]');
  });

  it('every `npx mdparity` command in the README and docs/silencing.md is one the CLI accepts', () => {
    const shell = [readme, readFileSync('docs/silencing.md', 'utf8')].flatMap((text) => [
      ...codeBlocks(text, 'sh'),
      ...codeBlocks(text, 'yaml'),
      ...Array.from(text.matchAll(/`(npx mdparity [^`]+)`/g), (match) => match[1]!),
    ]);
    const commands = shell.flatMap(mdparityCommands);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const args of commands) expect(() => parseCommand(args), args.join(' ')).not.toThrow();
  });
});

describe('docs/ (issue 12)', () => {
  it('silencing.md covers configuration "off", inline comments and decisions with a baseline, and the README links it', () => {
    const silencing = readFileSync('docs/silencing.md', 'utf8');
    expect(silencing).toContain('"off"');
    expect(silencing).toContain('<!-- mdparity-disable-next-line link-target -->');
    expect(silencing).toMatch(/<!-- mdparity-disable [a-z -]+ -->/);
    expect(silencing).toMatch(/<!-- mdparity-enable/);
    expect(silencing).toContain('.mdparity-decisions.json');
    expect(silencing).toContain('mdparity baseline');
    expect(readme).toContain('(docs/silencing.md)');
  });

  it('parity.md defines the figure as the reports compute it, on the seed pair', () => {
    const parity = readFileSync('docs/parity.md', 'utf8');
    expect(readme).toContain('(docs/parity.md)');
    const report = compare(readFileSync('seeds/smo.is.md', 'utf8'), readFileSync('seeds/smo.no.md', 'utf8'));
    const { rows, paired, parity: figure } = report.summary;
    const flagged = new Set(report.findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.row)).size;
    expect(parity).toContain(`has ${rows} rows, all paired`);
    expect(paired).toBe(rows);
    expect(parity).toContain(`so ${rows - flagged} are clean: parity **${figure.toFixed(3)}**`);
    expect(figure).toBe(Math.floor(((rows - flagged) / rows) * 1000) / 1000);
  });
});
