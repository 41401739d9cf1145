/**
 * The aligned view's list: one item per alignment row, except that with
 * collapsing on, runs of two or more rows without findings fold into one
 * "N matching rows" bar (section headings never fold: they anchor the view; nor
 * do uncertain pairings: they are not known to match).
 */
import { worstSeverity } from '../../../core/vocabulary/severity.js';
import type { BlockView, FindingView, RowView } from '../../protocol.js';

export type ViewItem = { type: 'row'; row: number; sectionStart: boolean } | { type: 'collapsed'; from: number; to: number };

export interface ViewItems {
  items: ViewItem[];
  /** Item index per row; a folded row maps to its bar. */
  itemOfRow: Int32Array;
  /** Indexes of the items that start a section (sticky headings). */
  sectionItems: number[];
}

export function buildViewItems(rows: readonly RowView[], collapse: boolean, expanded: ReadonlySet<number>): ViewItems {
  const items: ViewItem[] = [];
  const itemOfRow = new Int32Array(rows.length);
  const sectionItems: number[] = [];
  let i = 0;
  while (i < rows.length) {
    const row = rows[i]!;
    const sectionStart = row.section > 0 && (i === 0 || rows[i - 1]!.section !== row.section);
    if (collapse && !sectionStart && folds(row)) {
      let end = i;
      while (end < rows.length && folds(rows[end]!) && !isSectionStart(rows, end)) end++;
      if (end - i >= 2) {
        if (expanded.has(i)) {
          // An opened run stays open as a whole (its rows would otherwise fold again from the second one).
          for (let r = i; r < end; r++) {
            itemOfRow[r] = items.length;
            items.push({ type: 'row', row: r, sectionStart: false });
          }
        } else {
          for (let r = i; r < end; r++) itemOfRow[r] = items.length;
          items.push({ type: 'collapsed', from: i, to: end });
        }
        i = end;
        continue;
      }
    }
    if (sectionStart) sectionItems.push(items.length);
    itemOfRow[i] = items.length;
    items.push({ type: 'row', row: i, sectionStart });
    i++;
  }
  return { items, itemOfRow, sectionItems };
}

function folds(row: RowView): boolean {
  return row.findings.length === 0 && !row.uncertain;
}

function isSectionStart(rows: readonly RowView[], i: number): boolean {
  const row = rows[i]!;
  return row.section > 0 && (i === 0 || rows[i - 1]!.section !== row.section);
}

/**
 * The rows as the filters leave them: each row keeps only the findings shown
 * (its status and marks follow), so a row whose findings are all filtered out
 * reads, and folds, as one without findings. The same rows when nothing is
 * filtered out.
 */
export function filterRows(rows: readonly RowView[], findings: readonly FindingView[], shown: ReadonlySet<number> | null): readonly RowView[] {
  if (shown === null) return rows;
  const keep = (block: BlockView | null): BlockView | null =>
    block && block.findingRanges.some((range) => !shown.has(range.finding))
      ? { ...block, findingRanges: block.findingRanges.filter((range) => shown.has(range.finding)) }
      : block;
  return rows.map((row) => {
    if (row.findings.every((id) => shown.has(id))) return row;
    const ids = row.findings.filter((id) => shown.has(id));
    const severity = worstSeverity(ids.flatMap((id) => (findings[id] ? [findings[id].severity] : [])));
    return { ...row, findings: ids, severity, left: keep(row.left), right: keep(row.right) };
  });
}
