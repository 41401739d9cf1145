/**
 * Comparison → ViewModel. Runs in the compare worker, next to the core, so
 * the main thread receives plain data and never walks a syntax tree.
 */
import { isRightToLeft, languageFromFrontMatter, type AlignmentRow, type Comparison, type Location, type Pin } from '../../core/index.js';
import { resolvePins } from '../../core/align/pins.js';
import { computeFixes, fixKey, type LineEdit } from '../../core/fixes/compute-fixes.js';
import { containingRange, type Range } from '../../core/model/containing-span.js';
import { headingAnchors } from '../../core/model/slug.js';
import { worstSeverity } from '../../core/vocabulary/severity.js';
import type { Block, DocumentModel } from '../../core/model/types.js';
import { blockHighlights } from './block-highlights.js';
import { addCharacterDiff } from './character-diff.js';
import { detectLanguage } from './detect-language.js';
import { languageFromFileName, rightToLeftScript } from '../../core/language-hints.js';
import { findingRanges } from './finding-ranges.js';
import { differingSubjects } from './finding-subjects.js';
import { LineIndex } from './line-index.js';
import type {
  BlockView,
  ConfigSummary,
  FindingView,
  FixLine,
  LanguageSource,
  RowSeverity,
  RowView,
  Side,
  SideExcerpt,
  SideInfo,
  ViewModel,
} from '../protocol.js';

const excerptLength = 90;

export interface ViewInput {
  id: number;
  comparison: Comparison;
  leftName: string;
  rightName: string;
  elapsed: number;
  config?: ConfigSummary | null;
  /** The pins the comparison ran with: their rows are marked. */
  pins?: readonly Pin[];
}

export function buildViewModel({ id, comparison, leftName, rightName, elapsed, config = null, pins = [] }: ViewInput): ViewModel {
  const { report } = comparison;
  const pinned = resolvePins(pins, comparison.left, comparison.right);
  const sides = {
    left: sideContext(comparison.left),
    right: sideContext(comparison.right),
  };

  const linkTargets: string[] = [];
  const targetIndex = new Map<string, number>();
  const colorOf = (url: string) => {
    let index = targetIndex.get(url);
    if (index === undefined) {
      index = linkTargets.length;
      targetIndex.set(url, index);
      linkTargets.push(url);
    }
    return index;
  };

  // An in-page link is colored by the heading it resolves to, through the alignment: `#installation` and
  // `#instalacja` pointing at paired headings share a color, as links to one URL do.
  const rowOfBlock = { left: new Map<number, number>(), right: new Map<number, number>() };
  comparison.alignment.rows.forEach((row, index) => {
    if (row.left != null) rowOfBlock.left.set(row.left, index);
    if (row.right != null) rowOfBlock.right.set(row.right, index);
  });
  const anchors = { left: headingAnchors(comparison.left), right: headingAnchors(comparison.right) };
  const colorFor = (side: Side) => (url: string) => {
    if (url.startsWith('#')) {
      let id = url.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // Kept as written.
      }
      const block = anchors[side].get(id) ?? anchors[side].get(id.toLowerCase());
      const row = block === undefined ? undefined : rowOfBlock[side].get(block);
      if (row !== undefined) return colorOf(`#row:${row}`);
    }
    return colorOf(url);
  };

  const blockViews = new Map<string, { view: BlockView; block: Block }>();
  const rows: RowView[] = report.alignment.map((row, index) => {
    // The report's rows are the aligner's rows, in the same order: the pair names the blocks.
    const pair = comparison.alignment.rows[index];
    const left = pair?.left != null ? (comparison.left.blocks[pair.left] ?? null) : null;
    const right = pair?.right != null ? (comparison.right.blocks[pair.right] ?? null) : null;
    const leftView = left ? blockView(left, sides.left.lines, colorFor('left')) : null;
    const rightView = right ? blockView(right, sides.right.lines, colorFor('right')) : null;
    calmColors(leftView, rightView);
    if (left && leftView) blockViews.set(`left:${index}`, { view: leftView, block: left });
    if (right && rightView) blockViews.set(`right:${index}`, { view: rightView, block: right });
    const view: RowView = { index, section: row.section, confidence: row.confidence, left: leftView, right: rightView, findings: [], severity: null };
    if (row.uncertain && leftView && rightView) view.uncertain = [...row.uncertain.reasons];
    if ((pair?.left != null && pinned.left.has(pair.left)) || (pair?.right != null && pinned.right.has(pair.right))) view.pinned = true;
    return view;
  });

  const rowAt = { left: rowLookup(report.alignment, 'left'), right: rowLookup(report.alignment, 'right') };
  // The core's mechanical fixes of the translation, offered on their findings (the core leaves out a fix that is not certain).
  const fixes = new Map(computeFixes(report.findings, comparison.left.text, comparison.right.text).map((fix) => [fixKey(fix.finding), fix]));
  const findings: FindingView[] = report.findings.map((finding, id) => {
    const excerpts: Record<Side, SideExcerpt | null> = { left: null, right: null };
    for (const side of ['left', 'right'] as const) {
      const location = finding[side];
      if (!location) continue;
      const entry = finding.row === null ? undefined : blockViews.get(`${side}:${finding.row}`);
      const lines = sides[side].lines;
      if (entry) {
        const base = lines.lineStart(entry.view.line);
        const other = blockViews.get(`${side === 'left' ? 'right' : 'left'}:${finding.row}`)?.block ?? null;
        const subjects = differingSubjects(
          finding.check,
          entry.block.features,
          other?.features ?? null,
          lines.lineStart(location.line),
          lines.lineEnd(location.endLine),
        );
        const ranges = findingRanges(id, finding.check, location, entry.block, lines, base, entry.view.text.length, entry.view.highlights, subjects);
        entry.view.findingRanges.push(...ranges);
        // A link run reads well on its own; a marker or a whole block reads better as its line.
        const first = ranges[0];
        const rangeText = first && !first.whole ? entry.view.text.slice(first.start, ranges[ranges.length - 1]!.end) : '';
        excerpts[side] = rangeText.length >= 8 ? excerpt(location.line, rangeText) : lineExcerpt(lines, location, true);
      } else {
        excerpts[side] = lineExcerpt(lines, location);
      }
    }
    if (finding.row !== null) {
      const row = rows[finding.row];
      if (row) {
        addCharacterDiff(finding.check, id, row.left, row.right);
        row.findings.push(id);
        row.severity = worse(row.severity, finding.severity);
      }
    }
    // A finding that groups one defect's places (a block missing again and again, a run of untranslated passages, a
    // stale page) marks every row it names, so the reviewer sees it wherever it is, not only at its first place.
    for (const place of finding.related ?? []) {
      const side = place.left ? 'left' : 'right';
      const index = rowAt[side](place[side]!.line);
      const row = index === null ? undefined : rows[index];
      if (!row || row.findings.includes(id)) continue;
      row.findings.push(id);
      row.severity = worse(row.severity, finding.severity);
    }
    const section = report.sections[finding.section];
    const titles = [section?.left?.title, section?.right?.title].filter((t): t is string => Boolean(t));
    const fix = fixes.get(fixKey(finding));
    return {
      ...finding,
      id,
      sectionTitle: titles.length === 0 ? '(before the first heading)' : titles.join(' / '),
      leftExcerpt: excerpts.left,
      rightExcerpt: excerpts.right,
      ...(fix && { fix: { description: fix.description, edits: fix.edits.map(fixLine) } }),
    };
  });

  return {
    id,
    report,
    left: sideInfo(leftName, report.left, comparison.left),
    right: sideInfo(rightName, report.right, comparison.right),
    rows,
    findings,
    linkTargets,
    elapsed,
    config,
  };
}

/** Where a fixed line changes: the part between what the two versions share at their start and at their end. */
function fixLine(edit: LineEdit): FixLine {
  const { before, after } = edit;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { ...edit, start, beforeEnd: before.length - end, afterEnd: after.length - end };
}

function sideContext(model: DocumentModel) {
  return { lines: new LineIndex(model.text) };
}

function blockView(block: Block, lines: LineIndex, colorOf: (url: string) => number): BlockView {
  const base = lines.lineStart(block.span.line);
  const text = lines.text.slice(base, lines.lineEnd(block.span.endLine));
  const { highlights, truncated } = blockHighlights(block, text, base, colorOf);
  return { line: block.span.line, endLine: block.span.endLine, kind: block.kind, text, highlights, findingRanges: [], truncated };
}

/** More link colors than this in one block read as a rainbow, not as pairs. */
const maxColors = 6;

/**
 * In a block with many links (a 16-link list), the links whose target the
 * other side also links to lose their color: only the ones that differ stay
 * colored, and those are what the colors are for.
 */
function calmColors(left: BlockView | null, right: BlockView | null): void {
  const colorsOf = (block: BlockView | null) => new Set(block?.highlights.flatMap((h) => (h.color === undefined ? [] : [h.color])) ?? []);
  const a = colorsOf(left);
  const b = colorsOf(right);
  if (a.size <= maxColors && b.size <= maxColors) return;
  for (const block of [left, right]) {
    for (const highlight of block?.highlights ?? []) {
      if (highlight.color !== undefined && a.has(highlight.color) && b.has(highlight.color)) delete highlight.color;
    }
  }
}

function worse(a: RowSeverity, b: 'error' | 'warning' | 'info'): RowSeverity {
  return worstSeverity(a === null ? [b] : [a, b]);
}

function excerpt(line: number, text: string): SideExcerpt {
  const flat = text.replace(/\s+/g, ' ').trim();
  return { line, text: flat.length > excerptLength ? `${flat.slice(0, excerptLength - 1)}…` : flat };
}

function lineExcerpt(lines: LineIndex, location: Location, wholeLine = false): SideExcerpt {
  const start = wholeLine ? lines.lineStart(location.line) : lines.offset(location.line, location.column);
  return excerpt(location.line, lines.text.slice(start, Math.min(lines.lineEnd(location.line), start + excerptLength * 2)));
}

function sideInfo(name: string, file: { language: string | null; lines: number; blocks: number }, model: DocumentModel): SideInfo {
  let language = file.language;
  let source: LanguageSource = 'unknown';
  if (language) {
    source = languageFromFrontMatter(model.frontMatter?.data ?? null) === language ? 'front matter' : 'file name';
  } else {
    language = languageFromFileName(name);
    if (language) source = 'file name';
    else {
      const text = model.blocks.map((block) => block.features.text).join('\n');
      const script = rightToLeftScript(text);
      language = detectLanguage(text);
      if (language) source = 'detected';
      // The writing system decides when detection does not know it (franc-min has no Hebrew) or guessed a left-to-right language.
      if (script && (!language || !isRightToLeft(language))) {
        language = script.language;
        source = 'script';
      }
    }
  }
  return {
    name,
    language,
    languageSource: source,
    dir: language === null ? 'auto' : isRightToLeft(language) ? 'rtl' : 'ltr',
    lines: file.lines,
    blocks: file.blocks,
  };
}

/** The row whose block on `side` holds a line (the innermost, when blocks nest), or null. */
function rowLookup(alignment: readonly AlignmentRow[], side: Side): (line: number) => number | null {
  const ranges: Array<Range<number>> = [];
  alignment.forEach((row, index) => {
    const block = row[side];
    if (block) ranges.push({ start: block.line, end: block.endLine, value: index });
  });
  return containingRange(ranges);
}
