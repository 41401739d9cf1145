/**
 * The alignment's rows as block pairs: the structural view the checks of
 * structure read (what each row holds, on each side), built once per
 * comparison. Content checks read the aligned units instead (units.ts).
 */
import type { DocumentAlignment } from '../align/align-documents.js';
import type { Block, DocumentModel } from '../model/types.js';

export interface RowPair {
  row: number;
  left: Block | null;
  right: Block | null;
}

/** Both sides present. */
export interface MatchedRow extends RowPair {
  left: Block;
  right: Block;
}

export function rowPairs(left: DocumentModel, right: DocumentModel, alignment: DocumentAlignment): RowPair[] {
  return alignment.rows.map((pair, row) => ({
    row,
    left: pair.left === null ? null : left.blocks[pair.left]!,
    right: pair.right === null ? null : right.blocks[pair.right]!,
  }));
}

export function matchedRows(rows: readonly RowPair[]): MatchedRow[] {
  return rows.filter((pair): pair is MatchedRow => pair.left !== null && pair.right !== null);
}

/** The row holding the front matter of either side, or null. */
export function frontMatterRow(rows: readonly RowPair[]): number | null {
  const found = rows.find((pair) => pair.left?.kind === 'frontmatter' || pair.right?.kind === 'frontmatter');
  return found ? found.row : null;
}
