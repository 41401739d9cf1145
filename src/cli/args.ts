/** Command-line arguments → a validated command, or a UsageError with one clear line. */
import { parseArgs } from 'node:util';
import { formatNames, isFormatName, type FormatName } from '../core/index.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const failLevels = ['error', 'warning', 'info', 'never'] as const;
export type FailLevel = (typeof failLevels)[number];

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | {
      name: 'compare' | 'tree';
      /** tree: files only in the left tree (untranslated pages) do not fail the run. */
      allowMissing: boolean;
      left: string;
      right: string;
      /** Empty: text on a terminal, JSON when the output is piped. */
      formats: FormatName[];
      /** Write the one format to this file instead of stdout. */
      out: string | null;
      /** Write every format to this folder, named after the right file. */
      outDir: string | null;
      baseUrl: string | null;
      /** Configuration file; null: look for one above the compared files. */
      config: string | null;
      noConfig: boolean;
      decisions: string | null;
      failOn: FailLevel;
      timeoutMs: number;
      maxFileSize: number;
      color: boolean | null;
    };

export const usage = `Usage: mdparity compare LEFT RIGHT [options]
       mdparity tree LEFT_DIR RIGHT_DIR [options]

Compares two language versions of one Markdown document (compare), or every
Markdown file of two documentation trees by relative path (tree), and reports
where their structure drifted apart.

Options:
  --format FORMAT         json, text, csv, markdown, html, sarif or junit; repeat it or
                          separate with commas for several (default: text on a terminal,
                          json otherwise)
  --out FILE              write the report to FILE instead of stdout (one format)
  --out-dir DIR           write each format to DIR as <right file>.mdparity.<ext>
  --base-url URL          link lines in Markdown reports: URL/<path>#L<line>
  --decisions FILE        apply review decisions (.mdparity-decisions.json): accepted
                          findings do not fail the run; stale decisions are reported
  --config FILE           configuration (default: the nearest mdparity.config.json, or
                          a "mdparity" key in package.json, above the compared files)
  --no-config             ignore configuration files
  --allow-missing         tree: pages only in LEFT_DIR (not yet translated) do not fail
  --fail-on LEVEL         exit 1 when a finding is at or above LEVEL:
                          error (default), warning, info, or never
  --timeout SECONDS       stop a comparison that takes longer (default 30)
  --max-file-size SIZE    refuse larger files, e.g. 10MB (default), 500KB
  --color, --no-color     force or disable colour in text output (NO_COLOR is respected)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 bad usage or unreadable input, 3 internal error.`;

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', multiple: true },
        out: { type: 'string' },
        'out-dir': { type: 'string' },
        'base-url': { type: 'string' },
        decisions: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        'allow-missing': { type: 'boolean' },
        'fail-on': { type: 'string' },
        timeout: { type: 'string' },
        'max-file-size': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [command, ...rest] = positionals;
  if (command === undefined) throw new UsageError('missing command: try `mdparity compare LEFT RIGHT` (see --help)');
  if (command !== 'compare' && command !== 'tree')
    throw new UsageError(`unknown command “${command}”: the commands are \`compare\` and \`tree\` (see --help)`);
  if (rest.length !== 2)
    throw new UsageError(
      command === 'compare'
        ? `compare takes two files, LEFT and RIGHT; got ${rest.length}`
        : `tree takes two folders, LEFT_DIR and RIGHT_DIR; got ${rest.length}`,
    );

  const formats = [...new Set((values.format ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()))].map((value) => {
    if (!isFormatName(value)) throw new UsageError(`--format takes ${formatNames.join(', ')}; not “${value}”`);
    return value;
  });
  const out = values.out ?? null;
  const outDir = values['out-dir'] ?? null;
  if (out !== null && outDir !== null) throw new UsageError('use --out for one format or --out-dir for several, not both');
  if (formats.length > 1 && outDir === null) throw new UsageError(`${formats.length} formats need --out-dir (stdout and --out take one)`);
  if (command === 'tree' && outDir === null && formats.some((format) => format !== 'json' && format !== 'text')) {
    throw new UsageError('tree writes json or text to stdout; other formats go, one file per page, to --out-dir');
  }
  const failOn = values['fail-on'] === undefined ? 'error' : oneOf(values['fail-on'], failLevels, '--fail-on');
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout takes a number of seconds, not “${values.timeout}”`);
  const maxFileSize = values['max-file-size'] === undefined ? 10 * 1024 * 1024 : parseSize(values['max-file-size']);
  const color = values['no-color'] ? false : values.color ? true : null;
  return {
    name: command,
    allowMissing: values['allow-missing'] === true,
    left: rest[0]!,
    right: rest[1]!,
    formats,
    out,
    outDir,
    baseUrl: values['base-url'] ?? null,
    config: values.config ?? null,
    noConfig: values['no-config'] === true,
    decisions: values.decisions ?? null,
    failOn,
    timeoutMs: timeout * 1000,
    maxFileSize,
    color,
  };
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
