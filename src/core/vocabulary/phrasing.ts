/** How messages phrase things: quotations, counts, line lists, articles and sizes, the same in every check, writer and view. */
import type { Span } from '../model/types.js';

/** `“text”`, white space folded, shortened to `max` characters without splitting a surrogate pair. */
export function quote(text: string, max = 40): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return `“${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean}”`;
}

/** `1 link`, `3 links`; `plural(2, 'entry', 'entries')`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `line 4`, `lines 4 and 9`, `lines 4, 9 and 12`. */
export function lineList(spans: readonly Span[]): string {
  const lines = spans.map((span) => span.line);
  return lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`;
}

/** The noun with its indefinite article: `a paragraph`, `an HTML block`, `an ATX heading`. */
export function withArticle(noun: string): string {
  return `${/^(?:[aeiou]|HTML|ATX|FAQ|SVG|MDX|XML)/i.test(noun) && !/^(?:uni|use|eu)/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** `340 KB`, `2.4 MB` (1024-based, rounded up below a megabyte so a small file never reads as 0 KB). */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
