/** Every report format by name: `writers[format](report, options)` returns the file's text. Made from the list in formats.ts. */
import { reportFormats, type FormatName } from './formats.js';
import type { Writer } from './writer-options.js';

export { reportFormats, reportFormat, formatForFile, formatTable, withFormatTable, type FormatName, type ReportFormat } from './formats.js';

export const writers = Object.fromEntries(reportFormats.map((format) => [format.name, format.write])) as Record<FormatName, Writer>;

export const formatNames = reportFormats.map((format) => format.name) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(writers, name);
}

/** The usual file extension for each format. */
export const formatExtensions = Object.fromEntries(reportFormats.map((format) => [format.name, format.extension])) as Record<FormatName, string>;

export type { Writer, WriterOptions } from './writer-options.js';
