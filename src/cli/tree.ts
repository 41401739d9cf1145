/**
 * `mdparity tree LEFT_DIR RIGHT_DIR`: every Markdown file of one tree against
 * the file at the same relative path in the other (paths compared in NFC,
 * as macOS writes NFD names). Symbolic links are never followed; the
 * configuration's `ignore` patterns are left out; files missing on either
 * side are reported; an unreadable file is reported and the walk goes on.
 */
import { lstat, mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import {
  applyDecisions,
  compareOptionsOf,
  formatExtensions,
  writers,
  type Config,
  type Decision,
  type FormatName,
  type Report,
} from '../core/index.js';
import { InputFileError, readMarkdownFile } from './read-input.js';
import { ComparisonError, createComparePool } from './run-in-worker.js';

export interface TreeOptions {
  left: string;
  right: string;
  config: Config;
  decisions: Decision[] | null;
  timeoutMs: number;
  maxFileSize: number;
}

type TreeEntry =
  | { path: string; status: 'compared'; report: Report; leftPath: string; rightPath: string }
  | { path: string; status: 'left-only' }
  | { path: string; status: 'right-only' }
  | { path: string; status: 'failed'; error: string };

export interface TreeReport {
  schemaVersion: '1.0';
  left: string;
  right: string;
  summary: {
    files: number;
    compared: number;
    clean: number;
    leftOnly: number;
    rightOnly: number;
    failed: number;
    error: number;
    warning: number;
    info: number;
  };
  files: TreeEntry[];
}

const markdownGlobs = ['**/*.md', '**/*.markdown', '**/*.mdx'];

export async function compareTrees(options: TreeOptions): Promise<TreeReport> {
  const ignore = options.config.ignore ?? [];
  const [leftFiles, rightFiles] = await Promise.all([listMarkdown(options.left, ignore), listMarkdown(options.right, ignore)]);
  const paths = [...new Set([...leftFiles.keys(), ...rightFiles.keys()])].sort();
  const pool = createComparePool({ timeoutMs: options.timeoutMs, memoryMb: 4096 }, Math.max(1, Math.min(availableParallelism(), 4)));
  try {
    const files = await Promise.all(
      paths.map(async (path): Promise<TreeEntry> => {
        const leftName = leftFiles.get(path);
        const rightName = rightFiles.get(path);
        if (leftName === undefined) return { path, status: 'right-only' };
        if (rightName === undefined) return { path, status: 'left-only' };
        const leftPath = join(options.left, leftName);
        const rightPath = join(options.right, rightName);
        try {
          const [leftText, rightText] = await Promise.all([
            readMarkdownFile(leftPath, options.maxFileSize),
            readMarkdownFile(rightPath, options.maxFileSize),
          ]);
          let report = await pool.compare(leftText, rightText, {
            leftPath,
            rightPath,
            ...compareOptionsOf(options.config),
          });
          if (options.decisions) report = applyDecisions(report, options.decisions).report;
          return { path, status: 'compared', report, leftPath, rightPath };
        } catch (error) {
          if (error instanceof InputFileError || error instanceof ComparisonError) return { path, status: 'failed', error: error.message };
          throw error;
        }
      }),
    );
    return { schemaVersion: '1.0', left: options.left, right: options.right, summary: summarize(files), files };
  } finally {
    await pool.destroy();
  }
}

/** Relative path (NFC, `/`-separated) → the name as it is on disk. Links are not followed, nor listed. */
async function listMarkdown(root: string, ignore: string[]): Promise<Map<string, string>> {
  const info = await lstat(root).catch(() => null);
  if (!info) throw new InputFileError(root, 'no such folder');
  if (!info.isDirectory()) throw new InputFileError(root, 'is not a folder (tree compares two folders; use `compare` for two files)');
  const found = await glob(markdownGlobs, { cwd: root, ignore, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false });
  const files = new Map<string, string>();
  for (const name of found) {
    const entry = await lstat(join(root, name)).catch(() => null);
    // A linked file may lead out of the tree (shared/hostile-inputs.md #57): skip it.
    if (!entry || entry.isSymbolicLink() || !entry.isFile()) continue;
    files.set(name.split(sep).join('/').normalize('NFC'), name);
  }
  return files;
}

function summarize(files: TreeEntry[]): TreeReport['summary'] {
  const summary = { files: files.length, compared: 0, clean: 0, leftOnly: 0, rightOnly: 0, failed: 0, error: 0, warning: 0, info: 0 };
  for (const file of files) {
    if (file.status === 'left-only') summary.leftOnly++;
    else if (file.status === 'right-only') summary.rightOnly++;
    else if (file.status === 'failed') summary.failed++;
    else {
      summary.compared++;
      const open = file.report.findings.filter((finding) => finding.decision?.status !== 'accepted');
      if (open.every((finding) => finding.severity === 'info')) summary.clean++;
      for (const finding of open) summary[finding.severity]++;
    }
  }
  return summary;
}

/** The terminal summary of a tree comparison: one line per file that needs attention, then totals. */
export function writeTreeText(tree: TreeReport, escape: (text: string) => string): string {
  const lines = [`${escape(tree.left)} ↔ ${escape(tree.right)}`, ''];
  for (const file of tree.files) {
    const path = escape(file.path);
    if (file.status === 'left-only') lines.push(`  missing   ${path}: only in ${escape(tree.left)}`);
    else if (file.status === 'right-only') lines.push(`  extra     ${path}: only in ${escape(tree.right)}`);
    else if (file.status === 'failed') lines.push(`  failed    ${escape(file.error)}`);
    else {
      const open = file.report.findings.filter((finding) => finding.decision?.status !== 'accepted');
      const errors = open.filter((finding) => finding.severity === 'error').length;
      const warnings = open.filter((finding) => finding.severity === 'warning').length;
      if (errors + warnings === 0) continue;
      lines.push(
        `  ${errors > 0 ? 'errors  ' : 'warnings'}  ${path}: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, parity ${file.report.summary.parity.toFixed(3)}`,
      );
    }
  }
  const s = tree.summary;
  if (lines.length === 2) lines.push('  Every compared file lines up.');
  lines.push(
    '',
    `${s.compared} compared (${s.clean} clean), ${s.leftOnly} only left, ${s.rightOnly} only right, ${s.failed} failed · ${s.error} errors, ${s.warning} warnings, ${s.info} info`,
  );
  return `${lines.join('\n')}\n`;
}

/** Writes each compared pair's report in each format below `outDir`, mirroring the tree; nothing lands outside it. */
export async function writeTreeReports(
  tree: TreeReport,
  outDir: string,
  formats: FormatName[],
  read: (path: string) => Promise<string>,
): Promise<void> {
  const root = resolve(outDir);
  for (const file of tree.files) {
    if (file.status !== 'compared') continue;
    // The files as named on disk (the key is NFC; the name may be NFD).
    const leftText = await read(file.leftPath);
    const rightText = await read(file.rightPath);
    for (const format of formats) {
      const target = resolve(root, `${file.path.replace(/\.(md|markdown|mdx)$/i, '')}.mdparity.${formatExtensions[format]}`);
      if (relative(root, target).startsWith('..')) continue;
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, writers[format](file.report, { leftText, rightText }));
    }
  }
}
