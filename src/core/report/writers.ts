/** Every report format by name: `writers[format](report, options)` returns the file's text. */
import { writeCsv } from './csv.js';
import { writeHtml } from './html.js';
import { writeJson } from './json.js';
import { writeJunit } from './junit.js';
import { writeMarkdown } from './markdown.js';
import { writeSarif } from './sarif.js';
import { writeText } from './text.js';
import type { Report } from './types.js';
import type { Writer, WriterOptions } from './writer-options.js';

export const writers = {
  json: (report: Report, _options: WriterOptions = {}) => writeJson(report),
  text: (report: Report, options: WriterOptions = {}) => writeText(report, { color: options.color ?? false }),
  csv: writeCsv,
  markdown: writeMarkdown,
  html: writeHtml,
  sarif: writeSarif,
  junit: writeJunit,
} satisfies Record<string, Writer>;

export type FormatName = keyof typeof writers;

export const formatNames = Object.keys(writers) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(writers, name);
}

/** The usual file extension for each format. */
export const formatExtensions: Record<FormatName, string> = {
  json: 'json',
  text: 'txt',
  csv: 'csv',
  markdown: 'md',
  html: 'html',
  sarif: 'sarif',
  junit: 'xml',
};

export type { Writer, WriterOptions } from './writer-options.js';
