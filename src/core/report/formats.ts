/**
 * The one list of report formats: name, file extension, media type, a label
 * for menus and help, and the writer (one signature: `(report, options) =>
 * string`). The CLI's usage and --help, its extension → format inference,
 * the README's format table and the app's export menu are made from it.
 */
import { writeCompact } from './compact.js';
import { writeCsv } from './csv.js';
import { writeGithub } from './github.js';
import { writeGitlab } from './gitlab.js';
import { writeHtml } from './html.js';
import { writeJson } from './json.js';
import { writeJunit } from './junit.js';
import { writeMarkdown } from './markdown.js';
import { writeSarif } from './sarif.js';
import { writeText } from './text.js';
import { formatList, type FormatName } from './format-list.js';
import type { Report } from './types.js';
import type { Writer, WriterOptions } from './writer-options.js';

export interface ReportFormat {
  /** What `--format` takes. */
  name: FormatName;
  /** File extension without the dot, for `--out-dir` names and downloads. */
  extension: string;
  /** IANA media type, for downloads. */
  mediaType: string;
  /** One line for menus and --help. */
  label: string;
  write: Writer;
}

const writersByName = {
  json: (report: Report, _options: WriterOptions = {}) => writeJson(report),
  text: (report: Report, options: WriterOptions = {}) =>
    writeText(report, {
      color: options.color ?? false,
      configPath: options.configPath,
      decisionsPath: options.decisionsPath,
      width: options.width,
    }),
  csv: writeCsv,
  markdown: writeMarkdown,
  html: writeHtml,
  sarif: writeSarif,
  junit: writeJunit,
  compact: writeCompact,
  github: writeGithub,
  gitlab: writeGitlab,
} satisfies Record<FormatName, Writer>;

export const reportFormats: readonly ReportFormat[] = formatList.map((format) => ({ ...format, write: writersByName[format.name] }));

export type { FormatName };

const byName = new Map<string, ReportFormat>(reportFormats.map((format) => [format.name, format]));

export function reportFormat(name: FormatName): ReportFormat {
  return byName.get(name)!;
}

/** The format a file name asks for by its extension (`report.sarif` → sarif), or null. */
export function formatForFile(path: string): FormatName | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(path);
  if (!match) return null;
  const extension = match[1]!.toLowerCase();
  const aliases: Record<string, string> = { htm: 'html', markdown: 'md', text: 'txt' };
  const wanted = aliases[extension] ?? extension;
  return formatList.find((format) => format.extension === wanted)?.name ?? null;
}

/** The README's format table, generated (a test keeps the README in step). */
export function formatTable(): string {
  const rows = reportFormats.map((format) => `| \`${format.name}\` | \`.${format.extension}\` | \`${format.mediaType}\` | ${format.label} |`);
  return ['| format | extension | media type | what it is |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const tableStart = /<!-- formats:start[^>]*-->\n/;
const tableEnd = '<!-- formats:end -->';

/** The README with its format table (between the `formats:start` and `formats:end` markers) regenerated. */
export function withFormatTable(readme: string): string {
  const start = tableStart.exec(readme);
  const end = readme.indexOf(tableEnd);
  if (!start || end < start.index) throw new Error('README.md has no <!-- formats:start --> … <!-- formats:end --> markers');
  return `${readme.slice(0, start.index + start[0].length)}${formatTable()}\n${readme.slice(end)}`;
}
