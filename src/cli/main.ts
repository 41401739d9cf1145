/**
 * The mdparity command line. `run` is the whole program as a function of its
 * arguments and streams, so tests drive it without a shell; `main` wires it
 * to the process. Exit codes: 0 clean, 1 findings at or above --fail-on,
 * 2 bad usage or unreadable input, 3 internal error.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  applyDecisions,
  atLeast,
  compareOptionsOf,
  decisionsForPair,
  formatExtensions,
  version,
  writers,
  type Config,
  type FormatName,
  type Report,
} from '../core/index.js';
import { escapeControls, wellFormed } from '../core/report/escape.js';
import { parseCommand, usage, UsageError, type FailLevel } from './args.js';
import { compareTrees, writeTreeReports, writeTreeText, type TreeReport } from './tree.js';
import { loadConfig, loadDecisions, SettingsError } from './load-settings.js';
import { InputFileError, readMarkdownFile } from './read-input.js';
import { compareInWorker, ComparisonError } from './run-in-worker.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export const exitCodes = { clean: 0, findings: 1, input: 2, internal: 3 } as const;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const fail = (code: number, message: string) => {
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
  if (command.name === 'help') {
    io.stdout.write(`${usage}\n`);
    return exitCodes.clean;
  }
  if (command.name === 'version') {
    io.stdout.write(`${version}\n`);
    return exitCodes.clean;
  }

  if (command.name === 'tree') return runTree(command, io, fail);

  let report: Report;
  let leftText: string;
  let rightText: string;
  try {
    const { config } = command.noConfig ? { config: {} as Config } : await loadConfig(command.config, command.right);
    const decisions = command.decisions === null ? null : await loadDecisions(command.decisions);
    [leftText, rightText] = await Promise.all([
      readMarkdownFile(command.left, command.maxFileSize),
      readMarkdownFile(command.right, command.maxFileSize),
    ]);
    report = await compareInWorker(
      leftText,
      rightText,
      {
        leftPath: command.left,
        rightPath: command.right,
        ...compareOptionsOf(config),
      },
      { timeoutMs: command.timeoutMs, memoryMb: 4096 },
    );
    if (decisions !== null) {
      if (decisions.length > 0 && decisionsForPair(report, decisions).length === 0) {
        io.stderr.write(
          `mdparity: note: none of the ${decisions.length} decisions in ${escapeControls(command.decisions!)} is for ${escapeControls(command.left)} ↔ ${escapeControls(command.right)}\n`,
        );
      }
      report = applyDecisions(report, decisions).report;
    }
  } catch (error) {
    if (error instanceof InputFileError || error instanceof SettingsError) return fail(exitCodes.input, error.message);
    if (error instanceof ComparisonError) {
      return error.kind === 'input'
        ? fail(exitCodes.input, `${command.left} ↔ ${command.right}: ${error.message}`)
        : fail(exitCodes.internal, `internal error, please report it: ${error.message}`);
    }
    return fail(exitCodes.internal, `internal error, please report it: ${error instanceof Error ? error.message : String(error)}`);
  }

  const terminal = io.stdout.isTTY === true;
  const formats: FormatName[] = command.formats.length > 0 ? command.formats : [terminal && command.out === null ? 'text' : 'json'];
  const color = command.color ?? (terminal && command.out === null && command.outDir === null && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const render = (format: FormatName) =>
    writers[format](report, { leftText, rightText, baseUrl: command.baseUrl ?? undefined, color: format === 'text' && color });
  try {
    if (command.outDir !== null) {
      await mkdir(command.outDir, { recursive: true });
      // Names come from the right file's base name only, so every file stays inside --out-dir.
      const stem =
        basename(command.right)
          .replace(/\.(md|markdown|mdx)$/i, '')
          .replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'report';
      for (const format of formats) await writeFile(join(command.outDir, `${stem}.mdparity.${formatExtensions[format]}`), render(format));
    } else if (command.out !== null) {
      await writeFile(command.out, render(formats[0]!));
    } else {
      io.stdout.write(render(formats[0]!));
    }
  } catch (error) {
    return fail(
      exitCodes.input,
      `cannot write the report: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message}`,
    );
  }
  return failing(report, command.failOn) ? exitCodes.findings : exitCodes.clean;
}

type CompareCommand = Extract<ReturnType<typeof parseCommand>, { name: 'compare' | 'tree' }>;

async function runTree(command: CompareCommand, io: Io, fail: (code: number, message: string) => number): Promise<number> {
  let tree: TreeReport;
  try {
    const { config } = command.noConfig ? { config: {} as Config } : await loadConfig(command.config, join(command.right, '.'));
    const decisions = command.decisions === null ? null : await loadDecisions(command.decisions);
    tree = await compareTrees({
      left: command.left,
      right: command.right,
      config,
      decisions,
      timeoutMs: command.timeoutMs,
      maxFileSize: command.maxFileSize,
    });
    if (command.outDir !== null) {
      const formats: FormatName[] = command.formats.length > 0 ? command.formats : ['json'];
      await writeTreeReports(tree, command.outDir, formats, (path) => readMarkdownFile(path, command.maxFileSize));
    }
  } catch (error) {
    if (error instanceof InputFileError || error instanceof SettingsError) return fail(exitCodes.input, error.message);
    return fail(exitCodes.internal, `internal error, please report it: ${error instanceof Error ? error.message : String(error)}`);
  }
  const terminal = io.stdout.isTTY === true;
  const format = command.formats.find((name) => name === 'json' || name === 'text') ?? (terminal ? 'text' : 'json');
  if (command.outDir === null || command.formats.length === 0) {
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify(tree, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2)}\n`
        : writeTreeText(tree, escapeControls),
    );
  }
  for (const file of tree.files) if (file.status === 'failed') io.stderr.write(`mdparity: ${escapeControls(file.error)}\n`);
  if (tree.summary.failed > 0) return exitCodes.input;
  const findings = tree.files.some((file) => file.status === 'compared' && failing(file.report, command.failOn));
  const missing = !command.allowMissing && command.failOn !== 'never' && tree.summary.leftOnly > 0;
  return findings || missing ? exitCodes.findings : exitCodes.clean;
}

function failing(report: Report, failOn: FailLevel): boolean {
  if (failOn === 'never') return false;
  // Accepted findings are intended: they never fail a run.
  return report.findings.some((finding) => finding.decision?.status !== 'accepted' && atLeast(finding.severity, failOn));
}

export async function main(): Promise<void> {
  let code: number;
  try {
    code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
  } catch (error) {
    process.stderr.write(`mdparity: internal error, please report it: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`);
    code = exitCodes.internal;
  }
  // Let stdout drain before exiting: a large JSON report written to a pipe must not be cut off.
  process.exitCode = code;
}
