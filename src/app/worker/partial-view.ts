/**
 * The first rows of a large pair, fast: the heads of both documents (cut at
 * block boundaries, head-split.ts) compared on their own, trimmed back from
 * the cut, without findings. The compare worker posts it before it compares
 * the whole pair; the complete view replaces it. Findings are left out (and
 * the checks not run) because they depend on the whole documents (the length
 * ratio, how often a defect repeats): a head's findings would not all be the
 * pair's. The rows themselves are the whole comparison's first rows in most
 * pairs (144 of the 153 real pairs of the shared corpus large enough to cut,
 * at this head size); where the rest of the documents changes how the first
 * sections align, the complete view moves them, and its rows are the truth.
 */
import { compareDocuments, countLines, type CompareOptions, type Comparison } from '../../core/index.js';
import { buildViewModel } from './build-view-model.js';
import { headCut, headRows } from './head-split.js';
import type { ConfigSummary, ViewModel } from '../protocol.js';
import type { Side } from '../../core/vocabulary/side.js';

/**
 * Pairs larger than this (characters, both sides) show their first rows before the rest: about where
 * the whole comparison starts to take half a second on a two-core machine (bench/app.bench.ts).
 */
const partialThreshold = 150_000;

/** Characters of the left document's head (a few screens of rows, compared in about 100 ms); the right's is scaled by the pair's length ratio. */
const headTarget = 12_000;

export interface PartialInput {
  id: number;
  left: { name: string; text: string };
  right: { name: string; text: string };
  options: CompareOptions;
  config: ConfigSummary | null;
  started: number;
}

export function partialView({ id, left, right, options, config, started }: PartialInput): ViewModel | null {
  if (left.text.length + right.text.length <= partialThreshold) return null;
  const leftCut = headCut(left.text, headTarget);
  if (!leftCut) return null;
  // The right head a little longer than its share, so that it covers the left one; trimming drops the excess.
  const rightCut = headCut(right.text, Math.round(headTarget * (right.text.length / left.text.length) * 1.1));
  // No checks: the first rows are shown without findings, and the checks would only delay the whole comparison.
  const comparison = compareDocuments(left.text.slice(0, leftCut.end), rightCut ? right.text.slice(0, rightCut.end) : right.text, {
    ...options,
    checks: [],
  });
  const rows = comparison.alignment.rows.map((row) => ({
    left: row.left === null ? null : { heading: comparison.left.blocks[row.left]!.heading !== undefined },
    right: row.right === null ? null : { heading: comparison.right.blocks[row.right]!.heading !== undefined },
  }));
  const keep = headRows(rows, true, rightCut !== null);
  if (keep === 0) return null;

  const { report } = comparison;
  const alignment = report.alignment.slice(0, keep);
  const lastSection = alignment[alignment.length - 1]!.section;
  const trimmed: Comparison = {
    ...comparison,
    report: {
      ...report,
      findings: [],
      alignment,
      sections: report.sections.slice(0, lastSection + 1),
      summary: {
        error: 0,
        warning: 0,
        info: 0,
        findings: 0,
        rows: alignment.length,
        paired: alignment.filter((row) => row.left && row.right).length,
        leftOnly: alignment.filter((row) => row.left && !row.right).length,
        rightOnly: alignment.filter((row) => !row.left && row.right).length,
        parity: 1,
        uncertain: alignment.filter((row) => row.uncertain).length,
        checks: {},
      },
    },
  };
  const view = buildViewModel({
    id,
    comparison: trimmed,
    leftName: left.name,
    rightName: right.name,
    elapsed: Math.round(performance.now() - started),
    config,
  });
  view.partial = {
    leftLine: lastLine(alignment, 'left'),
    rightLine: lastLine(alignment, 'right'),
    leftLines: countLines(left.text),
    rightLines: countLines(right.text),
  };
  return view;
}

function lastLine(rows: Comparison['report']['alignment'], side: Side): number {
  for (let i = rows.length - 1; i >= 0; i--) {
    const block = rows[i]![side];
    if (block) return block.endLine;
  }
  return 0;
}
