/** Command-line arguments → a validated command, or a UsageError with one clear line. */
import { parseArgs } from 'node:util';
import { didYouMean } from '../core/vocabulary/did-you-mean.js';
import { formatForFile, formatNames, isFormatName, reportFormats, type FormatName } from '../core/index.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const failLevels = ['error', 'warning', 'info', 'never'] as const;
export type FailLevel = (typeof failLevels)[number];

/** --timeout range, in seconds: below 0.1 s nothing finishes; above a day is no limit (and overflows Node's timers near 25 days). */
const timeoutRange = { min: 0.1, max: 86_400 } as const;

export type CommandName = 'compare' | 'tree' | 'baseline' | 'fix';
const commandNames: readonly CommandName[] = ['compare', 'tree', 'baseline', 'fix'];

export type Command =
  | { name: 'help'; command: CommandName | null }
  | { name: 'version' }
  | {
      name: CommandName;
      /** tree: files only in the left tree (untranslated pages) do not fail the run. */
      allowMissing: boolean;
      left: string;
      right: string;
      /** The formats to write; never empty (text by default). */
      formats: FormatName[];
      /** Write the one format to this file instead of stdout. */
      out: string | null;
      /** Write every format to this folder, named by relative path. */
      outDir: string | null;
      /** tree: --out-dir may be inside a compared tree. */
      outDirInTree: boolean;
      baseUrl: string | null;
      /** Configuration file; null: look for one above the compared files, up to the project root. */
      config: string | null;
      noConfig: boolean;
      printConfig: boolean;
      quiet: boolean;
      /** Review decisions file; null: the nearest .mdparity-decisions.json above the right file, unless noDecisions. */
      decisions: string | null;
      noDecisions: boolean;
      failOn: FailLevel;
      /** Processor-time budget per comparison; null: derived from the files' size (run-in-worker.ts). */
      timeoutMs: number | null;
      maxFileSize: number;
      color: boolean | null;
      /** fix: print the edits as a unified diff, change nothing. */
      dryRun: boolean;
    };

const options = {
  format: { type: 'string', multiple: true },
  out: { type: 'string' },
  'out-dir': { type: 'string' },
  'out-dir-in-tree': { type: 'boolean' },
  'base-url': { type: 'string' },
  decisions: { type: 'string' },
  'no-decisions': { type: 'boolean' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  'print-config': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'allow-missing': { type: 'boolean' },
  'fail-on': { type: 'string' },
  timeout: { type: 'string' },
  'max-file-size': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const formatList = reportFormats
  .map((format) => `                          ${format.name.padEnd(9)} .${format.extension.padEnd(6)} ${format.label}`)
  .join('\n');

const commonOptions = `  --format FORMAT         the report format (default: text, also when piped);
                          repeat it or separate with commas for several (with --out-dir):
${formatList}
  --out FILE              write the report to FILE instead of stdout; without --format,
                          the format comes from FILE's extension
  --out-dir DIR           write each format to DIR, named by the file's relative path
  --base-url URL          link lines in Markdown reports: URL/<path>#L<line>
  --decisions FILE        apply review decisions and pins: accepted findings do not fail
                          the run; stale decisions are reported (default: the nearest
                          .mdparity-decisions.json above the right file, up to the
                          project root, as for --config)
  --no-decisions          apply no decisions file
  --config FILE           configuration (default: the nearest mdparity.config.json, or
                          a "mdparity" key in package.json, above the compared files,
                          up to the project root: a folder with .git or package.json)
  --no-config             ignore configuration files
  --print-config          print the configuration that applies, and where it is from
  -q, --quiet             no report on stdout and no notes: the exit code tells
  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL:
                          error (default), warning, info, or never
  --timeout SECONDS       processor time one comparison may take, ${timeoutRange.min} to ${timeoutRange.max}
                          (default 30 plus 30 per MB of the two files; time waiting
                          for a free core does not count)
  --max-file-size SIZE    refuse larger files, e.g. 10MB (default), 500KB
  --color, --no-color     force or disable color in text output (NO_COLOR is respected)
  -h, --help              show this help
  -v, --version           show the version`;

const exitCodesHelp = `Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 bad usage or unreadable input, 3 internal error.`;

export const commandUsage: Record<CommandName, string> = {
  compare: `Usage: mdparity compare LEFT RIGHT [options]

Compares two language versions of one Markdown document and reports where
their structure drifted apart. LEFT or RIGHT may be - for standard input, or a
pipe such as <(git show HEAD~5:docs/en/x.md).

Options:
${commonOptions}

${exitCodesHelp}`,
  baseline: `Usage: mdparity baseline LEFT RIGHT [options]
       mdparity baseline LEFT_DIR RIGHT_DIR [options]

Writes a decisions file that accepts every finding the comparison (of two
files, or of two trees) has today, so that CI fails only on new drift. Findings
a decisions file already has a decision for keep it; the rest are added as
accepted. Written whole (never half), never over a compared file.

Options:
  --out FILE              the decisions file (default: .mdparity-decisions.json here);
                          when it exists, its decisions are kept
  --config FILE, --no-config, --timeout SECONDS, --max-file-size SIZE, -q, --quiet:
                          as for compare

${exitCodesHelp}`,
  fix: `Usage: mdparity fix SOURCE TRANSLATION [--dry-run] [options]

Applies the fixes that are mechanical and certain to TRANSLATION only (SOURCE
is never written): a heading without a space after its hashes (##Title) gets
one; pseudo-bullets (– item, • item) get the source's list marker; a list in
another marker style (1) against 1., * against -) gets the source's; a heading
that lost the source's {#id} gets it back. A link with no text is reported by
compare, never fixed. The fixes follow the pins of the decisions file (given,
or the nearest .mdparity-decisions.json), and skip findings accepted there. The
fixed text is compared again first: the fixed findings must be gone and no new
one may appear, or nothing is written. The file is replaced whole (never half).

Options:
  --dry-run               print the changes as a unified diff; write nothing
  --decisions FILE, --no-decisions, --config FILE, --no-config, --timeout SECONDS,
  --max-file-size SIZE, -q, --quiet: as for compare

Exit codes: 0 fixed (or nothing to fix), 2 bad usage or unreadable input, or a
fix that did not compare as promised, 3 internal error.`,
  tree: `Usage: mdparity tree LEFT_DIR RIGHT_DIR [options]

Compares every Markdown file (.md, .markdown, .mdx) of one documentation tree
with the file at the same relative path in the other.

Options:
${commonOptions}
  --allow-missing         pages only in LEFT_DIR (not yet translated) do not fail
  --out-dir-in-tree       allow --out-dir inside a compared tree (its reports would
                          be listed as pages by the next run)

${exitCodesHelp}`,
};

export const usage = `Usage: mdparity compare LEFT RIGHT [options]
       mdparity tree LEFT_DIR RIGHT_DIR [options]
       mdparity baseline LEFT RIGHT [--out .mdparity-decisions.json]
       mdparity fix SOURCE TRANSLATION [--dry-run]
       mdparity COMMAND --help

Compares two language versions of one Markdown document (compare), or every
Markdown file of two documentation trees by relative path (tree), and reports
where their structure drifted apart. baseline accepts every current finding in
a decisions file, so that CI fails only on new drift. fix applies mechanical
fixes (##Title, pseudo-bullets, list marker style, lost heading ids) to the
translation, on the alignment the decisions file's pins give.

Options:
${commonOptions}
  --allow-missing         tree: pages only in LEFT_DIR (not yet translated) do not fail
  --out-dir-in-tree       tree: allow --out-dir inside a compared tree

${exitCodesHelp}`;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    const unknown = /Unknown option '(--?[^']+)'/.exec(message);
    if (unknown) {
      const name = unknown[1]!.replace(/^-+/, '').split('=')[0]!;
      const guess = didYouMean(name, Object.keys(options));
      throw new UsageError(`${message}${guess ? `; did you mean --${guess}?` : ''} (see --help)`);
    }
    throw new UsageError(message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  const known = asCommand(command);
  if (values.help || command === 'help') return { name: 'help', command: command === 'help' ? asCommand(rest[0]) : known };
  if (values.version) return { name: 'version' };
  if (command === undefined) throw new UsageError('missing command: try `mdparity compare LEFT RIGHT` (see --help)');
  if (known === null) {
    const guess = didYouMean(command, commandNames);
    throw new UsageError(
      `unknown command “${command}”: the commands are \`compare\`, \`tree\`, \`baseline\` and \`fix\`${guess ? `; did you mean \`${guess}\`?` : ''} (see --help)`,
    );
  }
  if (rest.length !== 2)
    throw new UsageError(
      known === 'compare'
        ? `compare takes two files, LEFT and RIGHT; got ${rest.length}`
        : known === 'tree'
          ? `tree takes two folders, LEFT_DIR and RIGHT_DIR; got ${rest.length}`
          : known === 'baseline'
            ? `baseline takes two files or two folders; got ${rest.length}`
            : `fix takes two files, SOURCE and TRANSLATION; got ${rest.length}`,
    );
  if (known === 'compare' && rest[0] === '-' && rest[1] === '-') throw new UsageError('only one of LEFT and RIGHT can be standard input (-)');
  if (known !== 'compare' && rest.includes('-')) throw new UsageError(`${known} takes files or folders; standard input (-) is for compare`);
  if (known === 'fix' && (values.format !== undefined || values['out-dir'] !== undefined || values.out !== undefined))
    throw new UsageError('fix changes TRANSLATION in place (or prints a diff with --dry-run); it takes no --format, --out or --out-dir');
  if (values.decisions !== undefined && values['no-decisions']) throw new UsageError('use --decisions FILE or --no-decisions, not both');
  if (values['dry-run'] && known !== 'fix') throw new UsageError('--dry-run is for `mdparity fix`');
  if (known === 'baseline' && (values.format !== undefined || values['out-dir'] !== undefined))
    throw new UsageError('baseline writes a decisions file (JSON) to --out; it takes no --format or --out-dir');

  const out = values.out === '-' ? null : (values.out ?? null);
  const outDir = values['out-dir'] ?? null;
  if (out !== null && outDir !== null) throw new UsageError('use --out for one format or --out-dir for several, not both');

  let formats = [...new Set((values.format ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()))].map((value) => {
    if (!isFormatName(value)) {
      const guess = didYouMean(value, formatNames);
      throw new UsageError(`--format takes ${formatNames.join(', ')}; not “${value}”${guess ? ` (did you mean ${guess}?)` : ''}`);
    }
    return value;
  });
  if (formats.length === 0 && out !== null && known !== 'baseline' && known !== 'fix') {
    const inferred = formatForFile(out);
    if (inferred === null)
      throw new UsageError(
        `cannot tell the report format from the name “${out}”: give --format, or end the name in ${reportFormats.map((format) => `.${format.extension}`).join(', ')}`,
      );
    formats = [inferred];
  }
  if (formats.length === 0) formats = ['text'];
  if (formats.length > 1 && outDir === null) throw new UsageError(`${formats.length} formats need --out-dir (stdout and --out take one)`);

  const failOn = values['fail-on'] === undefined ? 'error' : oneOf(values['fail-on'], failLevels, '--fail-on');
  const timeout = values.timeout === undefined ? null : parseTimeout(values.timeout);
  const maxFileSize = values['max-file-size'] === undefined ? 10 * 1024 * 1024 : parseSize(values['max-file-size']);
  const color = values['no-color'] ? false : values.color ? true : null;
  return {
    name: known,
    allowMissing: values['allow-missing'] === true,
    left: rest[0]!,
    right: rest[1]!,
    formats,
    out,
    outDir,
    outDirInTree: values['out-dir-in-tree'] === true,
    baseUrl: values['base-url'] ?? null,
    config: values.config ?? null,
    noConfig: values['no-config'] === true,
    printConfig: values['print-config'] === true,
    quiet: values.quiet === true,
    decisions: values.decisions ?? null,
    noDecisions: values['no-decisions'] === true,
    failOn,
    timeoutMs: timeout === null ? null : Math.round(timeout * 1000),
    maxFileSize,
    color,
    dryRun: values['dry-run'] === true,
  };
}

function asCommand(value: string | undefined): CommandName | null {
  return (commandNames as readonly (string | undefined)[]).includes(value) ? (value as CommandName) : null;
}

function parseTimeout(value: string): number {
  const seconds = /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds < timeoutRange.min || seconds > timeoutRange.max) {
    throw new UsageError(`--timeout takes a number of seconds from ${timeoutRange.min} to ${timeoutRange.max}; not “${value}”`);
  }
  return seconds;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} takes ${allowed.join(', ')}; not “${value}”`);
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-file-size takes a size such as 500KB or 10MB, not “${value}”`);
  const unit = (match[2] ?? 'B').toUpperCase();
  const factor = unit === 'GB' ? 1024 ** 3 : unit === 'MB' ? 1024 ** 2 : unit === 'KB' ? 1024 : 1;
  return Math.floor(Number(match[1]) * factor);
}
