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
import type { Report } from './types.js';
import type { Writer, WriterOptions } from './writer-options.js';

export interface ReportFormat {
  /** What `--format` takes. */
  name: string;
  /** File extension without the dot, for `--out-dir` names and downloads. */
  extension: string;
  /** IANA media type, for downloads. */
  mediaType: string;
  /** One line for menus and --help. */
  label: string;
  write: Writer;
}

export const reportFormats = [
  {
    name: 'json',
    extension: 'json',
    mediaType: 'application/json',
    label: 'The full report (docs/report.schema.json)',
    write: (report: Report, _options: WriterOptions = {}) => writeJson(report),
  },
  {
    name: 'text',
    extension: 'txt',
    mediaType: 'text/plain;charset=utf-8',
    label: 'Terminal text: findings grouped by section, file:line for both sides',
    write: (report: Report, options: WriterOptions = {}) => writeText(report, { color: options.color ?? false, configPath: options.configPath }),
  },
  { name: 'csv', extension: 'csv', mediaType: 'text/csv;charset=utf-8', label: 'One row per finding, for spreadsheets', write: writeCsv },
  {
    name: 'markdown',
    extension: 'md',
    mediaType: 'text/markdown;charset=utf-8',
    label: 'Tables per section, for pull-request comments',
    write: writeMarkdown,
  },
  {
    name: 'html',
    extension: 'html',
    mediaType: 'text/html;charset=utf-8',
    label: 'Self-contained page with the side-by-side view',
    write: writeHtml,
  },
  { name: 'sarif', extension: 'sarif', mediaType: 'application/sarif+json', label: 'SARIF 2.1.0, for code scanning', write: writeSarif },
  { name: 'junit', extension: 'xml', mediaType: 'application/xml', label: 'JUnit XML, for CI test dashboards', write: writeJunit },
  {
    name: 'compact',
    extension: 'log',
    mediaType: 'text/plain;charset=utf-8',
    label: 'One line per finding, path:line:column: severity check message',
    write: writeCompact,
  },
  {
    name: 'github',
    extension: 'github',
    mediaType: 'text/plain;charset=utf-8',
    label: 'GitHub Actions annotations (::warning file=…::message)',
    write: writeGithub,
  },
  {
    name: 'gitlab',
    extension: 'codequality',
    mediaType: 'application/json',
    label: 'GitLab Code Quality JSON (artifacts:reports:codequality)',
    write: writeGitlab,
  },
] as const satisfies readonly ReportFormat[];

export type FormatName = (typeof reportFormats)[number]['name'];

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
  return reportFormats.find((format) => format.extension === wanted)?.name ?? null;
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
