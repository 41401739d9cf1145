/**
 * compare(left, right) → Report: parse both sides, align them, run every
 * check on the alignment, and build the report model.
 */
import { alignDocuments, type DocumentAlignment } from './align/align-documents.js';
import type { Pin } from './align/pins.js';
import { checks as allChecks } from './checks/registry.js';
import { createCheckContext } from './checks/context.js';
import type { Check, CheckConfig, FindingInput, Severity } from './checks/types.js';
import { InputError, isInputError } from './errors.js';
import { fingerprints } from './fingerprint.js';
import { languageFromFrontMatter, languageFromPath } from './language.js';
import { buildDocument } from './model/build-document.js';
import type { Block, DocumentModel, Span } from './model/types.js';
import type { FlavorInput } from './parse/flavor.js';
import { schemaVersion, type AlignmentRow, type Finding, type Location, type Report, type RowSide, type SectionRow } from './report/types.js';
import { version } from './version.js';
import { groupStaleFindings, staleness } from './stale.js';
import { suppressFindings } from './suppressions.js';
import { severityIndex } from './vocabulary/severity.js';
import { describeUncertainty } from './vocabulary/uncertainty.js';
import type { Side } from './vocabulary/side.js';

export interface CompareOptions {
  /** Shown in reports and used to tell the language (`guide.de.md`). */
  leftPath?: string;
  rightPath?: string;
  /** Per-check severity, or `off`. */
  severities?: Record<string, Severity | 'off'>;
  /** The checks to run; all of them by default. */
  checks?: readonly Check[];
  /** Settings the checks read: protected terms, front-matter key rules. */
  config?: CheckConfig;
  /** Languages when the caller knows them better than the file names do. */
  languages?: { left?: string | null; right?: string | null };
  /** A reviewer's pairings (blocks by fingerprint or line) the alignment honours; see align/pins.ts. */
  pins?: readonly Pin[];
}

export interface Comparison {
  report: Report;
  left: DocumentModel;
  right: DocumentModel;
  alignment: DocumentAlignment;
}

export function compare(left: string, right: string, options: CompareOptions = {}): Report {
  return compareDocuments(left, right, options).report;
}

/** compare, also returning the document models and the alignment (for views that show them). */
export function compareDocuments(leftText: string, rightText: string, options: CompareOptions = {}): Comparison {
  const setting = options.config?.flavor;
  let left = buildSide(leftText, 'left', { path: options.leftPath ?? null, setting });
  let right = buildSide(rightText, 'right', { path: options.rightPath ?? null, setting });
  // One side does not compile as MDX and was read as Markdown: read the other the same way, so that their
  // structures compare (mdx-syntax reports the failure; the rest is not drowned in its consequences).
  if (left.mdxError && !right.mdxError && right.syntax.flavor === 'mdx') right = buildSide(rightText, 'right', { setting: 'markdown' });
  else if (right.mdxError && !left.mdxError && left.syntax.flavor === 'mdx') left = buildSide(leftText, 'left', { setting: 'markdown' });
  return compareModels(left, right, options);
}

/**
 * The comparison of two document models already built (`buildDocument`):
 * callers that parse both sides in parallel (the app's two workers) start here.
 */
export function compareModels(left: DocumentModel, right: DocumentModel, options: CompareOptions = {}): Comparison {
  const alignment = alignDocuments(left, right, { pins: options.pins ?? [] });
  const { rows, sections } = buildRows(left, right, alignment);

  const leftInfo = fileInfo(left, options.leftPath, options.languages?.left);
  const rightInfo = fileInfo(right, options.rightPath, options.languages?.right);
  const context = createCheckContext(left, right, alignment, { left: leftInfo.language, right: rightInfo.language }, options.config);

  let findings: Finding[] = [];
  const checkOrder = new Map<string, number>();
  for (const check of options.checks ?? allChecks) {
    const configured = options.severities?.[check.id];
    if (configured === 'off') continue;
    checkOrder.set(check.id, checkOrder.size);
    check.run(context, (input: FindingInput) => {
      const configuredSeverity = configured ?? input.severity ?? check.severity;
      // A configured severity applies to the check's default findings; softened findings (shared defects) stay info.
      let severity: Severity = configured && input.severity === 'info' ? 'info' : configuredSeverity;
      let message = input.message;
      const uncertain = comparesUncertainPair(check, input, alignment);
      if (uncertain) {
        // The finding compares blocks the aligner is not sure belong together: either the pairing is wrong (and the
        // real finding is a block without counterpart) or the finding stands. Say so, and keep it to info: a warning
        // or an error must not rest on a guess.
        severity = 'info';
        message = `${message} (Uncertain pairing: ${uncertain}; these blocks may not be translations of each other.)`;
      }
      findings.push({
        fingerprint: '',
        check: check.id,
        severity,
        message,
        left: toLocation(input.left),
        right: toLocation(input.right),
        row: input.row,
        section: input.row === null ? 0 : rows[input.row]!.section,
        ...(input.related && input.related.length > 0
          ? { related: input.related.map((place) => ({ left: toLocation(place.left), right: toLocation(place.right) })) }
          : {}),
      });
    });
  }
  const stale = staleness(sections);
  if (stale) findings = groupStaleFindings(findings, sections);
  findings.sort(
    (a, b) =>
      (a.row ?? -1) - (b.row ?? -1) ||
      (a.left?.line ?? a.right?.line ?? 0) - (b.left?.line ?? b.right?.line ?? 0) ||
      checkOrder.get(a.check)! - checkOrder.get(b.check)! ||
      severityIndex(a.severity) - severityIndex(b.severity),
  );

  fingerprints(findings, left.text, right.text).forEach((fingerprint, index) => {
    findings[index]!.fingerprint = fingerprint;
  });
  // Inline `<!-- mdparity-disable … -->` comments, after fingerprinting: a comment never renumbers another finding.
  const { kept, suppressed } = suppressFindings(findings, left.text, right.text);

  const report: Report = {
    schemaVersion,
    tool: { name: 'mdparity', version },
    left: leftInfo,
    right: rightInfo,
    summary: { ...summarize(kept, rows, stale), ...(suppressed > 0 ? { suppressed } : {}) },
    findings: kept,
    alignment: rows,
    sections,
  };
  return { report, left, right, alignment };
}

/** The reasons in words when the finding compares the two sides of a row the aligner is unsure of, else null. */
function comparesUncertainPair(check: Check, input: FindingInput, alignment: DocumentAlignment): string | null {
  if (check.independentOfPairing || input.row === null || !input.left || !input.right) return null;
  const reasons = alignment.rows[input.row]?.uncertain?.reasons;
  return reasons && reasons.length > 0 ? describeUncertainty(reasons) : null;
}

/** Builds one side's model; an InputError says which side it is about. */
function buildSide(text: string, side: Side, flavor: FlavorInput): DocumentModel {
  try {
    return buildDocument(text, flavor);
  } catch (error) {
    if (isInputError(error)) throw new InputError(error.code, error.message, error.line, side);
    throw error;
  }
}

function buildRows(left: DocumentModel, right: DocumentModel, alignment: DocumentAlignment): { rows: AlignmentRow[]; sections: SectionRow[] } {
  const sections: SectionRow[] = [{ left: null, right: null }];
  const rows: AlignmentRow[] = alignment.rows.map((pair) => {
    const a = pair.left === null ? null : left.blocks[pair.left]!;
    const b = pair.right === null ? null : right.blocks[pair.right]!;
    if (a?.heading || b?.heading) {
      sections.push({ left: a?.heading ? sectionSide(a) : null, right: b?.heading ? sectionSide(b) : null });
    }
    const row: AlignmentRow = { left: rowSide(a), right: rowSide(b), confidence: pair.confidence, section: sections.length - 1 };
    if (pair.uncertain) row.uncertain = { reasons: [...pair.uncertain.reasons] };
    if (pair.items && a && b) {
      const leftItems = alignment.leftItems.get(a.index)!;
      const rightItems = alignment.rightItems.get(b.index)!;
      row.items = pair.items.map((item) => ({
        left: item.left === null ? null : { line: leftItems[item.left]!.span.line, endLine: leftItems[item.left]!.span.endLine, kind: 'listItem' },
        right:
          item.right === null ? null : { line: rightItems[item.right]!.span.line, endLine: rightItems[item.right]!.span.endLine, kind: 'listItem' },
        confidence: item.confidence,
      }));
    }
    return row;
  });
  return { rows, sections };
}

function sectionSide(block: Block): SectionRow['left'] {
  return { line: block.span.line, title: block.heading!.text, depth: block.heading!.depth };
}

function rowSide(block: Block | null): RowSide | null {
  return block ? { line: block.span.line, endLine: block.span.endLine, kind: block.kind } : null;
}

function toLocation(span: Span | null): Location | null {
  return span ? { line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn } : null;
}

function fileInfo(document: DocumentModel, path: string | undefined, language: string | null | undefined): Report['left'] {
  return {
    path: path ?? null,
    language: language ?? languageFromFrontMatter(document.frontMatter?.data ?? null) ?? (path ? languageFromPath(path) : null),
    lines: document.lineCount,
    blocks: document.blocks.length,
    flavor: document.syntax.flavor,
    ...(document.mdxError
      ? { notice: `Read as Markdown: it does not compile as MDX (${document.mdxError.message}, line ${document.mdxError.line}).` }
      : {}),
  };
}

function summarize(findings: Finding[], rows: AlignmentRow[], stale: string | null): Report['summary'] {
  const counts = { error: 0, warning: 0, info: 0 };
  const checks: Record<string, number> = {};
  const flagged = new Set<number>();
  for (const finding of findings) {
    counts[finding.severity]++;
    checks[finding.check] = (checks[finding.check] ?? 0) + 1;
    if (finding.severity !== 'info' && finding.row !== null) flagged.add(finding.row);
  }
  let paired = 0;
  let leftOnly = 0;
  let rightOnly = 0;
  let clean = 0;
  let uncertain = 0;
  rows.forEach((row, index) => {
    if (row.left && row.right) {
      paired++;
      if (row.uncertain) uncertain++;
      if (!flagged.has(index)) clean++;
    } else if (row.left) leftOnly++;
    else rightOnly++;
  });
  return {
    ...counts,
    findings: findings.length,
    rows: rows.length,
    paired,
    leftOnly,
    rightOnly,
    // Rounded down: parity 1 means every row is clean, never "almost".
    parity: rows.length === 0 ? 1 : Math.floor((clean / rows.length) * 1000) / 1000,
    uncertain,
    checks,
    ...(stale ? { stale } : {}),
  };
}
