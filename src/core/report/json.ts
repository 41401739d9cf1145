/** The JSON report: the report model as it is, two-space indented, always well-formed UTF-8. */
import { wellFormed } from './escape.js';
import type { Report } from './types.js';

export function writeJson(report: Report): string {
  return `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2)}\n`;
}
