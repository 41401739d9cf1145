/** The JSON report: the report model as it is, two-space indented, always well-formed UTF-8. */
import { wellFormed } from './escape.js';
import type { Report } from './types.js';

// Invisible and bidirectional characters, and the JavaScript line terminators: written as \u escapes (the parsed value is
// the same), so the file shows them in any viewer and a Trojan Source sequence cannot reorder what a reader sees.
const invisible = /[\u00AD\u061C\u200B-\u200F\u2028\u2029\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** JSON text with invisible characters escaped; the structure is ASCII, so only string contents change. */
export function escapeInvisibleJson(json: string): string {
  return json.replace(invisible, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function writeJson(report: Report): string {
  return `${escapeInvisibleJson(JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value), 2))}\n`;
}
