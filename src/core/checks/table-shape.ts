/** Aligned tables with a different number of columns or rows, or different column alignment. */
import type { Block } from '../model/types.js';
import { plural } from '../vocabulary/phrasing.js';
import { matchedRows } from './rows.js';
import type { Check } from './types.js';

export const tableShape: Check = {
  id: 'table-shape',
  severity: 'warning',
  summary: 'Aligned tables differ in their number of columns or rows, or in how a column is aligned.',
  rationale:
    'A table’s shape carries meaning: a dropped row loses an option or a price, an extra cell (often an unescaped `|` in translated text) shifts every value after it into the wrong column, and a lost alignment marker turns a right-aligned column of figures ragged. Cells are not compared as text, only the shape: columns (per row, so a row with a stray cell is named), rows and the alignment row.',
  bad: {
    left: '| Tarif | Preis |\n| --- | ---: |\n| Basis | 5 € |\n| Pro | 12 € |\n| Team | 30 € |\n',
    right: '| Plan | Cena |\n| --- | --- |\n| Podstawowy | 5 € |\n| Pro | 12 € |\n',
    note: 'The Polish table lost the Team row and the right alignment of the price column.',
  },
  good: {
    left: '| Tarif | Preis |\n| --- | ---: |\n| Basis | 5 € |\n| Pro | 12 € |\n',
    right: '| Plan | Cena |\n| --- | ---: |\n| Podstawowy | 5 € |\n| Pro | 12 € |\n',
    note: 'Same shape, cells translated.',
  },
  run(context, emit) {
    for (const { row, left, right } of matchedRows(context.rows)) {
      if (!left.table || !right.table) continue;
      const a = left.table;
      const b = right.table;
      const problems: string[] = [];
      if (a.columns !== b.columns) {
        problems.push(`the left has ${plural(a.columns, 'column')}, the right ${b.columns}${strayRows(left, right)}`);
      } else {
        const stray = strayRows(left, right);
        if (stray) problems.push(`rows have different cell counts${stray}`);
      }
      if (a.rows !== b.rows) problems.push(`the left has ${plural(a.rows - 1, 'body row')}, the right ${b.rows - 1}`);
      const alignment: string[] = [];
      for (let k = 0; k < Math.min(a.align.length, b.align.length); k++) {
        if ((a.align[k] ?? null) !== (b.align[k] ?? null))
          alignment.push(`column ${k + 1} is ${alignName(a.align[k] ?? null)} on the left, ${alignName(b.align[k] ?? null)} on the right`);
      }
      if (alignment.length > 0) problems.push(alignment.join(', '));
      if (problems.length === 0) continue;
      emit({ message: `Tables differ in shape: ${problems.join('; ')}.`, left: left.span, right: right.span, row });
    }
  },
};

function alignName(align: 'left' | 'right' | 'center' | null): string {
  return align === null ? 'not aligned' : `${align}-aligned`;
}

/** Cell counts per row, from the table node. */
function cellCounts(block: Block): Array<{ line: number; cells: number }> {
  const table = block.nodes[0];
  if (table?.type !== 'table') return [];
  return table.children.map((row) => ({ line: row.position?.start.line ?? block.span.line, cells: row.children.length }));
}

/** Names the rows whose cell count differs from their header's, on either side, unless both sides have the same rows. */
function strayRows(left: Block, right: Block): string {
  const countsLeft = cellCounts(left);
  const countsRight = cellCounts(right);
  if (countsLeft.map((count) => count.cells).join() === countsRight.map((count) => count.cells).join()) return '';
  const describe = (block: Block, side: string) => {
    const counts = block === left ? countsLeft : countsRight;
    const header = counts[0]?.cells ?? 0;
    const odd = counts.filter((count) => count.cells !== header);
    if (odd.length === 0) return null;
    return `the ${side} row at line ${odd[0]!.line} has ${plural(odd[0]!.cells, 'cell')} against ${header} in its header${odd.length > 1 ? ` (and ${plural(odd.length - 1, 'more row')})` : ''}`;
  };
  const parts = [describe(left, 'left'), describe(right, 'right')].filter((part): part is string => part !== null);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}
