/**
 * Helpers the report writers share: source lines and excerpts, section
 * labels, file names, URIs for paths, line links, visible control
 * characters and check metadata.
 */
import { checks } from '../checks/registry.js';
import type { CheckMeta } from '../checks/types.js';
import { escapeControls, wellFormed } from './escape.js';
import type { FileInfo, Finding, Location, Report, SectionRow } from './types.js';
import { plural } from '../vocabulary/phrasing.js';

import type { Side } from '../vocabulary/side.js';
export type { Side };

/** The lines of a source text as the report numbers them (1-based: line n is `lines[n - 1]`); null without a text. */
export function sourceLines(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** One short line of source for a finding: white space collapsed, controls made visible, cut at `max` code points. */
export function excerpt(lines: string[] | null, line: number | undefined, max = 100): string {
  if (!lines || line === undefined) return '';
  const raw = lines[line - 1];
  if (raw === undefined) return '';
  return escapeControls(truncate(raw.replace(/\s+/g, ' ').trim(), max));
}

/** Cuts text to `max` code points (never inside a surrogate pair), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, Math.max(0, max - 1)).join('')}…` : text;
}

// C0 and C1 controls except tab and line feed, the bidi and invisible format characters (Trojan Source), and the XML non-characters.
const hidden = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;

/** Like escapeControls, but keeps line breaks (normalised to `\n`) and tabs: for formats with multi-line text. */
export function visibleMultiline(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(hidden, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/** Matches one hidden character: for writers that mark them up instead of escaping them. */
export const hiddenCharacter = new RegExp(hidden.source, 'g');

/** The file's path as given, or `left`/`right`. */
export function fileName(info: FileInfo, side: Side): string {
  return info.path ?? side;
}

/** The last path segment. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

const preambleLabel = '(before the first heading)';

/** `Left title ↔ Right title`, `Left title ↔ —` for a one-sided section, or the preamble label. Raw document text: escape it for the format. */
export function sectionLabel(section: SectionRow | undefined): string {
  if (!section || (!section.left && !section.right)) return preambleLabel;
  return `${section.left?.title ?? '—'} ↔ ${section.right?.title ?? '—'}`;
}

/** One title for a section: the left one, else the right one. */
export function sectionTitle(section: SectionRow | undefined): string {
  return section?.left?.title ?? section?.right?.title ?? preambleLabel;
}

/**
 * `Also at left lines 12, 40; right lines 11, 38.` for a finding that groups one defect's other places (repeats, runs,
 * a stale page), else empty. At most `max` lines per side are named.
 */
export function relatedLines(finding: Finding, max = 12): string {
  if (!finding.related || finding.related.length === 0) return '';
  const sides = (['left', 'right'] as const).flatMap((side) => {
    const lines = finding.related!.flatMap((place) => (place[side] ? [place[side].line] : []));
    if (lines.length === 0) return [];
    const shown = lines.length > max ? `${lines.slice(0, max).join(', ')}, … (${lines.length} in all)` : lines.join(', ');
    return [`${side} ${lines.length === 1 ? 'line' : 'lines'} ${shown}`];
  });
  return sides.length === 0 ? '' : `Also at ${sides.join('; ')}.`;
}

/** `path:line`, or `path:line-endLine` with `range`; empty without a location. */
export function place(path: string, location: Location | null, range = false): string {
  if (!location) return '';
  return `${path}:${location.line}${range && location.endLine > location.line ? `-${location.endLine}` : ''}`;
}

/** Percent-encodes each segment of a path (back slashes read as separators). */
function encodePath(path: string): string {
  return wellFormed(path)
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * A path as a URI reference: relative paths stay relative (`docs/my%20guide.md`),
 * absolute ones become `file:` URIs (`/a b` → `file:///a%20b`, `C:\x` → `file:///C:/x`).
 */
export function pathToUri(path: string): string {
  const slashed = wellFormed(path).replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  if (drive) return `file:///${drive[1]}:/${encodePath(slashed.slice(3))}`;
  if (slashed.startsWith('//')) return `file:${encodePath(slashed)}`;
  if (slashed.startsWith('/')) return `file://${encodePath(slashed)}`;
  return encodePath(slashed.replace(/^(?:\.\/)+/, ''));
}

/** The base URL when it is safe to link to: http(s) or relative (no other scheme), without trailing slashes. */
export function safeBaseUrl(baseUrl: string | undefined): string | null {
  if (!baseUrl) return null;
  const trimmed = wellFormed(baseUrl).trim();
  if (/[\u0000-\u0020\u007F]/.test(trimmed)) return null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  return trimmed.replace(/\/+$/, '');
}

/** `${baseUrl}/${path}#L${line}` with the path percent-encoded, or null when there is nothing safe to link to. */
export function lineUrl(baseUrl: string | undefined, path: string | null, line: number): string | null {
  const base = safeBaseUrl(baseUrl);
  if (base === null || path === null) return null;
  const relative = encodePath(path.replace(/^(?:\.[\\/])+/, '').replace(/^[\\/]+/, ''));
  return `${base}/${relative}#L${line}`;
}

const metaById = new Map<string, CheckMeta>(checks.map((check) => [check.id, check]));

/** The catalog entry for a check id, if the check is registered. */
export function checkMeta(id: string): CheckMeta | undefined {
  return metaById.get(id);
}

/** Registered checks in catalog order, then any other check ids the report mentions. */
export function reportChecks(report: Report): Array<{ id: string; meta: CheckMeta | undefined }> {
  const ids = checks.map((check) => check.id);
  for (const finding of report.findings) if (!ids.includes(finding.check)) ids.push(finding.check);
  return ids.map((id) => ({ id, meta: metaById.get(id) }));
}

export { plural };

/** The summary counts in words: `0 errors, 3 warnings, 0 info`. */
export function countsLine(report: Report): string {
  const { summary } = report;
  return `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${summary.info} info`;
}

/** `80.0 %`-style parity. */
export function parityPercent(report: Report): string {
  return `${(report.summary.parity * 100).toFixed(1)} %`;
}
