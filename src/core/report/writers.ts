/** Every report format by name: `writers[format](report, options)` returns the file's text. Made from the list in formats.ts. */
import { reportFormats, type FormatName } from './formats.js';
import type { Writer } from './writer-options.js';

export { reportFormats, reportFormat, formatForFile, formatTable, withFormatTable, type FormatName, type ReportFormat } from './formats.js';

export const writers = {} as Record<FormatName, Writer>;
for (const format of reportFormats) writers[format.name] = format.write;

export const formatNames: FormatName[] = reportFormats.map((format) => format.name);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(writers, name);
}

/** The usual file extension for each format. */
export const formatExtensions = {} as Record<FormatName, string>;
for (const format of reportFormats) formatExtensions[format.name] = format.extension;
