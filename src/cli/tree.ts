/**
 * `mdparity tree LEFT_DIR RIGHT_DIR`: every Markdown file of one tree against
 * the file at the same relative path in the other (paths compared in NFC,
 * as macOS writes NFD names). Symbolic links are never followed; the
 * configuration's `ignore` patterns are left out; files missing on either
 * side are reported; an unreadable file is reported and the walk goes on.
 */
import { lstat, mkdir, readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { compareOptionsOf, formatExtensions, isOpen, plural, wrapHanging, type Config, type FormatName, type Report } from '../core/index.js';
import type { FailLevel } from './args.js';
import { reportFileName, writeFileAtomic } from './output.js';
import { suppressionTypos } from './suppression-notes.js';
import { pageOrder, pageWeight } from './tree-artifact.js';
import { InputFileError, readMarkdownFile } from './read-input.js';
import { ComparisonError, createComparePool } from './run-in-worker.js';

export interface TreeOptions {
  left: string;
  right: string;
  config: Config;
  decisions: { text: string; path: string } | null;
  /** Per page; null: derived from the page's size. */
  timeoutMs: number | null;
  maxFileSize: number;
  /** Each page's reports, written below this folder as the pages are compared. */
  outDir: { path: string; formats: FormatName[]; baseUrl: string | null; failOn: FailLevel } | null;
  /** One report for the whole run in this format: each page's report in it is kept in `TreeReport.pageOutputs`. */
  artifact?: { format: FormatName; baseUrl: string | null; failOn: FailLevel } | null;
  /** Told about each suppression comment that names no check (suppression-notes.ts). */
  onNote?: (note: string) => void;
  /** Workers (default: the cores, at most 4, fewer when memory is short). */
  threads?: number;
}

export type TreeEntry =
  | { path: string; status: 'compared'; report: Report; leftPath: string; rightPath: string }
  | { path: string; status: 'left-only' }
  | { path: string; status: 'right-only' }
  | { path: string; status: 'failed'; error: string };

/** A file left out of the comparison for safety, with why. */
interface SkippedFile {
  path: string;
  reason: string;
  /** True when it is a page that could not be read (a dangling link, a FIFO, a device): the run's exit code is 2. */
  partialFailure: boolean;
}

/** Names in one tree that are one page to some file systems: only Unicode normalisation or only case tells them apart. */
interface NameCollision {
  root: string;
  names: string[];
  reason: string;
}

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
    skipped: number;
    collisions: number;
    error: number;
    warning: number;
    info: number;
    /** Findings accepted by a review decision (not in the three counts above). */
    accepted: number;
  };
  files: TreeEntry[];
  skipped: SkippedFile[];
  collisions: NameCollision[];
  /** Each compared page's report in the artifact's format (TreeOptions.artifact), by relative path; never in the JSON. */
  pageOutputs?: Map<string, string>;
}

const markdownGlobs = ['**/*.md', '**/*.markdown', '**/*.mdx'];

/** Runs `task` over `items` with at most `limit` at a time (bounded open files and memory). */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return results;
}

export async function compareTrees(options: TreeOptions): Promise<TreeReport> {
  const ignore = options.config.ignore ?? [];
  const skipped: SkippedFile[] = [];
  const collisions: NameCollision[] = [];
  const [leftFiles, rightFiles] = await Promise.all([
    listMarkdown(options.left, ignore, skipped, collisions),
    listMarkdown(options.right, ignore, skipped, collisions),
  ]);
  const paths = [...new Set([...leftFiles.keys(), ...rightFiles.keys()])].sort();
  const wanted = options.threads ?? Math.max(1, Math.min(availableParallelism(), 4));
  const pool = createComparePool({ timeoutMs: options.timeoutMs, threads: wanted });
  const outDir = options.outDir ? resolve(options.outDir.path) : null;
  const artifact = options.artifact ?? null;
  const pageOutputs = new Map<string, string>();
  const renderFormats = [...new Set([...(options.outDir?.formats ?? []), ...(artifact ? [artifact.format] : [])])];
  const renderOptions = {
    baseUrl: options.outDir?.baseUrl ?? artifact?.baseUrl ?? undefined,
    failOn: options.outDir?.failOn ?? artifact?.failOn,
    // The one-file report of a tree shows excerpts: each page's rows with findings, one row around them, long blocks
    // cut to the lines around the findings. The pages of --out-dir show every row in full.
    ...(options.outDir === null && artifact ? { excerpt: { contextRows: 1, linesPerBlock: 12 } } : {}),
  };
  try {
    // Two pages in flight per worker: one comparing, one read and waiting. Never every file at once (EMFILE, memory).
    const files = await mapLimited(paths, pool.heap.threads * 2, async (path): Promise<TreeEntry> => {
      const leftName = leftFiles.get(path);
      const rightName = rightFiles.get(path);
      if (leftName === undefined) return { path, status: 'right-only' };
      if (rightName === undefined) return { path, status: 'left-only' };
      const leftPath = join(options.left, leftName);
      const rightPath = join(options.right, rightName);
      try {
        const leftText = await readMarkdownFile(leftPath, options.maxFileSize, { streams: false });
        const rightText = await readMarkdownFile(rightPath, options.maxFileSize, { streams: false });
        if (options.onNote)
          for (const note of [...suppressionTypos(leftPath, leftText), ...suppressionTypos(rightPath, rightText)]) options.onNote(note);
        const outcome = await pool.run({
          left: leftText,
          right: rightText,
          options: {
            leftPath,
            rightPath,
            ...compareOptionsOf(options.config),
          },
          decisions: options.decisions,
          render: renderFormats.length > 0 ? { formats: renderFormats, options: renderOptions } : null,
        });
        if (artifact) pageOutputs.set(path, outcome.outputs[artifact.format]!);
        if (outDir !== null) {
          for (const format of options.outDir!.formats) {
            // Named by the relative path (NFC), so pages never share a name; nothing lands outside the folder.
            const target = resolve(outDir, reportFileName(path.replace(/\.(md|markdown|mdx)$/i, ''), formatExtensions[format]));
            if (relative(outDir, target).startsWith('..')) continue;
            await mkdir(dirname(target), { recursive: true });
            await writeFileAtomic(target, outcome.outputs[format]!);
          }
        }
        return { path, status: 'compared', report: outcome.report, leftPath, rightPath };
      } catch (error) {
        if (error instanceof InputFileError || error instanceof ComparisonError) {
          // Name the page: a comparison error does not say which files it was about.
          const message = error instanceof ComparisonError ? `${leftPath} ↔ ${rightPath}: ${error.message}` : error.message;
          return { path, status: 'failed', error: message };
        }
        throw error;
      }
    });
    return {
      schemaVersion: '1.0',
      left: options.left,
      right: options.right,
      summary: summarize(files, skipped, collisions),
      files,
      skipped,
      collisions,
      ...(artifact ? { pageOutputs } : {}),
    };
  } finally {
    await pool.destroy();
  }
}

/**
 * Relative path (NFC, `/`-separated) → the name as it is on disk. Symbolic
 * links are not followed: a linked file is listed in `skipped` (it may lead
 * out of the tree), as is anything that is not a regular file. The root
 * itself may be a link to a folder. Two names that only Unicode
 * normalisation or only case tells apart are reported in `collisions`.
 */
async function listMarkdown(root: string, ignore: string[], skipped: SkippedFile[], collisions: NameCollision[]): Promise<Map<string, string>> {
  const info = await stat(root).catch(() => null);
  if (!info) throw new InputFileError(root, 'no such folder');
  if (!info.isDirectory()) throw new InputFileError(root, 'is not a folder (tree compares two folders; use `compare` for two files)');
  const found = await glob(markdownGlobs, { cwd: root, ignore, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false });
  found.sort();
  // The glob leaves links, FIFOs and devices out without a word: find them, to say that they were skipped.
  // Only in the folders the glob walks: an ignored folder (node_modules, drafts) is neither compared nor
  // reported, and a dangling link inside it must not fail the run.
  const folders = await glob('**', { cwd: root, ignore, onlyDirectories: true, followSymbolicLinks: false, dot: false, expandDirectories: false });
  await listSpecialEntries(root, ['', ...folders], ignore, skipped);
  const files = new Map<string, string>();
  const byCase = new Map<string, string>();
  for (const name of found) {
    const full = join(root, name);
    const entry = await lstat(full).catch(() => null);
    if (!entry || !entry.isFile()) continue;
    const key = name.split(sep).join('/').normalize('NFC');
    const existing = files.get(key);
    if (existing !== undefined) {
      collisions.push({
        root,
        names: [existing, name],
        reason: `the same name in different Unicode normalisation (NFC and NFD): only ${existing} is compared`,
      });
      continue;
    }
    const folded = key.toLowerCase();
    const sameCase = byCase.get(folded);
    if (sameCase !== undefined) {
      collisions.push({
        root,
        names: [sameCase, name],
        reason: 'names that differ only in case: one file on macOS and Windows; both are compared',
      });
    } else byCase.set(folded, name);
    files.set(key, name);
  }
  return files;
}

const markdownName = /\.(md|markdown|mdx)$/i;

/**
 * Markdown-named entries that are not regular files (symbolic links, FIFOs,
 * sockets, devices) in the given folders of `root` (relative, as the glob
 * lists them: links never followed, dot folders and ignored folders left out).
 * Each goes to `skipped` with its reason.
 */
async function listSpecialEntries(root: string, folders: readonly string[], ignore: readonly string[], skipped: SkippedFile[]): Promise<void> {
  // The glob never lists links, FIFOs or devices, so it cannot apply the ignore patterns to them: the same
  // matcher it uses (picomatch) does, so that `"ignore": ["legacy/socket.md"]` leaves such a file out entirely.
  const ignored = ignore.length > 0 ? picomatch([...ignore], { dot: false }) : () => false;
  for (const folder of folders) {
    const entries = await readdir(join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isDirectory() || entry.isFile() || !markdownName.test(entry.name)) continue;
      const full = join(root, folder, entry.name);
      if (ignored(relative(root, full).split(sep).join('/'))) continue;
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch(() => null);
        if (!target) skipped.push({ path: full, reason: 'a dangling symbolic link', partialFailure: true });
        else skipped.push({ path: full, reason: 'a symbolic link (links are not followed: it may lead out of the tree)', partialFailure: false });
      } else {
        const kind = entry.isFIFO() ? 'a FIFO' : entry.isSocket() ? 'a socket' : 'a device';
        skipped.push({ path: full, reason: `${kind}, not a Markdown file (never read: it could block)`, partialFailure: true });
      }
    }
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function summarize(files: TreeEntry[], skipped: SkippedFile[], collisions: NameCollision[]): TreeReport['summary'] {
  const summary = {
    files: files.length,
    compared: 0,
    clean: 0,
    leftOnly: 0,
    rightOnly: 0,
    failed: 0,
    skipped: skipped.length,
    collisions: collisions.length,
    error: 0,
    warning: 0,
    info: 0,
    accepted: 0,
  };
  for (const file of files) {
    if (file.status === 'left-only') summary.leftOnly++;
    else if (file.status === 'right-only') summary.rightOnly++;
    else if (file.status === 'failed') summary.failed++;
    else {
      summary.compared++;
      const open = file.report.findings.filter(isOpen);
      if (open.every((finding) => finding.severity === 'info')) summary.clean++;
      for (const finding of open) summary[finding.severity]++;
      summary.accepted += file.report.findings.length - open.length;
    }
  }
  return summary;
}

/**
 * The terminal summary of a tree comparison, what to do first at the top:
 * failed and missing pages, then pages worst first (a mostly stale page says
 * "retranslate" once instead of listing its errors), extra pages, skipped
 * files; then the totals per check and for the run.
 */
export function writeTreeText(tree: TreeReport, escape: (text: string) => string, width?: number): string {
  const lines = [`${escape(tree.left)} ↔ ${escape(tree.right)}`, ''];
  for (const file of tree.files) if (file.status === 'failed') lines.push(`  failed      ${escape(file.path)}: ${escape(file.error)}`);
  for (const file of tree.files) if (file.status === 'left-only') lines.push(`  missing     ${escape(file.path)}: only in ${escape(tree.left)}`);
  const perCheck = new Map<string, number>();
  for (const file of pageOrder(tree.files)) {
    const path = escape(file.path);
    const weight = pageWeight(file.report);
    for (const finding of file.report.findings)
      if (isOpen(finding) && finding.severity !== 'info') perCheck.set(finding.check, (perCheck.get(finding.check) ?? 0) + 1);
    if (weight.errors + weight.warnings === 0) continue;
    const counts = `${plural(weight.errors, 'error')}, ${plural(weight.warnings, 'warning')}, parity ${weight.parity.toFixed(3)}`;
    if (weight.stale) lines.push(`  retranslate ${path}: mostly stale (${counts}): compare it with the source as a whole`);
    else lines.push(`  ${weight.errors > 0 ? 'errors  ' : 'warnings'}    ${path}: ${counts}`);
  }
  for (const file of tree.files) if (file.status === 'right-only') lines.push(`  extra       ${escape(file.path)}: only in ${escape(tree.right)}`);
  for (const skipped of tree.skipped) lines.push(`  skipped     ${escape(skipped.path)}: ${skipped.reason}`);
  for (const collision of tree.collisions)
    lines.push(`  collision   ${collision.names.map(escape).join(' and ')} in ${escape(collision.root)}: ${collision.reason}`);
  const s = tree.summary;
  if (lines.length === 2) lines.push('  Every compared file lines up.');
  if (perCheck.size > 0)
    lines.push(
      '',
      `By check: ${[...perCheck]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([check, count]) => `${check} ${count}`)
        .join(', ')}`,
    );
  lines.push(
    '',
    `${s.compared} compared (${s.clean} clean), ${s.leftOnly} only left, ${s.rightOnly} only right, ${s.failed} failed, ${s.skipped} skipped, ${s.collisions} name collisions · ${s.error} errors, ${s.warning} warnings, ${s.info} info${s.accepted > 0 ? `, ${s.accepted} accepted` : ''}`,
  );
  if (width === undefined) return `${lines.join('\n')}\n`;
  // On a terminal: each page's line wraps under its text (after the 14-column label), the totals under their start.
  const wrapped = lines.flatMap((line) =>
    /^ {2}[a-z]+ +\S/.test(line) && line.length > pageLabelWidth
      ? wrapHanging(line.slice(pageLabelWidth), width, line.slice(0, pageLabelWidth), pageLabelWidth)
      : wrapHanging(line, width, '', 2),
  );
  return `${wrapped.join('\n')}\n`;
}

/** `  retranslate ` and the other page labels: the columns before a page's path. */
const pageLabelWidth = 14;
