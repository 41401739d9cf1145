/**
 * The mdparity command line. `run` is the whole program as a function of its
 * arguments and streams, so tests drive it without a shell; `main` wires it
 * to the process. Exit codes: 0 clean, 1 findings at or above --fail-on,
 * 2 bad usage or unreadable input, 3 internal error.
 */
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  compareOptionsOf,
  decisionsFileName,
  DecisionsError,
  failsRun,
  parseDecisions,
  plural,
  serializeDecisions,
  type Decision,
  type SavedPin,
  formatExtensions,
  version,
  type FormatName,
  type Report,
} from '../core/index.js';
import { escapeControls, wellFormed } from '../core/report/escape.js';
import { configLine, decisionsLine } from '../core/report/text.js';
import type { FixResult } from '../core/fixes/compute-fixes.js';
import { createTwoFilesPatch } from 'diff';
import { baselineDecisions } from './baseline.js';
import { commandUsage, parseCommand, usage, UsageError, type FailLevel } from './args.js';
import { suppressionTypos } from './suppression-notes.js';
import { compareTrees, writeTreeText, type TreeReport } from './tree.js';
import { writeTreeArtifact } from './tree-artifact.js';
import { loadConfig, loadDecisions, SettingsError, type LoadedConfig, type LoadedDecisions } from './load-settings.js';
import { OutputError, isInside, refuseOutputsOverInputs, reportFileName, stdoutWriter, writeFileAtomic } from './output.js';
import { InputFileError, readMarkdownFile } from './read-input.js';
import { compareInWorker, ComparisonError, type CompareOutcome } from './run-in-worker.js';

export interface Io {
  /** `write` may return a promise (the real stdout does): it is awaited, and an OutputError from it is exit 2. */
  /** `columns`: the terminal's width, when stdout is one (text messages wrap to it). */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export const exitCodes = { clean: 0, findings: 1, input: 2, internal: 3 } as const;

type Fail = (code: number, message: string) => number;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const fail: Fail = (code, message) => {
    io.stderr.write(`mdparity: ${escapeControls(message)}\n`);
    return code;
  };
  let command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(exitCodes.input, error.message);
    throw error;
  }
  try {
    if (command.name === 'help') {
      await io.stdout.write(`${command.command ? commandUsage[command.command] : usage}\n`);
      return exitCodes.clean;
    }
    if (command.name === 'version') {
      await io.stdout.write(`${version}\n`);
      return exitCodes.clean;
    }
    if (command.name === 'baseline') return await runBaseline(command, io, fail);
    if (command.name === 'fix') return await runFix(command, io, fail);
    return command.name === 'tree' ? await runTree(command, io, fail) : await runCompare(command, io, fail);
  } catch (error) {
    if (error instanceof InputFileError || error instanceof SettingsError || error instanceof OutputError)
      return fail(exitCodes.input, error.message);
    return fail(exitCodes.internal, `internal error, please report it: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type CompareCommand = Extract<ReturnType<typeof parseCommand>, { name: 'compare' | 'tree' | 'baseline' | 'fix' }>;

/**
 * The report name for a compared file below --out-dir: its path relative to
 * the working folder, without the Markdown extension (`docs/ko/intro.md` →
 * `docs/ko/intro`), so two pairs never share a name. `..` segments become
 * `_`; nothing ever lands outside --out-dir.
 */
export function reportStem(path: string): string {
  if (path === '-') return 'stdin';
  const rel = relative(process.cwd(), resolve(path));
  const segments = (isAbsolute(rel) ? rel.replace(/^[A-Za-z]:/, '') : rel)
    .split(sep)
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '_' : segment.replace(/[^\p{L}\p{N}._ -]+/gu, '_')));
  const stem = segments.join('/').replace(/\.(md|markdown|mdx)$/i, '');
  return stem === '' ? 'report' : stem;
}

async function writeOrPrint(io: Io, text: string): Promise<void> {
  await io.stdout.write(text);
}

async function loadSettings(command: CompareCommand, from: string): Promise<LoadedConfig> {
  return command.noConfig ? { config: {}, path: null } : await loadConfig(command.config, from);
}

async function printConfig(io: Io, loaded: LoadedConfig): Promise<number> {
  await io.stdout.write(`${JSON.stringify({ path: loaded.path, config: loaded.config }, null, 2)}\n`);
  return exitCodes.clean;
}

async function runCompare(command: CompareCommand, io: Io, fail: Fail): Promise<number> {
  const formats = command.formats;
  const targets: Array<{ format: FormatName; path: string | null }> =
    command.outDir !== null
      ? formats.map((format) => ({ format, path: join(command.outDir!, reportFileName(reportStem(command.right), formatExtensions[format])) }))
      : [{ format: formats[0]!, path: command.out }];
  // Before anything is read: no output may be an input, by any spelling.
  const inputs = [command.left, command.right, command.config, command.decisions].filter((path): path is string => path !== null && path !== '-');
  await refuseOutputsOverInputs(
    targets.map((target) => target.path).filter((path): path is string => path !== null),
    inputs,
  );

  // Standard input stands for a file in the working folder: the search for settings starts there.
  const settingsFrom = command.right === '-' ? join(process.cwd(), 'stdin') : command.right;
  const loaded = await loadSettings(command, settingsFrom);
  if (command.printConfig) return printConfig(io, loaded);
  const decisions = await loadDecisions(command.decisions, command.noDecisions, settingsFrom);
  if (decisions?.found)
    await refuseOutputsOverInputs(
      targets.map((target) => target.path).filter((path): path is string => path !== null),
      [decisions.path],
    );
  const [leftText, rightText] = await Promise.all([
    readMarkdownFile(command.left, command.maxFileSize),
    readMarkdownFile(command.right, command.maxFileSize),
  ]);
  const config = loaded.config;
  const toStdout = targets.some((target) => target.path === null);
  const color = command.color ?? (io.stdout.isTTY === true && toStdout && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  // Wrapped to the terminal only: a pipe or a CI log keeps one line per message, for grep.
  const width = toStdout && io.stdout.isTTY === true && io.stdout.columns ? io.stdout.columns : undefined;
  let outcome: CompareOutcome;
  try {
    outcome = await compareInWorker(
      {
        left: leftText,
        right: rightText,
        options: {
          leftPath: command.left === '-' ? 'stdin' : command.left,
          rightPath: command.right === '-' ? 'stdin' : command.right,
          ...compareOptionsOf(config),
        },
        decisions,
        render: {
          formats,
          options: {
            baseUrl: command.baseUrl ?? undefined,
            color: toStdout && color,
            width,
            configPath: loaded.path,
            decisionsPath: decisions?.path,
            failOn: command.failOn,
          },
        },
      },
      command.timeoutMs,
    );
  } catch (error) {
    if (error instanceof ComparisonError) {
      return error.kind === 'input'
        ? fail(exitCodes.input, `${command.left} ↔ ${command.right}: ${error.message}`)
        : fail(exitCodes.internal, `internal error, please report it: ${error.message}`);
    }
    throw error;
  }
  const notes = [
    ...foundDecisionsNote(decisions, formats),
    ...outcome.notes,
    ...suppressionTypos(command.left === '-' ? 'stdin' : command.left, leftText),
    ...suppressionTypos(command.right === '-' ? 'stdin' : command.right, rightText),
  ];
  if (outcome.report.summary.suppressed)
    notes.push(`${plural(outcome.report.summary.suppressed, 'finding')} silenced by inline mdparity-disable comments`);
  if (!command.quiet) for (const note of notes) io.stderr.write(`mdparity: note: ${escapeControls(note)}\n`);
  for (const target of targets) {
    const text = outcome.outputs[target.format]!;
    if (target.path === null) {
      if (!command.quiet) await writeOrPrint(io, text);
      continue;
    }
    await mkdir(resolve(target.path, '..'), { recursive: true }).catch(() => undefined);
    await writeFileAtomic(target.path, text);
  }
  return failing(outcome.report, command.failOn) ? exitCodes.findings : exitCodes.clean;
}

/** A decisions file found by the search, not given, is named on stderr when the report does not say it (text does). */
function foundDecisionsNote(decisions: LoadedDecisions | null, formats: readonly FormatName[]): string[] {
  return decisions?.found && !formats.includes('text')
    ? [`review decisions and pins from ${decisions.path} (found above the files; --no-decisions to ignore it)`]
    : [];
}

async function runTree(command: CompareCommand, io: Io, fail: Fail): Promise<number> {
  const format = command.formats[0]!;
  if (command.outDir === null && command.formats.length > 1) return fail(exitCodes.input, 'several formats need --out-dir');
  if (command.outDir !== null && !command.outDirInTree) {
    for (const root of [command.left, command.right]) {
      if (await isInside(command.outDir, root)) {
        return fail(
          exitCodes.input,
          `--out-dir ${command.outDir} is inside the compared tree ${root}: the next run would list its reports as pages; choose a folder outside, or add --out-dir-in-tree`,
        );
      }
    }
  }
  if (command.out !== null) {
    for (const root of [command.left, command.right]) {
      if (/\.(md|markdown|mdx)$/i.test(command.out) && (await isInside(command.out, root))) {
        return fail(exitCodes.input, `refusing to write the report to ${command.out}: it would be a page of the compared tree ${root}`);
      }
    }
  }
  const loaded = await loadSettings(command, join(command.right, '.'));
  if (command.printConfig) return printConfig(io, loaded);
  // The right tree's own folder is searched first: a team may keep the decisions beside its pages.
  const decisions = await loadDecisions(command.decisions, command.noDecisions, join(command.right, decisionsFileName));
  if (decisions?.found && command.out !== null) await refuseOutputsOverInputs([command.out], [decisions.path]);
  if (!command.quiet) for (const note of foundDecisionsNote(decisions, [format])) io.stderr.write(`mdparity: note: ${escapeControls(note)}\n`);
  // One file for the whole run (stdout or --out) in any format but json and text, which the tree report is written as directly.
  const whole = command.outDir === null || command.out !== null;
  const artifactFormat = whole && format !== 'json' && format !== 'text' ? format : null;
  const tree: TreeReport = await compareTrees({
    left: command.left,
    right: command.right,
    config: loaded.config,
    decisions,
    timeoutMs: command.timeoutMs,
    maxFileSize: command.maxFileSize,
    outDir: command.outDir === null ? null : { path: command.outDir, formats: command.formats, baseUrl: command.baseUrl, failOn: command.failOn },
    artifact: artifactFormat === null ? null : { format: artifactFormat, baseUrl: command.baseUrl, failOn: command.failOn },
    onNote: command.quiet ? undefined : (note) => io.stderr.write(`mdparity: note: ${escapeControls(note)}\n`),
  });
  const treeText = () =>
    `${writeTreeText(tree, escapeControls, io.stdout.isTTY === true && command.out === null ? io.stdout.columns : undefined).trimEnd()}\n${configLine(loaded.path)}\n${decisions ? `${decisionsLine(decisions.path)}\n` : ''}`;
  const text = !whole
    ? null
    : artifactFormat !== null
      ? writeTreeArtifact(artifactFormat, tree, tree.pageOutputs ?? new Map(), { allowMissing: command.allowMissing, failOn: command.failOn })
      : format === 'json'
        ? `${JSON.stringify(tree, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2)}\n`
        : treeText();
  if (text !== null) {
    if (command.out !== null) await writeFileAtomic(command.out, text);
    else if (!command.quiet) await writeOrPrint(io, text);
  } else if (!command.quiet) {
    await writeOrPrint(io, treeText());
  }
  for (const file of tree.files)
    if (file.status === 'failed') io.stderr.write(`mdparity: ${escapeControls(file.path)}: ${escapeControls(file.error)}\n`);
  if (!command.quiet) {
    for (const skipped of tree.skipped) io.stderr.write(`mdparity: skipped ${escapeControls(skipped.path)}: ${skipped.reason}\n`);
    for (const collision of tree.collisions)
      io.stderr.write(
        `mdparity: warning: ${collision.names.map(escapeControls).join(' and ')} in ${escapeControls(collision.root)}: ${collision.reason}\n`,
      );
  }
  if (tree.summary.failed > 0 || tree.skipped.some((skipped) => skipped.partialFailure)) return exitCodes.input;
  const findings = tree.files.some((file) => file.status === 'compared' && failing(file.report, command.failOn));
  const missing = !command.allowMissing && command.failOn !== 'never' && tree.summary.leftOnly > 0;
  return findings || missing ? exitCodes.findings : exitCodes.clean;
}

/**
 * `mdparity baseline LEFT RIGHT`: compares two files or two trees and writes
 * the decisions file accepting every finding (baseline.ts), atomically and
 * never over a compared file; an existing file's decisions are kept.
 */
async function runBaseline(command: CompareCommand, io: Io, fail: Fail): Promise<number> {
  const target = command.out ?? decisionsFileName;
  const [leftInfo, rightInfo] = await Promise.all([stat(command.left).catch(() => null), stat(command.right).catch(() => null)]);
  const isTree = leftInfo?.isDirectory() === true && rightInfo?.isDirectory() === true;
  if (!isTree && (leftInfo?.isDirectory() || rightInfo?.isDirectory()))
    return fail(exitCodes.input, 'baseline takes two files or two folders, not one of each');
  const inputs = [command.left, command.right, command.config].filter((path): path is string => path !== null);
  await refuseOutputsOverInputs([target], inputs);
  if (isTree && /\.(md|markdown|mdx)$/i.test(target))
    for (const root of [command.left, command.right])
      if (await isInside(target, root)) return fail(exitCodes.input, `refusing to write the decisions to ${target}: it would be a page of ${root}`);
  const existingText = await readFile(target, 'utf8').catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new SettingsError(`${target}: cannot be read (${code ?? String(error)})`);
  });
  let existing: Decision[] = [];
  let pins: SavedPin[] = [];
  if (existingText !== null) {
    try {
      ({ decisions: existing, pins = [] } = parseDecisions(existingText));
    } catch (error) {
      if (error instanceof DecisionsError) throw new SettingsError(`${target}: ${error.message} (not replaced: fix or remove it first)`);
      throw error;
    }
  }
  const loaded = await loadSettings(command, isTree ? join(command.right, '.') : command.right);
  // The file's pins align the pairs as compare will, so the accepted findings are the ones compare reports.
  const existingDecisions = existingText === null ? null : { text: existingText, path: target };
  const reports: Report[] = [];
  let failed = 0;
  if (isTree) {
    const tree = await compareTrees({
      left: command.left,
      right: command.right,
      config: loaded.config,
      decisions: existingDecisions,
      timeoutMs: command.timeoutMs,
      maxFileSize: command.maxFileSize,
      outDir: null,
    });
    for (const file of tree.files) {
      if (file.status === 'compared') reports.push(file.report);
      else if (file.status === 'failed') {
        failed++;
        io.stderr.write(`mdparity: ${escapeControls(file.path)}: ${escapeControls(file.error)} (not in the baseline)\n`);
      }
    }
  } else {
    const [leftText, rightText] = await Promise.all([
      readMarkdownFile(command.left, command.maxFileSize),
      readMarkdownFile(command.right, command.maxFileSize),
    ]);
    try {
      const outcome = await compareInWorker(
        {
          left: leftText,
          right: rightText,
          options: { leftPath: command.left, rightPath: command.right, ...compareOptionsOf(loaded.config) },
          decisions: existingDecisions,
          render: null,
        },
        command.timeoutMs,
      );
      reports.push(outcome.report);
    } catch (error) {
      if (error instanceof ComparisonError)
        return fail(error.kind === 'input' ? exitCodes.input : exitCodes.internal, `${command.left} ↔ ${command.right}: ${error.message}`);
      throw error;
    }
  }
  const baseline = baselineDecisions(reports, existing, new Date().toISOString());
  await writeFileAtomic(target, serializeDecisions(baseline.decisions, pins));
  if (!command.quiet)
    await io.stdout.write(
      `${escapeControls(target)}: ${plural(baseline.added, 'finding')} accepted${baseline.kept > 0 ? `, ${baseline.kept} already decided (kept)` : ''}, over ${plural(reports.length, 'pair')} of files. ${basename(target) === decisionsFileName ? 'compare, tree and fix find it by themselves for files in its folder and below (up to the project root).' : `Use it with --decisions ${escapeControls(target)}.`}\n`,
    );
  return failed > 0 ? exitCodes.input : exitCodes.clean;
}

/**
 * `mdparity fix SOURCE TRANSLATION`: the mechanical fixes of core/fixes,
 * proven by comparing again, written to TRANSLATION only (atomically, its
 * UTF-8 byte order mark kept), or shown as a unified diff with --dry-run.
 */
async function runFix(command: CompareCommand, io: Io, fail: Fail): Promise<number> {
  if (command.left === '-' || command.right === '-')
    return fail(exitCodes.input, 'fix writes TRANSLATION in place: it must be a file, not standard input');
  const head = await readFile(command.right).catch(() => null);
  const [leftText, rightText] = await Promise.all([
    readMarkdownFile(command.left, command.maxFileSize),
    readMarkdownFile(command.right, command.maxFileSize),
  ]);
  const bom = head !== null && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  if (head !== null && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return fail(exitCodes.input, `${command.right}: fix writes UTF-8 only, and this file is UTF-16 or UTF-32`);
  const loaded = await loadSettings(command, command.right);
  // The pins align the pair as `compare` does with the same decisions; accepted findings are not fixed.
  const decisions = await loadDecisions(command.decisions, command.noDecisions, command.right);
  if (decisions && !command.quiet)
    io.stderr.write(
      `mdparity: note: ${escapeControls(`review decisions and pins from ${decisions.path}${decisions.found ? ' (found above the files; --no-decisions to ignore it)' : ''}`)}\n`,
    );
  // In a worker, inside the time and memory budget, like every comparison.
  let result: FixResult;
  try {
    const outcome = await compareInWorker(
      {
        left: leftText,
        right: rightText,
        options: { leftPath: command.left, rightPath: command.right, ...compareOptionsOf(loaded.config) },
        decisions,
        render: null,
        fix: true,
      },
      command.timeoutMs,
    );
    result = outcome.fixed!;
  } catch (error) {
    if (error instanceof ComparisonError)
      return fail(error.kind === 'input' ? exitCodes.input : exitCodes.internal, `${command.left} ↔ ${command.right}: ${error.message}`);
    throw error;
  }
  if (result.problem !== null) return fail(exitCodes.input, `${command.right}: nothing written: ${result.problem}`);
  if (result.fixes.length === 0) {
    if (!command.quiet) await io.stdout.write(`${escapeControls(command.right)}: nothing to fix mechanically\n`);
    return exitCodes.clean;
  }
  const edits = result.fixes.reduce((sum, fix) => sum + fix.edits.length, 0);
  if (command.dryRun) {
    if (!command.quiet)
      await io.stdout.write(
        createTwoFilesPatch(command.right, command.right, rightText, result.text, '', '(fixed)')
          .split('\n')
          .map((line) => escapeControls(line))
          .join('\n'),
      );
    return exitCodes.clean;
  }
  await writeFileAtomic(command.right, `${bom ? '\uFEFF' : ''}${result.text}`);
  if (!command.quiet) {
    const lines = result.fixes.map(
      (fix) => `  ${fix.finding.check}: ${fix.description} (line${fix.edits.length > 1 ? 's' : ''} ${fix.edits.map((edit) => edit.line).join(', ')})`,
    );
    await io.stdout.write(
      `${escapeControls(command.right)}: ${plural(result.fixes.length, 'fix', 'fixes')} applied, ${plural(edits, 'line')} changed\n${lines.map((line) => escapeControls(line)).join('\n')}\n`,
    );
  }
  return exitCodes.clean;
}

export function failing(report: Report, failOn: FailLevel): boolean {
  return report.findings.some((finding) => failsRun(finding, failOn));
}

export async function main(): Promise<void> {
  const stdout = stdoutWriter(process.stdout);
  let code: number;
  try {
    code = await run(process.argv.slice(2), {
      stdout: { write: (text: string) => stdout.write(text), isTTY: process.stdout.isTTY, columns: process.stdout.columns },
      stderr: process.stderr,
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(`mdparity: internal error, please report it: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
    code = exitCodes.internal;
  }
  // Let stdout drain before exiting: a large JSON report written to a pipe must not be cut off.
  process.exitCode = code;
}
