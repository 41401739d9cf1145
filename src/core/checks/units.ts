/**
 * The aligned units every check reads, built once per comparison: what "an
 * aligned pair" is, and how a split paragraph counts, is decided here and
 * nowhere else.
 *
 * A unit is one row of the alignment, except that aligned lists contribute
 * one unit per aligned item (so a finding points at the item, not the whole
 * list), and a one-sided paragraph the aligner joined to a neighbouring pair
 * (the translator split one paragraph in two, or merged two) is no unit of
 * its own: it is part of that pair's side, whose features cover all parts.
 */
import type { DocumentAlignment } from '../align/align-documents.js';
import { mergeFeatures } from '../model/build-document.js';
import type { Block, BlockFeatures, BlockKind, DocumentModel, ListItemModel, Span } from '../model/types.js';
import { proseText } from './prose.js';

type UnitKind = BlockKind | 'listItem';

export interface UnitSide {
  kind: UnitKind;
  /** The block the unit is, or the list that holds the item. */
  block: Block;
  /** The item, for units of aligned lists. */
  item: ListItemModel | null;
  /** The other blocks of a split paragraph, joined to this side (empty almost always). */
  joined: readonly Block[];
  /** Language-independent content of the unit, all joined parts included. */
  features: BlockFeatures;
  /** Where the unit starts (its first part). */
  span: Span;
  /** The unit's prose: inline code, URLs and heading ids blanked out (computed on first use, once). */
  readonly prose: string;
}

export interface AlignedUnit {
  /** The alignment row the unit belongs to. */
  row: number;
  left: UnitSide | null;
  right: UnitSide | null;
}

/** Both sides present. */
export interface PairedUnit extends AlignedUnit {
  left: UnitSide;
  right: UnitSide;
}

/** The aligned units of a document pair, in alignment order, one-sided ones included. */
export function alignedUnits(left: DocumentModel, right: DocumentModel, alignment: DocumentAlignment): AlignedUnit[] {
  const joined = joinedBlocks(left, right, alignment);
  const units: AlignedUnit[] = [];
  alignment.rows.forEach((pair, row) => {
    if (pair.joinedTo !== undefined) return;
    const a = pair.left === null ? null : left.blocks[pair.left]!;
    const b = pair.right === null ? null : right.blocks[pair.right]!;
    if (a?.list && b?.list && pair.items) {
      const leftItems = alignment.leftItems.get(a.index)!;
      const rightItems = alignment.rightItems.get(b.index)!;
      for (const item of pair.items) {
        units.push({
          row,
          left: item.left === null ? null : itemSide(a, leftItems[item.left]!),
          right: item.right === null ? null : itemSide(b, rightItems[item.right]!),
        });
      }
      return;
    }
    const extra = joined.get(row);
    units.push({ row, left: a && blockSide(a, extra?.left ?? []), right: b && blockSide(b, extra?.right ?? []) });
  });
  return units;
}

/** Units whose two sides are both present and both prose-bearing content (not front matter, not code blocks). */
export function pairedContent(units: readonly AlignedUnit[]): PairedUnit[] {
  return units.filter((unit): unit is PairedUnit => unit.left !== null && unit.right !== null && isContent(unit.left) && isContent(unit.right));
}

/** Prose-bearing content: everything but front matter and code blocks, which have checks of their own. */
export function isContent(side: UnitSide): boolean {
  return side.kind !== 'frontmatter' && side.kind !== 'code';
}

function blockSide(block: Block, joined: readonly Block[]): UnitSide {
  const features = joined.length === 0 ? block.features : mergeFeatures([block.features, ...joined.map((part) => part.features)]);
  return side(block.kind, block, null, joined, features, block.span);
}

function itemSide(list: Block, item: ListItemModel): UnitSide {
  return side('listItem', list, item, [], item.features, item.span);
}

function side(kind: UnitKind, block: Block, item: ListItemModel | null, joined: readonly Block[], features: BlockFeatures, span: Span): UnitSide {
  let prose: string | undefined;
  return {
    kind,
    block,
    item,
    joined,
    features,
    span,
    get prose() {
      return (prose ??= proseText(features));
    },
  };
}

/** One-sided blocks that join a pair (split paragraphs), per pair row. */
function joinedBlocks(left: DocumentModel, right: DocumentModel, alignment: DocumentAlignment): Map<number, { left: Block[]; right: Block[] }> {
  const joined = new Map<number, { left: Block[]; right: Block[] }>();
  for (const row of alignment.rows) {
    if (row.joinedTo === undefined) continue;
    const entry = joined.get(row.joinedTo) ?? { left: [], right: [] };
    if (row.left !== null) entry.left.push(left.blocks[row.left]!);
    if (row.right !== null) entry.right.push(right.blocks[row.right]!);
    joined.set(row.joinedTo, entry);
  }
  return joined;
}
